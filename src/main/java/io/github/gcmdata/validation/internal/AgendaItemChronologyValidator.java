package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.ChronologicalOrder;
import io.github.gcmdata.model.AgendaItem;
import io.github.gcmdata.validation.ViolationCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Validates {@link ChronologicalOrder} on an {@link AgendaItem}: a timed item ends after it starts. */
public final class AgendaItemChronologyValidator implements ConstraintValidator<ChronologicalOrder, AgendaItem> {

    /** Creates the validator. */
    public AgendaItemChronologyValidator() {
    }

    @Override
    public boolean isValid(AgendaItem item, ConstraintValidatorContext context) {
        return Finding.reportAll(context, findings(item));
    }

    static List<Finding> findings(AgendaItem item) {
        if (item == null || item.startTime() == null || item.endTime() == null || item.endTime().isAfter(item.startTime())) {
            return List.of();
        }
        return List.of(Finding.at(ViolationCode.AGENDA_ITEM_ENDS_BEFORE_START, "/endTime", "endTime", item.endTime(),
                "start", item.startTime()));
    }
}
