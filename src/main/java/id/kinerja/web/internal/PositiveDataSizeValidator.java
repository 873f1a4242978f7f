package id.kinerja.web.internal;

import id.kinerja.web.PositiveDataSize;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.springframework.util.unit.DataSize;

/** {@link PositiveDataSize}: given and at least one byte. */
public class PositiveDataSizeValidator implements ConstraintValidator<PositiveDataSize, DataSize> {

    @Override
    public boolean isValid(DataSize value, ConstraintValidatorContext context) {
        return value != null && value.toBytes() > 0;
    }
}
