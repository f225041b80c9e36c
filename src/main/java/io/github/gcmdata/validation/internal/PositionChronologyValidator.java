package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.ChronologicalOrder;
import io.github.gcmdata.model.Position;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Validates {@link ChronologicalOrder} on a {@link Position}. */
public final class PositionChronologyValidator implements ConstraintValidator<ChronologicalOrder, Position> {

    /** Creates the validator. */
    public PositionChronologyValidator() {
    }

    @Override
    public boolean isValid(Position position, ConstraintValidatorContext context) {
        return Finding.reportAll(context,
                position == null ? List.of() : PartialDates.endBeforeStart(position.startDate(), position.endDate()));
    }
}
