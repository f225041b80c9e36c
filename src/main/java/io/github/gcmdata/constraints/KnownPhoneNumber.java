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
 * The annotated {@link io.github.gcmdata.identifier.PhoneNumber} has an E.164 form that is a valid
 * number of its country's numbering plan, according to Google's libphonenumber, and digits printed
 * that agree with it: the printed digits are the national significant number, optionally preceded
 * by an international prefix ({@code 00} or {@code 011}) and the country code, and a trunk
 * {@code 0} ({@code 41227179581}, {@code +41 (0)22 717 95 81} and {@code 022 717 95 81} all agree
 * with {@code +41227179581}).
 *
 * <p>{@code null} is valid, and so is a number known only as printed, since its country cannot be
 * told. Codes: {@link io.github.gcmdata.validation.ViolationCode#TELEPHONE_INVALID}, {@link
 * io.github.gcmdata.validation.ViolationCode#TELEPHONE_MISMATCH}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface KnownPhoneNumber {

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
