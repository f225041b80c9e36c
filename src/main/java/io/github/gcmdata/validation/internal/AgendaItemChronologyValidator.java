package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.ChronologicalOrder;
import io.github.gcmdata.model.AgendaItem;
import io.github.gcmdata.validation.ViolationCode;
import java.util.List;

/** Validates {@link ChronologicalOrder} on an {@link AgendaItem}: a timed item ends after it starts. */
public final class AgendaItemChronologyValidator extends FindingValidator<ChronologicalOrder, AgendaItem> {

    /** Creates the validator. */
    public AgendaItemChronologyValidator() {
    }

    @Override
    List<Finding> findings(AgendaItem item) {
        if (item.startTime() == null || item.endTime() == null || item.endTime().isAfter(item.startTime())) {
            return List.of();
        }
        return List.of(Finding.at(ViolationCode.AGENDA_ITEM_ENDS_BEFORE_START, "/endTime", "endTime", item.endTime(),
                "start", item.startTime()));
    }
}
