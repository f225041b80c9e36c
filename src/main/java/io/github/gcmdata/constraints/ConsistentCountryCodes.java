package io.github.gcmdata.constraints;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The alpha-2 and alpha-3 codes of the annotated {@link io.github.gcmdata.model.State} name the
 * same country, according to the JDK ({@link java.util.Locale#getISO3Country()}). Numeric codes
 * are not compared, since the JDK has no table of them. Codes that are not assigned are left to
 * {@link AssignedCountryCode}.
 *
 * <p>Code: {@link io.github.gcmdata.validation.ViolationCode#COUNTRY_MISMATCH}, at {@code /alpha3}.
 */
@Documented
@Constraint(validatedBy = {})
@Target(TYPE)
@Retention(RUNTIME)
public @interface ConsistentCountryCodes {

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
