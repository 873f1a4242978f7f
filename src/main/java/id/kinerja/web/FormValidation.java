package id.kinerja.web;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.validation.FieldError;
import org.springframework.validation.SimpleErrors;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Bean Validation of a form record (its components carry the constraints: {@code @NotBlank}, {@code @Size} ...),
 * called by the service that owns the form after its own checks of who may change what, so that a refusal keeps
 * its order (403/409 before 400). The constraint's {@code message} names a key of the bundles
 * ({@code {agreement.error.tooLong}}): Spring Boot's validator resolves it through the application's
 * {@code MessageSource} in the user's language, and Spring fills its arguments as it does for every binding error:
 * {@code {0}} the field's name (the key {@code <prefix>.<component>}, e.g. {@code agreement.field.number}), then
 * the constraint's attributes by name ({@code @Size}: {@code {1}} max, {@code {2}} min).
 *
 * <p>The first invalid component in the record's order is refused as a {@link UserError} (400) whose message is
 * that text.
 */
@Component
public class FormValidation {

    private final SpringValidatorAdapter validator;

    FormValidation(jakarta.validation.Validator validator) {
        this.validator = new SpringValidatorAdapter(validator);
    }

    /**
     * @param fieldPrefix the bundle prefix of the form's field names ({@code agreement.field})
     * @throws UserError 400 with the message of the first constraint the form breaks
     */
    public void check(Record form, String fieldPrefix) {
        SimpleErrors errors = new SimpleErrors(form, fieldPrefix);
        validator.validate(form, errors);
        List<String> order = Arrays.stream(form.getClass().getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
        errors.getFieldErrors().stream()
                .min(Comparator.comparingInt((FieldError e) -> order.indexOf(e.getField()))
                        .thenComparing(FieldError::getCode))
                .ifPresent(e -> {
                    throw UserError.invalid("form.error.field", e);
                });
    }
}
