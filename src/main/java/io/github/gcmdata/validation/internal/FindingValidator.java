package io.github.gcmdata.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.List;

/**
 * A constraint validator that computes its {@link Finding findings} as values and reports them
 * with {@link Finding#reportAll}, the shape of nearly every validator of this package. Null is
 * valid, as for the Jakarta constraints (compose with {@code @NotNull}), so {@link #findings} sees
 * only values.
 *
 * <p>{@link ValidationPlan} reads the constraint and the validated type through this class's type
 * arguments; a validator that reads an annotation attribute still does so in its own
 * {@code initialize}.
 *
 * @param <A>  the constraint annotation
 * @param <T>  the type of the validated value
 */
abstract class FindingValidator<A extends Annotation, T> implements ConstraintValidator<A, T> {

    @Override
    public final boolean isValid(T value, ConstraintValidatorContext context) {
        return value == null || Finding.reportAll(context, findings(value));
    }

    /**
     * Finds what breaks the constraint in a value.
     *
     * @param value  the value, not null
     * @return the findings, in the order reported, empty if the value is valid
     */
    abstract List<Finding> findings(T value);
}
