package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.NotInFuture;
import io.github.gcmdata.validation.ViolationCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import java.time.Year;
import java.util.List;

/**
 * Validates {@link NotInFuture}: the year of a value is not after the current year of the
 * validator's {@code ClockProvider}. The rule of every type the constraint takes; each type says
 * only what its year is. Null is valid.
 *
 * @param <T>  the type of the validated value
 */
abstract class YearNotInFutureValidator<T> implements ConstraintValidator<NotInFuture, T> {

    @Override
    public final boolean isValid(T value, ConstraintValidatorContext context) {
        return value == null || Finding.reportAll(context, findings(value, context.getClockProvider().getClock()));
    }

    /**
     * Finds a year after the current one.
     *
     * @param value  the value, not null
     * @param clock  the clock that says the current year, not null
     * @return a {@link ViolationCode#PUBLICATION_YEAR_IN_FUTURE} finding, or none
     */
    final List<Finding> findings(T value, Clock clock) {
        Year now = Year.now(clock);
        int year = yearOf(value);
        if (year <= now.getValue()) {
            return List.of();
        }
        return List.of(Finding.of(ViolationCode.PUBLICATION_YEAR_IN_FUTURE, value, "year", year, "currentYear", now));
    }

    /**
     * Returns the year of a value.
     *
     * @param value  the value, not null
     * @return the proleptic year
     */
    abstract int yearOf(T value);
}
