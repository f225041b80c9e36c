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
 * The annotated identifier has the check digit that its standard computes from its other digits:
 * <ul>
 * <li>an {@link io.github.gcmdata.identifier.Isbn}, the check digit of ISO 2108 (modulus 10 with
 *     weights 1 and 3 for an ISBN-13, modulus 11 for an ISBN-10 kept as written); code
 *     {@link io.github.gcmdata.validation.ViolationCode#ISBN_CHECKSUM};</li>
 * <li>an {@link io.github.gcmdata.identifier.Issn}, the check character of ISO 3297 (modulus 11,
 *     {@code X} for ten) computed from its first seven digits; code
 *     {@link io.github.gcmdata.validation.ViolationCode#ISSN_CHECKSUM}.</li>
 * </ul>
 *
 * <p>{@code null} is valid; compose with {@code @NotNull} where a value is required.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface CorrectCheckDigit {

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
