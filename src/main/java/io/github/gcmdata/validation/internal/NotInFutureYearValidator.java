package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.NotInFuture;
import io.github.gcmdata.validation.ViolationCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import java.time.Year;
import java.util.List;

/**
 * Validates {@link NotInFuture} on a year given as a number, such as a copyright year, with the
 * clock of the validator's {@code ClockProvider}.
 */
public final class NotInFutureYearValidator implements ConstraintValidator<NotInFuture, Integer> {

    /** Creates the validator. */
    public NotInFutureYearValidator() {
    }

    @Override
    public boolean isValid(Integer year, ConstraintValidatorContext context) {
        if (year == null) {
            return true;
        }
        return Finding.reportAll(context, findings(year, context.getClockProvider().getClock()));
    }

    static List<Finding> findings(Integer year, Clock clock) {
        Year now = Year.now(clock);
        if (year == null || year <= now.getValue()) {
            return List.of();
        }
        return List.of(Finding.of(ViolationCode.PUBLICATION_YEAR_IN_FUTURE, year, "year", year, "currentYear", now));
    }
}
