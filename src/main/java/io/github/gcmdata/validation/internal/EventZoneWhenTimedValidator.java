package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.ZoneWhenTimed;
import io.github.gcmdata.model.Event;
import io.github.gcmdata.validation.ViolationCode;
import java.util.List;

/** Validates {@link ZoneWhenTimed} on an {@link Event}: its start or end time has a time zone. */
public final class EventZoneWhenTimedValidator extends FindingValidator<ZoneWhenTimed, Event> {

    /** Creates the validator. */
    public EventZoneWhenTimedValidator() {
    }

    @Override
    List<Finding> findings(Event event) {
        if (event.timeZone() != null || (event.startTime() == null && event.endTime() == null)) {
            return List.of();
        }
        boolean start = event.startTime() != null;
        return List.of(Finding.at(ViolationCode.EVENT_TIME_WITHOUT_ZONE, "/timeZone", "timeZone",
                start ? event.startTime() : event.endTime(), "given", start ? "startTime" : "endTime"));
    }
}
