package io.github.gcmdata.identifier;

import static io.github.gcmdata.identifier.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DoiTest {

    private static final String STANDARD = "DOI";
    private static final String REASON = "expected 10.<registrant>/<suffix> without spaces";

    @Nested
    class Forms {

        /** A UN iLibrary book, the DOI Handbook (10.1000/182) and the Wikipedia example. */
        @ParameterizedTest
        @CsvSource({
            "10.18356/9789210026659,                    10.18356/9789210026659",
            "doi:10.18356/9789210026659,                10.18356/9789210026659",
            "DOI:10.1000/182,                           10.1000/182",
            "https://doi.org/10.1000/182,               10.1000/182",
            "HTTPS://DOI.ORG/10.1000/182,               10.1000/182",
            "http://doi.org/10.1038/nphys1170,          10.1038/nphys1170",
            "https://dx.doi.org/10.1038/nphys1170,      10.1038/nphys1170",
            "http://dx.doi.org/10.1038/nphys1170,       10.1038/nphys1170",
            "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O, 10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O",
            "10.1000.10/123456,                         10.1000.10/123456",
        })
        void keepsTheBareName(String text, String name) {
            Doi doi = Doi.parse(text);

            assertThat(doi.name()).isEqualTo(name);
            assertThat(doi).hasToString(name);
        }

        @Test
        void prefixedAndBareFormsAreEqual() {
            assertThat(Doi.parse("https://doi.org/10.1000/182")).isEqualTo(Doi.parse("doi:10.1000/182")).isEqualTo(Doi.parse("10.1000/182"));
        }
    }

    @Nested
    class CaseInsensitivity {

        @Test
        void namesDifferingInAsciiCaseAreEqualWithEqualHashCodes() {
            Doi upper = Doi.parse("10.1038/NPHYS1170");
            Doi lower = Doi.parse("10.1038/nphys1170");

            assertThat(upper).isEqualTo(lower).hasSameHashCodeAs(lower).isEqualByComparingTo(lower);
        }

        @Test
        void textKeepsTheCaseItWasWrittenIn() {
            assertThat(Doi.parse("10.1038/NPhys1170").name()).isEqualTo("10.1038/NPhys1170");
        }

        @Test
        void differentNamesAreNotEqual() {
            assertThat(Doi.parse("10.1038/nphys1170")).isNotEqualTo(Doi.parse("10.1038/nphys1171"));
            assertThat(Doi.parse("10.1038/nphys1170")).isLessThan(Doi.parse("10.1038/nphys1171"));
        }

        /** The DOI Handbook (2.4): case insensitivity applies only to ASCII characters. */
        @ParameterizedTest
        @CsvSource({
            "10.1000/straße, 10.1000/STRASSE",
            "10.1000/é,      10.1000/É",
            "10.1000/ı,      10.1000/I",
        })
        void namesDifferingInNonAsciiCaseAreDifferent(String one, String other) {
            assertThat(Doi.parse(one)).isNotEqualTo(Doi.parse(other));
            assertThat(Doi.parse(one).compareTo(Doi.parse(other))).isNotZero();
        }
    }

    @Nested
    class Rejection {

        @ParameterizedTest
        @ValueSource(strings = {
            "", "10.1/x", "10.123/x", "11.1000/x", "10.1000", "10.1000/", "10.abcd/x", "10.1000/a b",
            "doi: 10.1000/182", "https://example.org/10.1000/182", "urn:doi:10.1000/182", "10.1234567890/x",
        })
        void rejectsTextWithoutTheShapeOfADoi(String text) {
            assertRejected(() -> Doi.parse(text), STANDARD, text, REASON);
        }

        @Test
        void rejectsNull() {
            assertThatNullPointerException().isThrownBy(() -> Doi.parse(null));
        }
    }
}
