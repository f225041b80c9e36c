package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.NoOverlappingItems;
import io.github.gcmdata.model.AgendaDay;
import io.github.gcmdata.model.AgendaItem;
import io.github.gcmdata.validation.ViolationCode;
import java.util.ArrayList;
import java.util.List;

/** Validates {@link NoOverlappingItems}. */
public final class NoOverlappingItemsValidator extends FindingValidator<NoOverlappingItems, AgendaDay> {

    /** Creates the validator. */
    public NoOverlappingItemsValidator() {
    }

    @Override
    List<Finding> findings(AgendaDay day) {
        List<Finding> findings = new ArrayList<>();
        List<AgendaItem> items = day.items();
        for (int j = 0; j < items.size(); j++) {
            AgendaItem later = items.get(j);
            if (!isTimed(later)) {
                continue;
            }
            for (int i = 0; i < j; i++) {
                AgendaItem earlier = items.get(i);
                if (isTimed(earlier)
                        && later.startTime().isBefore(earlier.endTime()) && earlier.startTime().isBefore(later.endTime())) {
                    findings.add(Finding.at(ViolationCode.AGENDA_ITEMS_OVERLAP, "/items/" + j + "/startTime", "startTime",
                            later.startTime() + "-" + later.endTime(),
                            "other", "/items/" + i, "otherStart", earlier.startTime(), "otherEnd", earlier.endTime()));
                    break;
                }
            }
        }
        return findings;
    }

    /** An item with both times that ends after it starts; untimed items keep their order and overlap nothing. */
    private static boolean isTimed(AgendaItem item) {
        return item.startTime() != null && item.endTime() != null && item.endTime().isAfter(item.startTime());
    }
}
