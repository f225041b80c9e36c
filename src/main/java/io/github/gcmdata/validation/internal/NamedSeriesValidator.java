package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.NamedSeries;
import io.github.gcmdata.model.EventSeriesEntry;
import io.github.gcmdata.validation.ViolationCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Validates {@link NamedSeries}. */
public final class NamedSeriesValidator implements ConstraintValidator<NamedSeries, EventSeriesEntry> {

    /** Creates the validator. */
    public NamedSeriesValidator() {
    }

    @Override
    public boolean isValid(EventSeriesEntry entry, ConstraintValidatorContext context) {
        return Finding.reportAll(context, findings(entry));
    }

    static List<Finding> findings(EventSeriesEntry entry) {
        if (entry == null || entry.name() != null || entry.seriesRef() != null) {
            return List.of();
        }
        return List.of(Finding.at(ViolationCode.SERIES_UNNAMED, "/name", "name", null));
    }
}
