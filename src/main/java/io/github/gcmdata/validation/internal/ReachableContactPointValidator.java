package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.ReachableContactPoint;
import io.github.gcmdata.model.ContactPoint;
import io.github.gcmdata.validation.ViolationCode;
import java.util.List;

/** Validates {@link ReachableContactPoint}. */
public final class ReachableContactPointValidator extends FindingValidator<ReachableContactPoint, ContactPoint> {

    /** Creates the validator. */
    public ReachableContactPointValidator() {
    }

    @Override
    List<Finding> findings(ContactPoint contact) {
        if (contact.email() != null || contact.telephone() != null || contact.mobile() != null
                || contact.faxNumber() != null || contact.url() != null) {
            return List.of();
        }
        return List.of(Finding.of(ViolationCode.CONTACT_EMPTY, null));
    }
}
