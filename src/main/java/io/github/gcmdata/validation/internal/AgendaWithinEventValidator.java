package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.AgendaWithinEvent;
import io.github.gcmdata.model.Event;
import io.github.gcmdata.validation.ViolationCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Validates {@link AgendaWithinEvent}. */
public final class AgendaWithinEventValidator extends FindingValidator<AgendaWithinEvent, Event> {

    /** Creates the validator. */
    public AgendaWithinEventValidator() {
    }

    @Override
    List<Finding> findings(Event event) {
        List<Finding> findings = new ArrayList<>();
        // A partial date spans its month or year: an agenda day anywhere in that span is inside.
        // An event whose end is unknown is open: no day after its start is outside.
        LocalDate start = event.startDate().earliestDay();
        LocalDate end = event.endDateUnknown() ? LocalDate.MAX
                : (event.endDate() == null ? event.startDate() : event.endDate()).latestDay();
        if (end.isBefore(start)) {
            return findings;
        }
        for (int i = 0; i < event.agenda().size(); i++) {
            LocalDate day = event.agenda().get(i).date();
            if (day.isBefore(start) || day.isAfter(end)) {
                findings.add(Finding.at(ViolationCode.AGENDA_DAY_OUTSIDE_EVENT, "/agenda/" + i + "/date", "date", day,
                        "start", event.startDate(), "end", event.endDateUnknown() ? "…"
                                : event.endDate() == null ? event.startDate() : event.endDate()));
            }
        }
        return findings;
    }
}
