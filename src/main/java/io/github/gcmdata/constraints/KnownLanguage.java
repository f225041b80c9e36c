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
 * The annotated {@link io.github.gcmdata.identifier.LanguageTag} names a language: its language
 * subtag is a two-letter ISO 639-1 code that the JDK lists ({@link java.util.Locale#getISOLanguages()}),
 * a three-letter code for which the JDK's CLDR data knows a name and which has no two-letter
 * form (BCP 47 registers only the shortest code: {@code fr}, never {@code fra}), or one of ISO
 * 639-2's special codes, which BCP 47 registers too: {@code und} (undetermined), {@code mul}
 * (multiple languages), {@code zxx} (no linguistic content), {@code mis} (uncoded) and the
 * private-use range {@code qaa} to {@code qtz}.
 *
 * <p>{@code null} is valid. Code: {@code language.unknown}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface KnownLanguage {

    /**
     * The message template; the default resolves the message of the first code from the
     * library's own resource bundle.
     *
     * @return the message template
     */
    String message() default "{gcm.language.unknown}";

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
