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
 * <p>Code: {@link io.github.gcmdata.validation.ViolationCode#AGENDA_DAY_OUTSIDE_EVENT}, at {@code
 * /agenda/<i>/date}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface AgendaWithinEvent {

    /**
     * The message template of every violation of this constraint. Empty, the default, gives each
     * violation the message of its own code, in the language of the validator.
     *
     * @return the message template, or empty
     */
    String message() default "";

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
