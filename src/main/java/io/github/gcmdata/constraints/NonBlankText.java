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
 * The annotated text is not blank: a {@link String} holds a character other than white space, and
 * a {@link io.github.gcmdata.model.LocalizedText} holds no blank entry (each blank entry is
 * reported at its own JSON Pointer, such as {@code /name/fr}) and no language that ISO 639 does not
 * list. With {@link #required()}, a {@code LocalizedText} must also hold at least one entry.
 *
 * <p>{@code null} is valid. Codes: {@link io.github.gcmdata.validation.ViolationCode#TEXT_BLANK},
 * {@link io.github.gcmdata.validation.ViolationCode#TEXT_EMPTY}, {@link
 * io.github.gcmdata.validation.ViolationCode#LANGUAGE_UNKNOWN}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface NonBlankText {

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

    /**
     * Whether a {@code LocalizedText} must hold at least one entry.
     *
     * @return true if an empty text is reported
     */
    boolean required() default false;
}
