package io.github.gcmdata.constraints;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * No agent takes part twice in the same role in the annotated
 * {@link io.github.gcmdata.model.Event}: each pair of {@code agent} and {@code role} of its
 * {@code participants} appears once (one agent may take several roles). Each later participation
 * is reported, at its {@code agent}.
 *
 * <p>Code: {@link io.github.gcmdata.validation.ViolationCode#PARTICIPATION_DUPLICATE}, at
 * {@code /participants/<j>/agent}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface OneParticipationPerRole {

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
