package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.ReachableContactPoint;
import io.github.gcmdata.model.ContactPoint;
import io.github.gcmdata.validation.ViolationCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Validates {@link ReachableContactPoint}. */
public final class ReachableContactPointValidator implements ConstraintValidator<ReachableContactPoint, ContactPoint> {

    /** Creates the validator. */
    public ReachableContactPointValidator() {
    }

    @Override
    public boolean isValid(ContactPoint contact, ConstraintValidatorContext context) {
        return Finding.reportAll(context, findings(contact));
    }

    static List<Finding> findings(ContactPoint contact) {
        if (contact == null || contact.email() != null || contact.telephone() != null || contact.mobile() != null
                || contact.faxNumber() != null || contact.url() != null) {
            return List.of();
        }
        return List.of(Finding.of(ViolationCode.CONTACT_EMPTY, null));
    }
}
