package io.github.gcmdata.icalendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 5545 section 3.1 (folding), 3.3.11 (TEXT) and RFC 6868 (parameter values), vector by vector. */
class ContentLinesTest {

    private static int octets(String line) {
        return line.getBytes(StandardCharsets.UTF_8).length;
    }

    @Nested
    class Folding {

        @Test
        void aLineOfExactly75OctetsStaysWhole() {
            String line = "X:" + "a".repeat(73);

            assertThat(new ContentLines().raw("X", "a".repeat(73)).build()).isEqualTo(line + "\r\n");
        }

        @Test
        void aLineOf76OctetsFoldsAfterThe75th() {
            assertThat(new ContentLines().raw("X", "a".repeat(74)).build())
                    .isEqualTo("X:" + "a".repeat(73) + "\r\n" + " a\r\n");
        }

        @Test
        void theSpaceThatStartsAContinuationLineCountsAmongIts75Octets() {
            String folded = new ContentLines().raw("X", "a".repeat(73 + 74 + 1)).build();

            assertThat(folded.split("\r\n")).containsExactly("X:" + "a".repeat(73), " " + "a".repeat(74), " a");
        }

        @Test
        void neverSplitsACharacterOfSeveralOctets() {
            // 2 + 72 octets, then a two-octet letter that would end at octet 76: it starts the next line.
            String folded = new ContentLines().raw("X", "a".repeat(72) + "é" + "😀".repeat(20)).build();

            String[] lines = folded.split("\r\n");
            assertThat(lines[0]).isEqualTo("X:" + "a".repeat(72));
            assertThat(lines[1]).startsWith(" é");
            for (String line : lines) {
                assertThat(octets(line)).as(line).isLessThanOrEqualTo(ContentLines.MAX_OCTETS);
                assertThat(Character.isHighSurrogate(line.charAt(line.length() - 1)))
                        .as("half of a surrogate pair at the end of %s", line).isFalse();
            }
            assertThat(folded.replace("\r\n ", "")).isEqualTo("X:" + "a".repeat(72) + "é" + "😀".repeat(20) + "\r\n");
        }

        @Test
        void aParameterGoesOnTheLineBeforeTheValue() {
            assertThat(new ContentLines().raw("DTSTART", "TZID", "Europe/Zurich", "20231027T090000").build())
                    .isEqualTo("DTSTART;TZID=Europe/Zurich:20231027T090000\r\n");
        }

        @Test
        void anAbsentTextWritesNoProperty() {
            assertThat(new ContentLines().text("DESCRIPTION", null).build()).isEmpty();
        }
    }

    @Nested
    class Text {

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
                "a\\b | a\\\\b",
                "a;b | a\\;b",
                "a,b | a\\,b",
                "colon: and \"quotes\" | colon: and \"quotes\"",
                "'' | ''"})
        void escapesBackslashSemicolonAndCommaOnly(String value, String escaped) {
            assertThat(ContentLines.text(value)).isEqualTo(escaped);
        }

        @Test
        void everyKindOfLineBreakBecomesBackslashN() {
            assertThat(ContentLines.text("one\ntwo\r\nthree\rfour")).isEqualTo("one\\ntwo\\nthree\\nfour");
        }

        @Test
        void keepsATabAndTurnsOtherControlCharactersIntoSpaces() {
            assertThat(ContentLines.text("a\tb\u0007c\u0000d\u007fe")).isEqualTo("a\tb c d e");
        }

        @Test
        void keepsLettersOutsideTheBasicPlane() {
            assertThat(ContentLines.text("😀 中文")).isEqualTo("😀 中文");
        }
    }

    @Nested
    class ParameterValues {

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
                "'' | ''",
                "A | A",
                "Europe/Zurich | Europe/Zurich",
                "a^b | a^^b",
                "say \"hi\" | say ^'hi^'",
                "IOM: Geneva | \"IOM: Geneva\"",
                "a;b | \"a;b\"",
                "a,b | \"a,b\""})
        void caretEncodesAndQuotesWhereRfc6868Asks(String value, String encoded) {
            assertThat(ContentLines.parameterValue(value)).isEqualTo(encoded);
        }

        @Test
        void aLineBreakIsCaretN() {
            assertThat(ContentLines.parameterValue("one\r\ntwo\nthree\rfour")).isEqualTo("one^ntwo^nthree^nfour");
        }

        @Test
        void keepsATabAndTurnsOtherControlCharactersIntoSpaces() {
            assertThat(ContentLines.parameterValue("a\tb\u0007c")).isEqualTo("a\tb c");
        }
    }
}
