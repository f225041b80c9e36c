package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.ZoneWhenTimed;
import io.github.gcmdata.model.Event;
import io.github.gcmdata.validation.ViolationCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Validates {@link ZoneWhenTimed} on an {@link Event}: its start or end time has a time zone. */
public final class EventZoneWhenTimedValidator implements ConstraintValidator<ZoneWhenTimed, Event> {

    /** Creates the validator. */
    public EventZoneWhenTimedValidator() {
    }

    @Override
    public boolean isValid(Event event, ConstraintValidatorContext context) {
        return Finding.reportAll(context, findings(event));
    }

    static List<Finding> findings(Event event) {
        if (event == null || event.timeZone() != null || (event.startTime() == null && event.endTime() == null)) {
            return List.of();
        }
        boolean start = event.startTime() != null;
        return List.of(Finding.at(ViolationCode.EVENT_TIME_WITHOUT_ZONE, "/timeZone", "timeZone",
                start ? event.startTime() : event.endTime(), "given", start ? "startTime" : "endTime"));
    }
}
