package io.github.gcmdata.identifier;

import static io.github.gcmdata.identifier.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IssnTest {

    @Nested
    class PublishedIssns {

        /** IOM's series and the ISSN examples of ISO 3297 / Wikipedia, one with the check character X. */
        @ParameterizedTest
        @CsvSource({
            "1726-4030, 0",
            "1726-2224, 4",
            "0378-5955, 5",
            "2049-3630, 0",
            "0317-8471, 1",
            "2434-561X, X",
        })
        void areKeptInPrintedFormWithValidCheckDigit(String text, char check) {
            Issn issn = Issn.parse(text);

            assertThat(issn.value()).isEqualTo(text);
            assertThat(issn).hasToString(text);
            assertThat(issn.hasValidCheckDigit()).isTrue();
            assertThat(issn.expectedCheckDigit()).isEqualTo(check);
            assertThat(issn.actualCheckDigit()).isEqualTo(check);
        }
    }

    @Nested
    class Normalisation {

        @ParameterizedTest
        @CsvSource({
            "17264030,  1726-4030",
            "2434561X,  2434-561X",
            "2434-561x, 2434-561X",
            "2434561x,  2434-561X",
        })
        void addsTheHyphenAndUpperCasesX(String text, String printed) {
            assertThat(Issn.parse(text).value()).isEqualTo(printed);
        }

        @Test
        void sameIssnWrittenWithAndWithoutHyphenIsEqual() {
            assertThat(Issn.parse("17264030")).isEqualTo(Issn.parse("1726-4030")).hasSameHashCodeAs(Issn.parse("1726-4030"));
        }
    }

    @Nested
    class WrongCheckDigit {

        @ParameterizedTest
        @CsvSource({
            "1726-4031, 1, 0",
            "1726-2225, 5, 4",
            "0378-5954, 4, 5",
            "0317-8472, 2, 1",
            "2434-5610, 0, X",
            "2049-363X, X, 0",
        })
        void isParsedAndTellsTheExpectedCheckDigit(String text, char actual, char expected) {
            Issn issn = Issn.parse(text);

            assertThat(issn.value()).isEqualTo(text);
            assertThat(issn.hasValidCheckDigit()).isFalse();
            assertThat(issn.actualCheckDigit()).isEqualTo(actual);
            assertThat(issn.expectedCheckDigit()).isEqualTo(expected);
        }
    }

    @Nested
    class MalformedText {

        @ParameterizedTest
        @ValueSource(strings = {"", "1726403", "1726-40300", "172640300", "172-64030", "1726 4030", "ISSN", "ISSN 1726 4030"})
        void rejectsIssnWithoutEightCharacters(String text) {
            assertRejected(() -> Issn.parse(text), "ISSN", text, "expected 8 characters as NNNN-NNNC");
        }

        @ParameterizedTest
        @CsvSource({
            "A726-4030, 1",
            "1726-X030, 5",
            "1726-40X0, 7",
            "X7264030,  1",
            "172640X0,  7",
        })
        void rejectsXOrLettersAmongTheFirstSevenDigits(String text, int position) {
            assertRejected(() -> Issn.parse(text), "ISSN", text, "expected a digit at position " + position);
        }

        @Test
        void rejectsEightCharactersWithTheHyphenCountedAsADigit() {
            assertRejected(() -> Issn.parse("1726-403"), "ISSN", "1726-403", "expected a digit at position 5");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1726-403A", "1726-403-", "1726403Y"})
        void rejectsCheckCharacterOtherThanDigitOrX(String text) {
            assertRejected(() -> Issn.parse(text), "ISSN", text, "the check character must be a digit or X");
        }

        @Test
        void rejectsNull() {
            assertThatNullPointerException().isThrownBy(() -> Issn.parse(null));
        }
    }

    @Nested
    class PrintedForms {

        /** As IOM's publication pages print the ISSN of the International Dialogue on Migration. */
        @ParameterizedTest
        @ValueSource(strings = {
            "ISSN 1726-2224",
            "ISSN: 1726-2224",
            "ISSN:1726-2224",
            "issn 17262224",
            "ISSN\u00A01726-2224",
            " 1726-2224 ",
            "e-ISSN 1726-2224",
            "eISSN: 1726-2224",
            "p-ISSN 1726-2224",
            "pissn 1726-2224",
        })
        void readsTheLabelAndSeparatorOfTheStandard(String text) {
            assertThat(Issn.parse(text).value()).isEqualTo("1726-2224");
        }

        @ParameterizedTest
        @ValueSource(strings = {"ISBN 1726-2224", "ISSN1726-2224", "ISSN-L 1726-2224", "e-ISSN1726-2224", "x-ISSN 1726-2224"})
        void rejectsOtherLabels(String text) {
            assertRejected(() -> Issn.parse(text), "ISSN", text);
        }

        @Test
        void rejectsTextLongerThan40CharactersUnread() {
            String padded = "ISSN" + " ".repeat(2_000_000) + "1726-2224";

            assertThatThrownBy(() -> Issn.parse(padded))
                    .isInstanceOfSatisfying(IdentifierFormatException.class, e -> assertThat(e.reason())
                            .isEqualTo("longer than 40 characters, more than any printed form needs"));
        }
    }

    @Nested
    class Ordering {

        @Test
        void comparesByPrintedForm() {
            assertThat(Issn.parse("0378-5955")).isLessThan(Issn.parse("1726-4030"));
            assertThat(Issn.parse("17264030")).isEqualByComparingTo(Issn.parse("1726-4030"));
        }
    }
}
