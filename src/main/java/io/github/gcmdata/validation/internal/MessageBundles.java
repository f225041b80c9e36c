package io.github.gcmdata.validation.internal;

import io.github.gcmdata.validation.ViolationCode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.hibernate.validator.spi.resourceloading.ResourceBundleLocator;

/**
 * The library's own messages, in English, French and Spanish: the bundle
 * {@code io.github.gcmdata.validation.internal.messages}, never the root
 * {@code ValidationMessages} that belongs to users.
 *
 * <p>Only the three languages are looked up, and anything else gets English, so that the JVM's
 * default locale never chooses the language of a report.
 */
public final class MessageBundles implements ResourceBundleLocator {

    private static final String BASE_NAME = "io.github.gcmdata.validation.internal.messages";
    /** What the key of a code's message starts with, before the code. */
    private static final String KEY_PREFIX = "gcm.";
    private static final Set<String> TRANSLATED = Set.of("fr", "es");

    /** The locales of the messages: English, French and Spanish. */
    public static final Set<Locale> SUPPORTED =
            Set.of(Locale.ENGLISH, Locale.FRENCH, new Locale.Builder().setLanguage("es").build());

    /** Creates the locator. */
    public MessageBundles() {
    }

    /**
     * Returns the locale whose messages are used for a requested locale: French, Spanish, or
     * English for anything else.
     *
     * @param requested  the requested locale, not null
     * @return {@link Locale#FRENCH}, {@code es} or {@link Locale#ENGLISH}, not null
     */
    public static Locale supported(Locale requested) {
        String language = requested.getLanguage();
        return TRANSLATED.contains(language) ? new Locale.Builder().setLanguage(language).build() : Locale.ENGLISH;
    }

    @Override
    public ResourceBundle getResourceBundle(Locale locale) {
        Locale supported = supported(locale);
        return ResourceBundle.getBundle(BASE_NAME, supported.equals(Locale.ENGLISH) ? Locale.ROOT : supported);
    }

    /**
     * Returns the key of a code's message in the bundle: {@code gcm.} and the code, such as
     * {@code gcm.isbn.checksum}.
     *
     * @param code  the code, not null
     * @return the key, not null
     */
    public static String key(ViolationCode code) {
        return KEY_PREFIX + code.code();
    }

    /**
     * Returns the message template of a code, its key in braces, such as
     * {@code {gcm.isbn.checksum}}, as Bean Validation writes a message to look up.
     *
     * @param code  the code, not null
     * @return the template, not null
     */
    public static String template(ViolationCode code) {
        return "{" + key(code) + "}";
    }

    /**
     * Returns the code whose message a template looks up, as {@link #template} writes it.
     *
     * @param template  a message template, such as {@code {gcm.pages.notPositive}}, not null
     * @return the code, or empty if the template is not the message of a code
     */
    public static Optional<ViolationCode> codeOf(String template) {
        if (!template.startsWith("{" + KEY_PREFIX) || !template.endsWith("}")) {
            return Optional.empty();
        }
        return ViolationCode.of(template.substring(KEY_PREFIX.length() + 1, template.length() - 1));
    }

    /**
     * Formats the message of a code in a locale, replacing each {@code {name}} by its parameter.
     *
     * @param locale  the locale, not null
     * @param code  the code, not null
     * @param parameters  the parameters by name, not null
     * @return the message, not null
     */
    public String format(Locale locale, ViolationCode code, Map<String, ?> parameters) {
        String message = getResourceBundle(locale).getString(key(code));
        for (Map.Entry<String, ?> parameter : parameters.entrySet()) {
            message = message.replace("{" + parameter.getKey() + "}", String.valueOf(parameter.getValue()));
        }
        return message;
    }
}
