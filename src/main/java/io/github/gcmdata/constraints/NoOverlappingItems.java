package io.github.gcmdata.constraints;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The timed items of the annotated {@link io.github.gcmdata.model.AgendaDay} do not overlap: an
 * item may start when another ends, not before. Each item that overlaps an earlier one in the list
 * is reported once, at its {@code startTime}; items that do not end after they start are left to
 * {@link ChronologicalOrder}.
 *
 * <p>Code: {@link io.github.gcmdata.validation.ViolationCode#AGENDA_ITEMS_OVERLAP}, at {@code
 * /items/<j>/startTime}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface NoOverlappingItems {

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
