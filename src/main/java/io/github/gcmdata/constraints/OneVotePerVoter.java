package io.github.gcmdata.constraints;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * No voter of the annotated {@link io.github.gcmdata.model.VoteEvent} votes twice: each
 * {@code voterRef} appears in one vote only. Each later vote of a voter is reported, at its
 * {@code voterRef}.
 *
 * <p>Code: {@link io.github.gcmdata.validation.ViolationCode#VOTE_VOTER_TWICE}, at
 * {@code /votes/<j>/voterRef}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface OneVotePerVoter {

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
