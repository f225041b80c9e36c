package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.BothTimesOrNeither;
import io.github.gcmdata.model.AgendaItem;
import io.github.gcmdata.validation.ViolationCode;
import java.util.List;

/** Validates {@link BothTimesOrNeither}. */
public final class BothTimesOrNeitherValidator extends FindingValidator<BothTimesOrNeither, AgendaItem> {

    /** Creates the validator. */
    public BothTimesOrNeitherValidator() {
    }

    @Override
    List<Finding> findings(AgendaItem item) {
        if ((item.startTime() == null) == (item.endTime() == null)) {
            return List.of();
        }
        return item.startTime() == null
                ? List.of(Finding.at(ViolationCode.AGENDA_ITEM_TIME_MISSING, "/startTime", "startTime", item.endTime(),
                        "given", "endTime", "missing", "startTime"))
                : List.of(Finding.at(ViolationCode.AGENDA_ITEM_TIME_MISSING, "/endTime", "endTime", item.startTime(),
                        "given", "startTime", "missing", "endTime"));
    }
}
