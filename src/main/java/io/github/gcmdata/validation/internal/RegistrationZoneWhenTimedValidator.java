package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.ZoneWhenTimed;
import io.github.gcmdata.model.Registration;
import io.github.gcmdata.validation.ViolationCode;
import java.util.List;

/** Validates {@link ZoneWhenTimed} on a {@link Registration}: its deadline has a time zone. */
public final class RegistrationZoneWhenTimedValidator extends FindingValidator<ZoneWhenTimed, Registration> {

    /** Creates the validator. */
    public RegistrationZoneWhenTimedValidator() {
    }

    @Override
    List<Finding> findings(Registration registration) {
        if (registration.deadline() == null || registration.deadlineTimeZone() != null) {
            return List.of();
        }
        return List.of(Finding.at(ViolationCode.REGISTRATION_DEADLINE_WITHOUT_ZONE, "/deadlineTimeZone",
                "deadlineTimeZone", registration.deadline()));
    }
}
