package io.github.gcmdata.constraints;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An {@link io.github.gcmdata.model.Event} held in person or hybrid has a {@code location}; an
 * online event, or one whose mode is not known, may have none.
 *
 * <p>Code: {@code event.inPersonWithoutPlace}, at {@code /location}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface PlaceWhenInPerson {

    /**
     * The message template; the default resolves the message of the first code from the
     * library's own resource bundle.
     *
     * @return the message template
     */
    String message() default "{gcm.event.inPersonWithoutPlace}";

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
