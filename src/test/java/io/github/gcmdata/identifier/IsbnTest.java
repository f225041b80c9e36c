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

class IsbnTest {

    @Nested
    class Isbn13 {

        /** IOM's World Migration Report and IDM books, and the ISBN-13 of the users' manual example. */
        @ParameterizedTest
        @CsvSource({
            "978-92-9068-780-1, 9789290687801",
            "978-92-9068-774-0, 9789290687740",
            "978-0-306-40615-7, 9780306406157",
            "9780306406157,     9780306406157",
            "978 0 306 40615 7, 9780306406157",
        })
        void keepsThirteenDigitsWithoutHyphensOrSpaces(String text, String digits) {
            Isbn isbn = Isbn.parse(text);

            assertThat(isbn.digits()).isEqualTo(digits);
            assertThat(isbn).hasToString(digits);
            assertThat(isbn.isIsbn13()).isTrue();
        }

        @ParameterizedTest
        @CsvSource({
            "978-92-9068-780-1, 1",
            "978-92-9068-774-0, 0",
            "978-0-306-40615-7, 7",
        })
        void publishedIsbn13HasValidCheckDigit(String text, char check) {
            Isbn isbn = Isbn.parse(text);

            assertThat(isbn.hasValidCheckDigit()).isTrue();
            assertThat(isbn.expectedCheckDigit()).isEqualTo(check);
            assertThat(isbn.actualCheckDigit()).isEqualTo(check);
        }

        @Test
        void sameDigitsWrittenDifferentlyAreEqual() {
            assertThat(Isbn.parse("978-92-9068-780-1"))
                    .isEqualTo(Isbn.parse("9789290687801"))
                    .hasSameHashCodeAs(Isbn.parse("978 92 9068 780 1"));
        }
    }

    @Nested
    class Isbn10WithCorrectCheckDigit {

        /**
         * The ISBN users' manual and Wikipedia examples, one with the check digit X, and the French
         * edition of IOM's International Dialogue on Migration No. 28, as the README shows it.
         */
        @ParameterizedTest
        @CsvSource({
            "92-9068-780-0, 9789290687801",
            "0-306-40615-2, 9780306406157",
            "99921-58-10-7, 9789992158104",
            "0-8044-2957-X, 9780804429573",
            "0-8044-2957-x, 9780804429573",
            "0306406152,    9780306406157",
        })
        void isNormalisedToIsbn13WithRecomputedCheckDigit(String text, String isbn13) {
            Isbn isbn = Isbn.parse(text);

            assertThat(isbn.digits()).isEqualTo(isbn13);
            assertThat(isbn.isIsbn13()).isTrue();
            assertThat(isbn.hasValidCheckDigit()).isTrue();
        }

        @Test
        void equalsTheSameBookWrittenAsIsbn13() {
            assertThat(Isbn.parse("0-306-40615-2")).isEqualTo(Isbn.parse("978-0-306-40615-7"));
        }
    }

    @Nested
    class WrongCheckDigit {

        @ParameterizedTest
        @CsvSource({
            "978-92-9068-780-2, 9789290687802, 2, 1",
            "978-92-9068-774-9, 9789290687749, 9, 0",
            "978-0-306-40615-8, 9780306406158, 8, 7",
            "978-0-306-40615-6, 9780306406156, 6, 7",
        })
        void isbn13IsParsedAndTellsTheExpectedCheckDigit(String text, String digits, char actual, char expected) {
            Isbn isbn = Isbn.parse(text);

            assertThat(isbn.digits()).isEqualTo(digits);
            assertThat(isbn.hasValidCheckDigit()).isFalse();
            assertThat(isbn.actualCheckDigit()).isEqualTo(actual);
            assertThat(isbn.expectedCheckDigit()).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource({
            "0-306-40615-3, 0306406153, 3, 2",
            "0-306-40615-1, 0306406151, 1, 2",
            "99921-58-10-8, 9992158108, 8, 7",
            "0-8044-2957-9, 0804429579, 9, X",
            "0-306-40615-X, 030640615X, X, 2",
            "92-9068-780-X, 929068780X, X, 0",
        })
        void isbn10IsKeptAsTenDigitsSoTheErrorStaysVisible(String text, String digits, char actual, char expected) {
            Isbn isbn = Isbn.parse(text);

            assertThat(isbn.digits()).isEqualTo(digits);
            assertThat(isbn.isIsbn13()).isFalse();
            assertThat(isbn.hasValidCheckDigit()).isFalse();
            assertThat(isbn.actualCheckDigit()).isEqualTo(actual);
            assertThat(isbn.expectedCheckDigit()).isEqualTo(expected);
        }

        @Test
        void isbn10WithWrongCheckDigitDiffersFromTheCorrectBook() {
            assertThat(Isbn.parse("0-306-40615-3")).isNotEqualTo(Isbn.parse("978-0-306-40615-7"));
        }
    }

    @Nested
    class MalformedText {

        @Test
        void rejectsIsbnWithElevenDigits() {
            assertRejected(() -> Isbn.parse("0-306-40615-27"), "ISBN", "0-306-40615-27",
                    "expected 10 or 13 digits, found 11");
        }

        @Test
        void rejectsIsbnWithTwelveDigits() {
            assertRejected(() -> Isbn.parse("978-92-9068-780"), "ISBN", "978-92-9068-780",
                    "expected 10 or 13 digits, found 12");
        }

        @Test
        void rejectsIsbnWithNineDigits() {
            assertRejected(() -> Isbn.parse("0-306-40615"), "ISBN", "0-306-40615",
                    "expected 10 or 13 digits, found 9");
        }

        @Test
        void rejectsIsbnWithFourteenDigits() {
            assertRejected(() -> Isbn.parse("978-92-9068-780-12"), "ISBN", "978-92-9068-780-12",
                    "expected 10 or 13 digits, found 14");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "ISBN ", "ISBN:"})
        void rejectsTextWithoutDigits(String text) {
            assertRejected(() -> Isbn.parse(text), "ISBN", text, "expected 10 or 13 digits, found 0");
        }

        @ParameterizedTest
        @CsvSource({
            "978-92-9068-78A-1, A",
            "ISSN 978-92-9068-780-1, I",
            "978.92.9068.780.1, .",
            "978_92_9068_780_1, _",
        })
        void rejectsLettersAndOtherSeparators(String text, char offending) {
            assertRejected(() -> Isbn.parse(text), "ISBN", text, "unexpected character '" + offending + "'");
        }

        @ParameterizedTest
        @ValueSource(strings = {"0-8044-295X-3", "X-8044-2957-3", "080442X573"})
        void rejectsIsbn10WithXBeforeTheCheckDigit(String text) {
            assertRejected(() -> Isbn.parse(text), "ISBN", text, "'X' may only be the check digit");
        }

        @ParameterizedTest
        @ValueSource(strings = {"978-0-8044-2957-X", "978080442957x"})
        void rejectsIsbn13WithX(String text) {
            assertRejected(() -> Isbn.parse(text), "ISBN", text, "an ISBN-13 has no 'X'");
        }

        @Test
        void rejectsNull() {
            assertThatNullPointerException().isThrownBy(() -> Isbn.parse(null));
        }
    }

    @Nested
    class Prefix {

        /** ISO 2108 allocates the GS1 prefixes 978 and 979 to books; other 13-digit numbers are not ISBNs. */
        @ParameterizedTest
        @ValueSource(strings = {"1234567890128", "0000000000000", "977-1726-4030-0-5", "9771726403005"})
        void rejectsIsbn13WithoutThePrefix978Or979(String text) {
            assertRejected(() -> Isbn.parse(text), "ISBN", text, "an ISBN-13 starts with 978 or 979");
        }

        @Test
        void readsIsbn13WithThePrefix979() {
            assertThat(Isbn.parse("979-10-90636-07-1").digits()).isEqualTo("9791090636071");
        }
    }

    @Nested
    class PrintedForms {

        /** As IOM's publication pages and books print ISBNs: with the label, a colon, a no-break space. */
        @ParameterizedTest
        @ValueSource(strings = {
            "ISBN 978-92-9068-780-1",
            "ISBN: 978-92-9068-780-1",
            "ISBN:978-92-9068-780-1",
            "ISBN-13: 978-92-9068-780-1",
            "ISBN-13 978 92 9068 780 1",
            "isbn 9789290687801",
            "ISBN\u00A0978-92-9068-780-1",
            "  978-92-9068-780-1  ",
            "ISBN-10: 92-9068-780-0",
            "ISBN 92-9068-780-0",
            "e-ISBN 978-92-9068-780-1",
            "eISBN: 978-92-9068-780-1",
            "E-ISBN 92-9068-780-0",
        })
        void readsTheLabelAndSeparatorsOfTheStandard(String text) {
            assertThat(Isbn.parse(text).digits()).isEqualTo("9789290687801");
        }

        @ParameterizedTest
        @ValueSource(strings = {"978--92-9068-780-1", "-978-92-9068-780-1", "978-92-9068-780-1-", "978 -92-9068-780-1",
            "ISBN -978-92-9068-780-1"})
        void rejectsSeparatorsThatDoNotStandBetweenTwoDigits(String text) {
            assertRejected(() -> Isbn.parse(text), "ISBN", text, "a hyphen or space may only stand between two digits");
        }

        @Test
        void rejectsALabelThatSaysIsbn10Before13Digits() {
            assertRejected(() -> Isbn.parse("ISBN-10: 978-92-9068-780-1"), "ISBN", "ISBN-10: 978-92-9068-780-1",
                    "the label ISBN-10 does not fit 13 digits");
        }

        @Test
        void rejectsALabelThatSaysIsbn13Before10Digits() {
            assertRejected(() -> Isbn.parse("ISBN-13: 92-9068-780-0"), "ISBN", "ISBN-13: 92-9068-780-0",
                    "the label ISBN-13 does not fit 10 digits");
        }

        @Test
        void rejectsALabelRunIntoTheDigits() {
            assertRejected(() -> Isbn.parse("ISBN9789290687801"), "ISBN", "ISBN9789290687801", "unexpected character 'I'");
        }

        @Test
        void rejectsTextLongerThan40CharactersUnread() {
            String hyphens = "978" + "-".repeat(2_000_000) + "9290687801";

            assertThatThrownBy(() -> Isbn.parse(hyphens))
                    .isInstanceOfSatisfying(IdentifierFormatException.class, e -> assertThat(e.reason())
                            .isEqualTo("longer than 40 characters, more than any printed form needs"));
            assertThat(Isbn.parse("ISBN-13: 9-7-8-9-2-9-0-6-8-7-8-0-1").digits()).isEqualTo("9789290687801");
        }
    }

    @Nested
    class Ordering {

        @Test
        void comparesByDigits() {
            assertThat(Isbn.parse("978-92-9068-774-0")).isLessThan(Isbn.parse("978-92-9068-780-1"));
            assertThat(Isbn.parse("978-92-9068-780-1")).isEqualByComparingTo(Isbn.parse("9789290687801"));
        }
    }
}
