package io.github.gcmdata.identifier;

import static io.github.gcmdata.identifier.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

    private static final String STANDARD = "ISO 3166-1";
    private static final String REASON = "expected two letters, three letters or three digits";

    @Nested
    class Forms {

        @ParameterizedTest
        @CsvSource({
            "CH,  CH,  ALPHA_2",
            "ch,  CH,  ALPHA_2",
            "Ch,  CH,  ALPHA_2",
            "CHE, CHE, ALPHA_3",
            "che, CHE, ALPHA_3",
            "756, 756, NUMERIC",
            "004, 004, NUMERIC",
            "000, 000, NUMERIC",
        })
        void formFollowsFromTheShapeAndLettersAreUpperCased(String text, String code, CountryCode.Form form) {
            CountryCode country = CountryCode.parse(text);

            assertThat(country.code()).isEqualTo(code);
            assertThat(country).hasToString(code);
            assertThat(country.form()).isEqualTo(form);
        }

        @Test
        void numericCodeKeepsItsLeadingZeros() {
            assertThat(CountryCode.parse("004").code()).hasSize(3).startsWith("00");
        }

        @Test
        void unassignedCodeOfTheRightShapeIsAccepted() {
            assertThat(CountryCode.parse("QQ").form()).isEqualTo(CountryCode.Form.ALPHA_2);
        }

        @Test
        void equalityIgnoresTheCaseOfTheText() {
            assertThat(CountryCode.parse("che")).isEqualTo(CountryCode.parse("CHE")).hasSameHashCodeAs(CountryCode.parse("ChE"));
            assertThat(CountryCode.parse("CH")).isNotEqualTo(CountryCode.parse("CHE"));
        }

        @Test
        void comparesByCode() {
            assertThat(CountryCode.parse("CH")).isLessThan(CountryCode.parse("FR"));
            assertThat(CountryCode.parse("004")).isLessThan(CountryCode.parse("756"));
        }
    }

    @Nested
    class Rejection {

        @ParameterizedTest
        @ValueSource(strings = {"", "C", "CHEE", "1", "12", "1234"})
        void rejectsWrongLength(String text) {
            assertRejected(() -> CountryCode.parse(text), STANDARD, text, REASON);
        }

        @ParameterizedTest
        @ValueSource(strings = {"C1", "1C", "CH1", "75A", "C-H", " CH", "CH ", "C.H"})
        void rejectsMixedOrOtherCharacters(String text) {
            assertRejected(() -> CountryCode.parse(text), STANDARD, text, REASON);
        }

        /** Non-ASCII letters whose upper case is ASCII: ß becomes SS, dotless ı becomes I, ﬀ becomes FF. */
        @ParameterizedTest
        @ValueSource(strings = {"ß", "ıt", "ﬀ", "ÄB", "ΑΒ"})
        void rejectsNonAsciiLetters(String text) {
            assertRejected(() -> CountryCode.parse(text), STANDARD, text, REASON);
        }

        @Test
        void rejectsNull() {
            assertThatNullPointerException().isThrownBy(() -> CountryCode.parse(null));
        }
    }
}
