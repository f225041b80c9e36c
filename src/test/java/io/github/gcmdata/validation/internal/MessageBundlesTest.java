package io.github.gcmdata.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmdata.validation.ViolationCode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The messages of the violation codes, in English, French and Spanish. */
class MessageBundlesTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void servesFrenchAndSpanishForAnyOfTheirCountriesAndEnglishForTheRest() {
        assertThat(MessageBundles.supported(Locale.CANADA_FRENCH)).isEqualTo(Locale.FRENCH);
        assertThat(MessageBundles.supported(Locale.forLanguageTag("es-MX"))).isEqualTo(SPANISH);
        assertThat(MessageBundles.supported(Locale.UK)).isEqualTo(Locale.ENGLISH);
        assertThat(MessageBundles.supported(Locale.GERMAN)).isEqualTo(Locale.ENGLISH);
        assertThat(MessageBundles.supported(Locale.ROOT)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void readsEachLanguagesOwnBundleWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            // English is the root bundle: asked for English, a JVM whose default is French must not answer in French.
            Locale.setDefault(Locale.FRENCH);
            MessageBundles bundles = new MessageBundles();
            assertThat(bundles.getResourceBundle(Locale.ENGLISH).getString("gcm.text.blank"))
                    .isEqualTo("text should not be blank, was {value}");
            assertThat(bundles.getResourceBundle(Locale.GERMAN).getString("gcm.text.blank"))
                    .isEqualTo("text should not be blank, was {value}");
            Locale.setDefault(Locale.ENGLISH);
            assertThat(bundles.getResourceBundle(Locale.FRENCH).getString("gcm.text.blank"))
                    .isEqualTo("le texte ne devrait pas être vide, reçu {value}");
            assertThat(bundles.getResourceBundle(SPANISH).getString("gcm.text.blank"))
                    .isEqualTo("el texto no debería estar en blanco, se recibió {value}");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void formatsACodesMessageWithItsParameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("value", 30);
        parameters.put("min", 1);
        parameters.put("max", 23);

        assertThat(new MessageBundles().format(Locale.ENGLISH, ViolationCode.OBJECTIVE_OUT_OF_RANGE, parameters))
                .isEqualTo("GCM objective number should be between 1 and 23, was 30");
        assertThat(new MessageBundles().format(Locale.FRENCH, ViolationCode.OBJECTIVE_OUT_OF_RANGE, Map.of("value", 30)))
                .isEqualTo("le numéro d’objectif du Pacte mondial devrait être compris entre {min} et {max}, reçu 30");
    }

    @Test
    void findsTheCodeOfATemplateItWrote() {
        for (ViolationCode code : ViolationCode.values()) {
            assertThat(MessageBundles.codeOf(MessageBundles.template(code))).contains(code);
        }
        assertThat(MessageBundles.template(ViolationCode.TEXT_BLANK)).isEqualTo("{gcm.text.blank}");
        assertThat(MessageBundles.codeOf("{jakarta.validation.constraints.NotNull.message}")).isEmpty();
        assertThat(MessageBundles.codeOf("{gcm.text.blank")).isEmpty();
        assertThat(MessageBundles.codeOf("gcm.text.blank}")).isEmpty();
        assertThat(MessageBundles.codeOf("{gcm.no.such.code}")).isEmpty();
    }
}
