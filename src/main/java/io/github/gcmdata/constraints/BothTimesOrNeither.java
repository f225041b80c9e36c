package io.github.gcmdata.constraints;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@link io.github.gcmdata.model.AgendaItem} has both a {@code startTime} and an
 * {@code endTime}, or neither (an item the agenda gives no time).
 *
 * <p>Code: {@link io.github.gcmdata.validation.ViolationCode#AGENDA_ITEM_TIME_MISSING}, at the
 * missing {@code /startTime} or {@code /endTime}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface BothTimesOrNeither {

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
