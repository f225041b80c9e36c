package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.PlaceWhenInPerson;
import io.github.gcmdata.model.AttendanceMode;
import io.github.gcmdata.model.Event;
import io.github.gcmdata.validation.ViolationCode;
import java.util.List;

/** Validates {@link PlaceWhenInPerson}. */
public final class PlaceWhenInPersonValidator extends FindingValidator<PlaceWhenInPerson, Event> {

    /** Creates the validator. */
    public PlaceWhenInPersonValidator() {
    }

    @Override
    List<Finding> findings(Event event) {
        if (event.location() != null
                || (event.attendanceMode() != AttendanceMode.IN_PERSON && event.attendanceMode() != AttendanceMode.HYBRID)) {
            return List.of();
        }
        String mode = event.attendanceMode() == AttendanceMode.IN_PERSON ? "in_person" : "hybrid";
        return List.of(Finding.at(ViolationCode.EVENT_IN_PERSON_WITHOUT_PLACE, "/location", "location", null, "mode", mode));
    }
}
