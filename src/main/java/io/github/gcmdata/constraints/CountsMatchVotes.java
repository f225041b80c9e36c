package io.github.gcmdata.constraints;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The counts of the annotated {@link io.github.gcmdata.model.VoteEvent} agree with its votes: when
 * it lists votes, each count's value is the number of votes with that count's option. A vote
 * event without votes (the totals of a vote whose roll call is unknown) is valid, and so is one
 * without counts.
 *
 * <p>Code: {@link io.github.gcmdata.validation.ViolationCode#VOTE_COUNT_MISMATCH}, at
 * {@code /counts/<i>/value}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface CountsMatchVotes {

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
