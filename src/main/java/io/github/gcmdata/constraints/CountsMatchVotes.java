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
 * <p>Code: {@code vote.countMismatch}, at {@code /counts/<i>/value}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface CountsMatchVotes {

    /**
     * The message template; the default resolves the message of the code from the library's own
     * resource bundle.
     *
     * @return the message template
     */
    String message() default "{gcm.vote.countMismatch}";

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
