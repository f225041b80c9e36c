package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.UnknownEndDateAbsent;
import io.github.gcmdata.model.Event;
import io.github.gcmdata.validation.ViolationCode;
import java.util.List;

/** Validates {@link UnknownEndDateAbsent}. */
public final class UnknownEndDateAbsentValidator extends FindingValidator<UnknownEndDateAbsent, Event> {

    /** Creates the validator. */
    public UnknownEndDateAbsentValidator() {
    }

    @Override
    List<Finding> findings(Event event) {
        if (!event.endDateUnknown() || event.endDate() == null) {
            return List.of();
        }
        return List.of(Finding.at(ViolationCode.DATE_END_DATE_UNKNOWN_BUT_GIVEN, "/endDate", "endDate", event.endDate()));
    }
}
