package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.NotInFuture;

/** Validates {@link NotInFuture} on a year given as a number, such as a copyright year. */
public final class NotInFutureYearValidator extends YearNotInFutureValidator<Integer> {

    /** Creates the validator. */
    public NotInFutureYearValidator() {
    }

    @Override
    int yearOf(Integer year) {
        return year;
    }
}
