package io.github.gcmdata.validation.internal;

import java.util.Locale;
import java.util.Map;
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
     * Formats the message of a code in a locale, replacing each {@code {name}} by its parameter.
     *
     * @param locale  the locale, not null
     * @param code  the code, such as {@code reference.unresolved}, not null
     * @param parameters  the parameters by name, not null
     * @return the message, not null
     */
    public String format(Locale locale, String code, Map<String, ?> parameters) {
        String message = getResourceBundle(locale).getString("gcm." + code);
        for (Map.Entry<String, ?> parameter : parameters.entrySet()) {
            message = message.replace("{" + parameter.getKey() + "}", String.valueOf(parameter.getValue()));
        }
        return message;
    }
}
