package io.github.gcmdata.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.gcmdata.identifier.CountryCode;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated {@link io.github.gcmdata.identifier.CountryCode} is one that ISO 3166-1 assigns to
 * a country, and has one of the allowed forms.
 *
 * <p>Alpha-2 and alpha-3 codes are looked up in the lists of the running JDK
 * ({@link java.util.Locale#getISOCountries(java.util.Locale.IsoCountryCode)}), so {@code XK}
 * (Kosovo, a user-assigned code) is reported. The JDK has no list of numeric codes and this
 * library ships none, so a numeric code is only checked not to be in the range 900 to 999 that
 * ISO 3166-1 and UN M49 leave to private use; whether it belongs to a country is not checked.
 *
 * <p>{@code null} is valid. Codes: {@link
 * io.github.gcmdata.validation.ViolationCode#COUNTRY_UNASSIGNED}, {@link
 * io.github.gcmdata.validation.ViolationCode#COUNTRY_WRONG_FORM}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface AssignedCountryCode {

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
     * The forms the code may have; empty, the default, allows all three.
     *
     * @return the allowed forms
     */
    CountryCode.Form[] forms() default {};
}
