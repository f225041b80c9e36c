package io.github.gcmdata.validation.internal;

import io.github.gcmdata.model.PartialDate;
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
     * @return a {@code date.endBeforeStart} finding at {@code /endDate}, or none
     */
    static List<Finding> endBeforeStart(PartialDate start, PartialDate end) {
        if (start == null || end == null || !end.isCertainlyBefore(start)) {
            return List.of();
        }
        return List.of(Finding.at("date.endBeforeStart", "/endDate", "endDate", end, "start", start));
    }
}
