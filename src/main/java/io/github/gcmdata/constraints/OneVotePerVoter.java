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
 * <p>Code: {@code vote.voterTwice}, at {@code /votes/<j>/voterRef}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface OneVotePerVoter {

    /**
     * The message template; the default resolves the message of the code from the library's own
     * resource bundle.
     *
     * @return the message template
     */
    String message() default "{gcm.vote.voterTwice}";

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
