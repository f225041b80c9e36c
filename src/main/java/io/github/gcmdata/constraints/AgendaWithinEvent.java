package io.github.gcmdata.constraints;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Every agenda day of the annotated {@link io.github.gcmdata.model.Event} lies between its
 * {@code startDate} and its {@code endDate} (its {@code startDate} for a one-day event). Not
 * checked when the end is before the start, which {@link ChronologicalOrder} reports.
 *
 * <p>Code: {@code agenda.dayOutsideEvent}, at {@code /agenda/<i>/date}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface AgendaWithinEvent {

    /**
     * The message template; the default resolves the message of the first code from the
     * library's own resource bundle.
     *
     * @return the message template
     */
    String message() default "{gcm.agenda.dayOutsideEvent}";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
