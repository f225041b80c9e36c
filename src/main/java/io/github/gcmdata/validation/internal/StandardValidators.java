package io.github.gcmdata.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;

/**
 * The Jakarta constraints the records use, checked as the Jakarta Validation specification defines
 * them, for {@link RecordValidator}: Hibernate Validator's own validators of them are internal to
 * it. Only the constraints and value types the records use are here; another makes its record
 * type unsupported by {@link ValidationPlan} (and {@code EngineAgreementTest} fail) until
 * it is added.
 */
final class StandardValidators {

    /** The validator classes, for {@link ValidationPlan}. */
    static final List<Class<?>> TYPES = List.of(PositiveInteger.class, PositiveOrZeroInteger.class, PositiveOrZeroLong.class,
            PositiveOrZeroBigDecimal.class, PatternOfText.class);

    private StandardValidators() {
    }

    /** {@link Positive} on an {@link Integer}: greater than 0; null is valid. */
    static final class PositiveInteger implements ConstraintValidator<Positive, Integer> {

        /** Creates the validator. */
        public PositiveInteger() {
        }

        @Override
        public boolean isValid(Integer value, ConstraintValidatorContext context) {
            return value == null || value > 0;
        }
    }

    /** {@link PositiveOrZero} on an {@link Integer}: 0 or greater; null is valid. */
    static final class PositiveOrZeroInteger implements ConstraintValidator<PositiveOrZero, Integer> {

        /** Creates the validator. */
        public PositiveOrZeroInteger() {
        }

        @Override
        public boolean isValid(Integer value, ConstraintValidatorContext context) {
            return value == null || value >= 0;
        }
    }

    /** {@link PositiveOrZero} on a {@link Long}: 0 or greater; null is valid. */
    static final class PositiveOrZeroLong implements ConstraintValidator<PositiveOrZero, Long> {

        /** Creates the validator. */
        public PositiveOrZeroLong() {
        }

        @Override
        public boolean isValid(Long value, ConstraintValidatorContext context) {
            return value == null || value >= 0;
        }
    }

    /** {@link PositiveOrZero} on a {@link BigDecimal}: 0 or greater, at any scale; null is valid. */
    static final class PositiveOrZeroBigDecimal implements ConstraintValidator<PositiveOrZero, BigDecimal> {

        /** Creates the validator. */
        public PositiveOrZeroBigDecimal() {
        }

        @Override
        public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
            return value == null || value.signum() >= 0;
        }
    }

    /**
     * {@link Pattern} on text: the whole text matches the regular expression, compiled with the
     * flags; null is valid. Hibernate Validator also offers the expression to messages as the
     * parameter {@code regexp}, escaped; here messages read the attribute, which is the same
     * unless the expression holds braces, dollars or backslashes.
     */
    static final class PatternOfText implements ConstraintValidator<Pattern, CharSequence> {

        private java.util.regex.Pattern pattern;

        /** Creates the validator. */
        public PatternOfText() {
        }

        @Override
        public void initialize(Pattern annotation) {
            int flags = 0;
            for (Pattern.Flag flag : annotation.flags()) {
                flags |= flag.getValue();
            }
            pattern = java.util.regex.Pattern.compile(annotation.regexp(), flags);
        }

        @Override
        public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
            return value == null || pattern.matcher(value).matches();
        }
    }
}
