package io.github.gcmdata.constraints;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An {@link io.github.gcmdata.model.Event} whose {@code endDateUnknown} is true gives no
 * {@code endDate}: the two contradict each other.
 *
 * <p>Code: {@link io.github.gcmdata.validation.ViolationCode#DATE_END_DATE_UNKNOWN_BUT_GIVEN}, at
 * {@code /endDate}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface UnknownEndDateAbsent {

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
