package io.github.gcmdata.constraints;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The {@code panellistCount} of the annotated {@link io.github.gcmdata.model.Event} is not
 * certainly greater than its {@code participantCount}, given their precisions: "more than 600"
 * participants and 83 panellists are fine; 12 participants exactly and more than 20 panellists are
 * not. Counts that are "about" a number are never compared.
 *
 * <p>Code: {@link io.github.gcmdata.validation.ViolationCode#COUNT_PANELLISTS_EXCEED_PARTICIPANTS},
 * at {@code /panellistCount}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface PanellistsWithinParticipants {

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
