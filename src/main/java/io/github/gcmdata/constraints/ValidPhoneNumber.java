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
 * The annotated {@link io.github.gcmdata.identifier.PhoneNumber} is a number that exists, as far as
 * Google's libphonenumber can tell, and its parts agree:
 *
 * <ul>
 * <li>its country, if the record gives one, is an ISO 3166-1 alpha-2 code that ISO assigns
 *     ({@code country.wrongForm}, {@code country.unassigned} at {@code country});
 * <li>with a country and no E.164 form, the printed digits are a valid number of that country's
 *     numbering plan, read as a telephone there would dial them
 *     ({@link io.github.gcmdata.identifier.PhoneNumber#toE164()}; {@code telephone.invalid} at
 *     {@code asPrinted}): {@code 41227179581} and {@code Tel 00 41 79 70160 54} are numbers of
 *     {@code CH}, {@code Tel 12345} is not;
 * <li>an E.164 form is a valid number of its country's numbering plan ({@code telephone.invalid} at
 *     {@code e164});
 * <li>the printed digits agree with the E.164 form ({@code telephone.mismatch} at
 *     {@code asPrinted}): with a country, they give that number in that country; without one, they
 *     are the national significant number, optionally preceded by an international prefix
 *     ({@code 00} or {@code 011}) and the country code, and a trunk {@code 0}
 *     ({@code 41227179581}, {@code +41 (0)22 717 95 81} and {@code 022 717 95 81} all agree with
 *     {@code +41227179581}).
 * </ul>
 *
 * <p>{@code null} is valid, and so is a number known only as printed, without a country, since
 * nothing tells which numbering plan it belongs to. Codes: {@code telephone.invalid},
 * {@code telephone.mismatch}, {@code country.wrongForm}, {@code country.unassigned}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidPhoneNumber {

    /**
     * The message template; the default resolves the message of the first code from the
     * library's own resource bundle.
     *
     * @return the message template
     */
    String message() default "{gcm.telephone.invalid}";

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
