package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.ChronologicalOrder;
import io.github.gcmdata.model.Event;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * Validates {@link ChronologicalOrder} on an {@link Event}: the end date is not certainly before the
 * start date (partial dates compare by the days they can mean).
 */
public final class EventChronologyValidator implements ConstraintValidator<ChronologicalOrder, Event> {

    /** Creates the validator. */
    public EventChronologyValidator() {
    }

    @Override
    public boolean isValid(Event event, ConstraintValidatorContext context) {
        return Finding.reportAll(context, findings(event));
    }

    static List<Finding> findings(Event event) {
        return event == null ? List.of() : PartialDates.endBeforeStart(event.startDate(), event.endDate());
    }
}
