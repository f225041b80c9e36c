package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.NotInFuture;
import io.github.gcmdata.model.PartialDate;

/** Validates {@link NotInFuture} on a {@link PartialDate}, by its year. */
public final class NotInFutureValidator extends YearNotInFutureValidator<PartialDate> {

    /** Creates the validator. */
    public NotInFutureValidator() {
    }

    @Override
    int yearOf(PartialDate date) {
        return date.year().getValue();
    }
}
