package id.kinerja.web;

import id.kinerja.web.internal.PositiveDataSizeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A size setting ({@link org.springframework.util.unit.DataSize}) must be given and more than 0 bytes: a limit or a
 * quota of nothing would refuse everything. The message is the bundle's {@code config.dataSize.positive}.
 */
@Documented
@Constraint(validatedBy = PositiveDataSizeValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PositiveDataSize {

    String message() default "{config.dataSize.positive}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
