package io.github.gcmdata.constraints;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A document, or a reference to one, says which document it is: an
 * {@link io.github.gcmdata.model.UnDocument} has an {@code id} or a {@code symbol} (a document
 * without a UN symbol, such as the Constitution of IOM, has an id); a
 * {@link io.github.gcmdata.model.DocumentReference} has a {@code symbol} or a {@code documentRef}.
 *
 * <p>Code: {@link io.github.gcmdata.validation.ViolationCode#DOCUMENT_UNIDENTIFIED}, at {@code /id}
 * of a document and at {@code /symbol} of a reference.
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface IdentifiedDocument {

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
