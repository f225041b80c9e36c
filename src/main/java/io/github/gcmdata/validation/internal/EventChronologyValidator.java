package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.ChronologicalOrder;
import io.github.gcmdata.model.Event;
import io.github.gcmdata.model.PartialDate;
import io.github.gcmdata.validation.ViolationCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates {@link ChronologicalOrder} on an {@link Event}: the end date is not certainly before the
 * start date (partial dates compare by the days they can mean), and on a one-day event the end time
 * is not before the start time.
 */
public final class EventChronologyValidator extends FindingValidator<ChronologicalOrder, Event> {

    /** Creates the validator. */
    public EventChronologyValidator() {
    }

    @Override
    List<Finding> findings(Event event) {
        List<Finding> findings = new ArrayList<>(PartialDates.endBeforeStart(event.startDate(), event.endDate()));
        if (isOneDay(event) && event.startTime() != null && event.endTime() != null
                && event.endTime().isBefore(event.startTime())) {
            findings.add(Finding.at(ViolationCode.DATE_END_BEFORE_START, "/endTime", "endTime", event.endTime(),
                    "start", event.startTime()));
        }
        return findings;
    }

    /** Whether the event starts and ends on one known day: only then do its two times share a day. */
    private static boolean isOneDay(Event event) {
        if (event.startDate().precision() != PartialDate.Precision.DAY || event.endDateUnknown()) {
            return false;
        }
        return event.endDate() == null || event.endDate().equals(event.startDate());
    }
}
