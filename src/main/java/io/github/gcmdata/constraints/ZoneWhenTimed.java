package io.github.gcmdata.constraints;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The local times of the annotated record have the time zone they are local to.
 *
 * <p>{@link io.github.gcmdata.model.Event}: a {@code startTime} or {@code endTime} needs a
 * {@code timeZone} (code {@link io.github.gcmdata.validation.ViolationCode#EVENT_TIME_WITHOUT_ZONE},
 * at {@code /timeZone}). {@link io.github.gcmdata.model.Registration}: a {@code deadline} needs a
 * {@code deadlineTimeZone} (code
 * {@link io.github.gcmdata.validation.ViolationCode#REGISTRATION_DEADLINE_WITHOUT_ZONE}, at
 * {@code /deadlineTimeZone}). Agenda items need none of their own: they are local to their event's
 * zone.
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface ZoneWhenTimed {

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
