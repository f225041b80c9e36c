package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.ChronologicalOrder;
import io.github.gcmdata.model.Membership;
import java.util.List;

/** Validates {@link ChronologicalOrder} on a {@link Membership}. */
public final class MembershipChronologyValidator extends FindingValidator<ChronologicalOrder, Membership> {

    /** Creates the validator. */
    public MembershipChronologyValidator() {
    }

    @Override
    List<Finding> findings(Membership membership) {
        return PartialDates.endBeforeStart(membership.startDate(), membership.endDate());
    }
}
