package io.github.gcmdata.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@link String} is an identifier of a record, or a reference to one: 1 to 128
 * ASCII letters, digits, dots, underscores, colons and hyphens, starting and ending with a letter
 * or a digit, as the pattern {@code [A-Za-z0-9]([A-Za-z0-9._:-]*[A-Za-z0-9])?} says
 * ({@code iom}, {@code idm-2022}, {@code person:amy-pope}).
 *
 * <p>{@code null} is valid. Codes: {@link io.github.gcmdata.validation.ViolationCode#ID_BLANK},
 * {@link io.github.gcmdata.validation.ViolationCode#ID_INVALID}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface WellFormedId {

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
