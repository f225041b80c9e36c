package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.NamedSeries;
import io.github.gcmdata.model.EventSeriesEntry;
import io.github.gcmdata.validation.ViolationCode;
import java.util.List;

/** Validates {@link NamedSeries}. */
public final class NamedSeriesValidator extends FindingValidator<NamedSeries, EventSeriesEntry> {

    /** Creates the validator. */
    public NamedSeriesValidator() {
    }

    @Override
    List<Finding> findings(EventSeriesEntry entry) {
        if (entry.name() != null || entry.seriesRef() != null) {
            return List.of();
        }
        return List.of(Finding.at(ViolationCode.SERIES_UNNAMED, "/name", "name", null));
    }
}
