package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.ChronologicalOrder;
import io.github.gcmdata.model.Position;
import java.util.List;

/** Validates {@link ChronologicalOrder} on a {@link Position}. */
public final class PositionChronologyValidator extends FindingValidator<ChronologicalOrder, Position> {

    /** Creates the validator. */
    public PositionChronologyValidator() {
    }

    @Override
    List<Finding> findings(Position position) {
        return PartialDates.endBeforeStart(position.startDate(), position.endDate());
    }
}
