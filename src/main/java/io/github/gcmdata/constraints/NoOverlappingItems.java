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
 * <p>Code: {@code agenda.itemsOverlap}, at {@code /items/<j>/startTime}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface NoOverlappingItems {

    /**
     * The message template; the default resolves the message of the first code from the
     * library's own resource bundle.
     *
     * @return the message template
     */
    String message() default "{gcm.agenda.itemsOverlap}";

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
