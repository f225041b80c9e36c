package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.ChronologicalOrder;
import io.github.gcmdata.model.Event;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Validates {@link ChronologicalOrder} on an {@link Event}: the end date is not before the start date. */
public final class EventChronologyValidator implements ConstraintValidator<ChronologicalOrder, Event> {

    /** Creates the validator. */
    public EventChronologyValidator() {
    }

    @Override
    public boolean isValid(Event event, ConstraintValidatorContext context) {
        return Finding.reportAll(context, findings(event));
    }

    static List<Finding> findings(Event event) {
        if (event == null || event.endDate() == null || !event.endDate().isBefore(event.startDate())) {
            return List.of();
        }
        return List.of(Finding.at("date.endBeforeStart", "/endDate", "endDate", event.endDate(),
                "start", event.startDate()));
    }
}
