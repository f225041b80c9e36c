package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.NotInFuture;
import io.github.gcmdata.model.PartialDate;
import io.github.gcmdata.validation.ViolationCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import java.time.Year;
import java.util.List;

/** Validates {@link NotInFuture} with the clock of the validator's {@code ClockProvider}. */
public final class NotInFutureValidator implements ConstraintValidator<NotInFuture, PartialDate> {

    /** Creates the validator. */
    public NotInFutureValidator() {
    }

    @Override
    public boolean isValid(PartialDate date, ConstraintValidatorContext context) {
        if (date == null) {
            return true;
        }
        return Finding.reportAll(context, findings(date, context.getClockProvider().getClock()));
    }

    static List<Finding> findings(PartialDate date, Clock clock) {
        Year now = Year.now(clock);
        if (date == null || !date.year().isAfter(now)) {
            return List.of();
        }
        return List.of(Finding.of(ViolationCode.PUBLICATION_YEAR_IN_FUTURE, date, "year", date.year(), "currentYear", now));
    }
}
