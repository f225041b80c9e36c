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
 * The annotated {@link io.github.gcmdata.identifier.EmailAddress} has the form of the addresses
 * that organisations publish, a form narrower than RFC 5321 and RFC 5322 allow: a dot-atom local
 * part (RFC 5322, section 3.2.3: letters, digits and {@code !#$%&'*+/=?^_`{|}~-}, with single dots
 * between them) of at most 64 characters, and a domain name of at most 253 characters made of at
 * least two labels, each of 1 to 63 letters, digits or hyphens, not starting or ending with a
 * hyphen, the last one not all digits. Internationalised domains are checked in their ASCII
 * (punycode) form. Addresses that the RFCs allow but this rule does not are reported: a quoted
 * local part ({@code "jdoe"@iom.int}), an address literal ({@code user@[192.0.2.1]}) and a domain
 * of one label ({@code user@localhost}). The message states this rule.
 *
 * <p>{@code null} is valid. Code: {@code email.invalid}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidEmail {

    /**
     * The message template; the default resolves the message of the first code from the
     * library's own resource bundle.
     *
     * @return the message template
     */
    String message() default "{gcm.email.invalid}";

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
