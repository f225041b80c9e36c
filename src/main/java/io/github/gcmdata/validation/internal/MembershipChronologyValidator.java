package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.ChronologicalOrder;
import io.github.gcmdata.model.Membership;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Validates {@link ChronologicalOrder} on a {@link Membership}. */
public final class MembershipChronologyValidator implements ConstraintValidator<ChronologicalOrder, Membership> {

    /** Creates the validator. */
    public MembershipChronologyValidator() {
    }

    @Override
    public boolean isValid(Membership membership, ConstraintValidatorContext context) {
        return Finding.reportAll(context, membership == null ? List.of()
                : PartialDates.endBeforeStart(membership.startDate(), membership.endDate()));
    }
}
