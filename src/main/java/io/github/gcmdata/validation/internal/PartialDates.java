package io.github.gcmdata.validation.internal;

import io.github.gcmdata.model.PartialDate;
import io.github.gcmdata.validation.ViolationCode;
import java.util.List;

/** The order of a start and an end given as partial dates. */
final class PartialDates {

    private PartialDates() {
    }

    /**
     * Finds an end that is certainly before its start.
     *
     * @param start  the start, or null
     * @param end  the end, or null
     * @return a {@link ViolationCode#DATE_END_BEFORE_START} finding at {@code /endDate}, or none
     */
    static List<Finding> endBeforeStart(PartialDate start, PartialDate end) {
        if (start == null || end == null || !end.isCertainlyBefore(start)) {
            return List.of();
        }
        return List.of(Finding.at(ViolationCode.DATE_END_BEFORE_START, "/endDate", "endDate", end, "start", start));
    }
}
