package io.github.gcmdata.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidationException;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The messages RecordValidator interpolates: a parameter, else an attribute, else the validated value. */
class GcmMessageInterpolatorTest {

    private final GcmMessageInterpolator english = new GcmMessageInterpolator(Locale.UK);

    @Test
    void looksTheTemplateUpInTheBundleOfItsLocale() {
        assertThat(english.interpolate("{gcm.text.blank}", Map.of("value", "\" \""), Map.of(), " "))
                .isEqualTo("text should not be blank, was \" \"");
        assertThat(new GcmMessageInterpolator(Locale.CANADA_FRENCH).interpolate("{gcm.text.blank}", Map.of("value", "\"\""),
                Map.of(), "")).isEqualTo("le texte ne devrait pas être vide, reçu \"\"");
        assertThat(new GcmMessageInterpolator(Locale.GERMAN).interpolate("{gcm.number.notPositive}", Map.of(), Map.of(), 0))
                .isEqualTo("number should be 1 or more, was 0");
    }

    @Test
    void prefersAMessageParameterToAnAttributeOfTheConstraint() {
        assertThat(english.interpolate("between {min} and {max}", Map.of("max", 23), Map.of("min", 1, "max", 99), 30))
                .isEqualTo("between 1 and 23");
    }

    @Test
    void takesTheValidatedValueForValueAndShortensIt() {
        assertThat(english.interpolate("was {value}", Map.of(), Map.of(), 0)).isEqualTo("was 0");
        assertThat(english.interpolate("was {value}", Map.of("value", "given"), Map.of("value", "attribute"), 0))
                .isEqualTo("was given");
        assertThat(english.interpolate("was {value}", Map.of(), Map.of(), "x".repeat(500)))
                .isEqualTo("was " + ViolationDetail.shorten("x".repeat(500)))
                .endsWith("…");
    }

    @Test
    void leavesAnUnknownTermAsItIs() {
        assertThat(english.interpolate("{unknown} and {value}", Map.of(), Map.of(), "v")).isEqualTo("{unknown} and v");
        assertThat(english.interpolate("was {value}", Map.of(), Map.of(), null)).isEqualTo("was {value}");
    }

    @Test
    void neverEvaluatesAnExpression() {
        assertThat(english.interpolate("${1 + 1} and ${value.class.name}", Map.of(), Map.of(), 1))
                .isEqualTo("${1 + 1} and ${value.class.name}");
    }

    @Test
    void givesTheValidatedValueAndUnwrapsToItsOwnTypeOnly() {
        GcmMessageInterpolator.Values values = new GcmMessageInterpolator.Values(Map.of(), Map.of(), 42);

        assertThat(values.getValidatedValue()).isEqualTo(42);
        assertThat(values.unwrap(MessageInterpolator.Context.class)).isSameAs(values);
        assertThatThrownBy(() -> values.unwrap(String.class)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("java.lang.String");
    }
}
