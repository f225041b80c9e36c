package io.github.gcmdata.constraints;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A {@link io.github.gcmdata.model.Relation}'s target is of a kind that its relation kind allows
 * (see {@link io.github.gcmdata.model.RelationKind#targetKinds()}): an event is the
 * {@code outcome_of} an event, not of a person.
 *
 * <p>Code: {@link io.github.gcmdata.validation.ViolationCode#RELATION_TARGET_KIND}, at
 * {@code /target/kind}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface AllowedTargetKind {

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
