package uk.police.enforcement.common.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Size;
/**
 * The contract bounds every string, including `format: uuid`, `date` and `date-time` ones (OWASP API4),
 * so the generated code puts {@code @Size} on UUID, LocalDate and OffsetDateTime values. Bean Validation
 * has no {@code @Size} validator for those types; these check the value's text form instead. Registered
 * in META-INF/services/jakarta.validation.ConstraintValidator.
 */
public final class SizeOfFormattedValues {

    private SizeOfFormattedValues() {
    }

    abstract static class TextLength<T> implements ConstraintValidator<Size, T> {
        private int min;
        private int max;

        @Override
        public void initialize(Size size) {
            min = size.min();
            max = size.max();
        }

        @Override
        public boolean isValid(T value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            int length = value.toString().length();
            return length >= min && length <= max;
        }
    }

    public static final class OfUuid extends TextLength<UUID> {
    }

    public static final class OfLocalDate extends TextLength<LocalDate> {
    }

    public static final class OfOffsetDateTime extends TextLength<OffsetDateTime> {
    }
}
