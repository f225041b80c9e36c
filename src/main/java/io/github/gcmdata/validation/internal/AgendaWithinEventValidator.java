package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.AgendaWithinEvent;
import io.github.gcmdata.model.Event;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Validates {@link AgendaWithinEvent}. */
public final class AgendaWithinEventValidator implements ConstraintValidator<AgendaWithinEvent, Event> {

    /** Creates the validator. */
    public AgendaWithinEventValidator() {
    }

    @Override
    public boolean isValid(Event event, ConstraintValidatorContext context) {
        return Finding.reportAll(context, findings(event));
    }

    static List<Finding> findings(Event event) {
        List<Finding> findings = new ArrayList<>();
        if (event == null) {
            return findings;
        }
        LocalDate start = event.startDate();
        LocalDate end = event.endDate() == null ? start : event.endDate();
        if (end.isBefore(start)) {
            return findings;
        }
        for (int i = 0; i < event.agenda().size(); i++) {
            LocalDate day = event.agenda().get(i).date();
            if (day.isBefore(start) || day.isAfter(end)) {
                findings.add(Finding.at("agenda.dayOutsideEvent", "/agenda/" + i + "/date", "date", day,
                        "start", start, "end", end));
            }
        }
        return findings;
    }
}
