package io.github.gcmdata.constraints;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@link io.github.gcmdata.model.ContactPoint} gives a way to reach it: an
 * {@code email}, a {@code telephone}, a {@code mobile}, a {@code faxNumber} or a {@code url}. A
 * name or a contact type alone reaches nobody.
 *
 * <p>Code: {@link io.github.gcmdata.validation.ViolationCode#CONTACT_EMPTY}, at the contact point.
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface ReachableContactPoint {

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
