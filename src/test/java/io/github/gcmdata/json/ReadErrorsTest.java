package io.github.gcmdata.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.gcmdata.json.GcmJsonException.Problem;
import io.github.gcmdata.model.Event;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The text of reading errors: what each kind of bad input is called, where it is, and how long a
 * message may grow. Every case reads bad input through {@link GcmJson}.
 */
class ReadErrorsTest {

    private static final GcmJson JSON = GcmJson.standard();
    private static final String EVENT = "{\"id\":\"e\",\"name\":{\"fr\":\"E\"},\"kind\":\"workshop\",\"startDate\":\"2022-02-20\"";
    private static final String NOT_UTF8 = "the input is not UTF-8 (it looks like UTF-16 or UTF-32); the format is UTF-8";

    private static GcmJsonException failure(byte[] json) {
        GcmJsonException error = catchThrowableOfType(GcmJsonException.class, () -> JSON.read(json, Event.class));
        assertThat(error).isNotNull();
        return error;
    }

    private static GcmJsonException failure(String json) {
        return failure(json.getBytes(StandardCharsets.UTF_8));
    }

    private static GcmJsonException datasetFailure(String text) {
        GcmJsonException error = catchThrowableOfType(GcmJsonException.class, () -> JSON.readDataset(text));
        assertThat(error).as(text).isNotNull();
        return error;
    }

    /** The whole hint that {@code readDataset(String)} gives for a file name, before any shortening. */
    private static String fileNameHint(String name) {
        return "expected JSON text, found " + JsonTypes.quote(name) + ", which looks like a file name:"
                + " readDataset(String) reads JSON text; to read the file, pass a Path: readDataset(Path.of(\""
                + name.replace("\\", "\\\\") + "\"))";
    }

    @Nested
    class FileNames {

        @ParameterizedTest
        @ValueSource(strings = {"events.json", "a.b", "notes.abcdef", "dir/events", "dir\\events", "/events", "\\events", "x/", "  events.json  "})
        void textWithAPathSeparatorOrAFileExtensionIsAFileName(String text) {
            GcmJsonException error = datasetFailure(text);

            assertThat(error.problem()).isEqualTo(Problem.MALFORMED_JSON);
            assertThat(error.reason()).isEqualTo(fileNameHint(text.strip()));
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "events", // neither separator nor extension
            ".json", // a dot first is a hidden file's name, not an extension
            "events.", // a dot last has no extension after it
            "notes.abcdefg", // seven letters are not an extension
            "notes.tx2", // an extension is letters only
            "notes.t-t",
            "{events.json", "[events.json", "\"events.json", // the start of JSON text
            "events.json\rmore", "events.json\nmore" // more than one line
        })
        void otherTextIsNotAFileName(String text) {
            assertThat(datasetFailure(text).reason()).doesNotContain("file name");
        }

        /** Whitespace Java strips but JSON does not skip leaves nothing to call a file name. */
        @Test
        void textOfUnicodeSpacesOnlyIsNotAFileName() {
            GcmJsonException error = datasetFailure("\u2003");

            assertThat(error.problem()).isEqualTo(Problem.MALFORMED_JSON);
            assertThat(error.reason()).doesNotContain("file name");
        }

        @Test
        void aFileNameMayBe4096CharactersLong() {
            String name = "d/" + "n".repeat(4094);

            assertThat(datasetFailure(name).reason()).startsWith("expected JSON text, found 'd/nnn");
        }

        @Test
        void longerTextIsNotAFileName() {
            String name = "d/" + "n".repeat(4095);

            assertThat(datasetFailure(name).reason()).doesNotContain("file name");
        }

        @Test
        void aFileNameHintIsOnlyForTheFirstLine() {
            GcmJsonException error = datasetFailure("\n\nevents.json");

            assertThat(error.line()).isEqualTo(3);
            assertThat(error.reason()).doesNotContain("file name");
        }
    }

    @Nested
    class Shortening {

        /** A name that makes the file-name hint exactly this long. */
        private String nameForHintOf(int length) {
            String name = "d/";
            while (fileNameHint(name).length() < length) {
                name += "n";
            }
            assertThat(fileNameHint(name)).hasSize(length);
            return name;
        }

        @Test
        void keepsAReasonOf300CharactersWhole() {
            String name = nameForHintOf(300);

            assertThat(datasetFailure(name).reason()).isEqualTo(fileNameHint(name));
        }

        @Test
        void cutsALongerReasonAt300CharactersWithAnEllipsis() {
            String name = nameForHintOf(301);

            assertThat(datasetFailure(name).reason()).isEqualTo(fileNameHint(name).substring(0, 300) + "…");
        }

        @Test
        void showsAPointerOf200CharactersWholeInTheMessage() {
            String pointer = "/" + "p".repeat(199);

            GcmJsonException error = failure(EVENT + ",\"" + pointer.substring(1) + "\":1}");

            assertThat(error.jsonPointer()).isEqualTo(pointer);
            assertThat(error.getMessage()).startsWith(pointer + " (line 1, column ");
        }

        @Test
        void cutsALongerPointerAt200CharactersInTheMessageButKeepsItWhole() {
            String pointer = "/" + "p".repeat(200);

            GcmJsonException error = failure(EVENT + ",\"" + pointer.substring(1) + "\":1}");

            assertThat(error.jsonPointer()).isEqualTo(pointer);
            assertThat(error.getMessage()).startsWith(pointer.substring(0, 200) + "… (line 1, column ");
        }
    }

    @Nested
    class MissingProperties {

        @Test
        void namesTheMissingProperty() {
            GcmJsonException error = failure("{\"id\":\"e\",\"kind\":\"workshop\",\"startDate\":\"2022-02-20\"}");

            assertThat(error.problem()).isEqualTo(Problem.MISSING_PROPERTY);
            assertThat(error.jsonPointer()).isEqualTo("/name");
            assertThat(error.reason()).isEqualTo("required property 'name' is missing");
        }

        @Test
        void namesARequiredPropertyGivenAsNull() {
            GcmJsonException error = failure("{\"id\":null,\"name\":{\"fr\":\"E\"},\"kind\":\"workshop\",\"startDate\":\"2022-02-20\"}");

            assertThat(error.problem()).isEqualTo(Problem.MISSING_PROPERTY);
            assertThat(error.jsonPointer()).isEqualTo("/id");
            assertThat(error.reason()).isEqualTo("required property 'id' is null");
        }

        @Test
        void rejectsANullInAListAtItsIndex() {
            GcmJsonException error = failure(EVENT + ",\"subEventRefs\":[\"a\",null]}");

            assertThat(error.problem()).isEqualTo(Problem.WRONG_TYPE);
            assertThat(error.jsonPointer()).isEqualTo("/subEventRefs/1");
            assertThat(error.reason()).isEqualTo("null is not allowed in the list 'subEventRefs'");
        }

        @Test
        void rejectsANullTextOfALanguageWhereItStands() {
            GcmJsonException error = failure("{\"id\":\"e\",\"name\":{\"fr\":null},\"kind\":\"workshop\",\"startDate\":\"2022-02-20\"}");

            assertThat(error.problem()).isEqualTo(Problem.WRONG_TYPE);
            assertThat(error.jsonPointer()).isEqualTo("/name/fr");
            assertThat(error.reason()).isEqualTo("null is not allowed here; leave the entry out instead");
        }
    }

    @Nested
    class InvalidValues {

        @Test
        void aValueItsTypeRefusesIsExplainedInTheTypesOwnWords() {
            GcmJsonException error = failure(EVENT + ",\"endDate\":\"2022-02-20T10:00\"}");

            assertThat(error.problem()).isEqualTo(Problem.INVALID_VALUE);
            assertThat(error.jsonPointer()).isEqualTo("/endDate");
            assertThat(error.reason())
                    .isEqualTo("Text '2022-02-20T10:00' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
            assertThat(failure(EVENT + ",\"endDate\":\"2022-13\"}").reason())
                    .isEqualTo("Invalid value for MonthOfYear (valid values 1 - 12): 13");
        }

        @Test
        void aNumberOutOfRangeIsExplainedInJacksonsWordsWithoutItsSourceNoise() {
            GcmJsonException error = failure(EVENT + ",\"relatedObjectives\":[99999999999]}");

            assertThat(error.problem()).isEqualTo(Problem.INVALID_VALUE);
            assertThat(error.jsonPointer()).isEqualTo("/relatedObjectives/0");
            assertThat(error.reason())
                    .isEqualTo("Numeric value (99999999999) out of range of `int` (-2147483648 - 2147483647)");
        }
    }

    @Nested
    class Utf8Problems {

        @ParameterizedTest
        @ValueSource(strings = {"FEFF", "FFFE", "FEFF7B7D", "FFFE7B00", "00", "7B00", "2020007B", "202020007B7D", "0000FEFF"})
        void inputThatLooksLikeUtf16OrUtf32IsNotUtf8(String hex) {
            GcmJsonException error = failure(bytes(hex));

            assertThat(error.problem()).isEqualTo(Problem.MALFORMED_JSON);
            assertThat(error.reason()).isEqualTo(NOT_UTF8);
            assertThat(error.jsonPointer()).isEmpty();
            assertThat(error.line()).isEqualTo(1);
            assertThat(error.column()).isEqualTo(1);
        }

        /** A zero byte after the first four is a control character in UTF-8 JSON, not another encoding. */
        @Test
        void aZeroByteAfterTheFirstFourIsJustMalformedJson() {
            GcmJsonException error = failure(bytes("2020202000"));

            assertThat(error.problem()).isEqualTo(Problem.MALFORMED_JSON);
            assertThat(error.reason()).isNotEqualTo(NOT_UTF8).doesNotContain("UTF-8");
        }

        @ParameterizedTest
        @ValueSource(strings = {"FE", "FE7B", "FF7B", "FF"})
        void aLoneByteOrderMarkByteIsInvalidUtf8(String hex) {
            GcmJsonException error = failure(bytes(hex));

            assertThat(error.problem()).isEqualTo(Problem.MALFORMED_JSON);
            assertThat(error.reason()).isEqualTo("invalid UTF-8: byte 0x" + hex.substring(0, 2)
                    + " at offset 0 does not start a well-formed sequence");
            assertThat(error.line()).isEqualTo(1);
            assertThat(error.column()).isEqualTo(1);
        }

        @Test
        void namesTheByteItsOffsetLineColumnAndPointer() {
            byte[] start = "{\n  \"id\": \"".getBytes(StandardCharsets.US_ASCII);
            byte[] input = java.util.Arrays.copyOf(start, start.length + 2);
            input[start.length] = (byte) 0xC3;
            input[start.length + 1] = '"';

            GcmJsonException error = failure(input);

            assertThat(error.problem()).isEqualTo(Problem.MALFORMED_JSON);
            assertThat(error.reason())
                    .isEqualTo("invalid UTF-8: byte 0xC3 at offset 11 does not start a well-formed sequence");
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.column()).isEqualTo(10);
            assertThat(error.jsonPointer()).isEqualTo("/id");
        }

        @Test
        void namesAnUnpairedSurrogateEscapeAndItsPlace() {
            GcmJsonException error = failure(EVENT + ",\n\"theme\":{\"fr\":\"a\\uD800\"}}");

            assertThat(error.problem()).isEqualTo(Problem.INVALID_VALUE);
            assertThat(error.reason()).isEqualTo("the escape \\uD800 is half of a surrogate pair, without the other half;"
                    + " UTF-8 cannot carry it");
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.column()).isEqualTo(17);
            assertThat(error.jsonPointer()).isEqualTo("/theme/fr");
        }

        /** The check runs on the raw bytes, before the parser: an escape is found wherever it stands. */
        @Test
        void namesAnUnpairedSurrogateEscapeAtTheFirstByte() {
            GcmJsonException error = failure("\\uDC00");

            assertThat(error.problem()).isEqualTo(Problem.INVALID_VALUE);
            assertThat(error.reason()).isEqualTo("the escape \\uDC00 is half of a surrogate pair, without the other half;"
                    + " UTF-8 cannot carry it");
            assertThat(error.line()).isEqualTo(1);
            assertThat(error.column()).isEqualTo(1);
            assertThat(error.jsonPointer()).isEmpty();
        }

        private static byte[] bytes(String hex) {
            byte[] bytes = new byte[hex.length() / 2];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
            }
            return bytes;
        }
    }

    @Nested
    class Limits {

        @Test
        void namesThePropertyNameLimit() {
            GcmJsonException error = failure(EVENT + ",\"" + "n".repeat(50_001) + "\":1}");

            assertThat(error.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
            assertThat(error.reason()).isEqualTo("a property name is longer than 50000 characters");
        }

        @Test
        void namesTheNestingLimitAndHowToRaiseIt() {
            GcmJson shallow = GcmJson.builder().maxNestingDepth(3).build();

            GcmJsonException error = catchThrowableOfType(GcmJsonException.class,
                    () -> shallow.read(EVENT + ",\"organizers\":[{\"name\":{\"x\":1}}]}", Event.class));

            assertThat(error.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
            assertThat(error.reason()).isEqualTo("arrays and objects nest deeper than 3 levels, the limit maxNestingDepth;"
                    + " raise it with GcmJson.builder().maxNestingDepth(...)");
        }

        @Test
        void namesTheStringLimitAndHowToRaiseIt() {
            GcmJson small = GcmJson.builder().maxStringLength(10).build();

            GcmJsonException error = catchThrowableOfType(GcmJsonException.class,
                    () -> small.read(EVENT + ",\"theme\":{\"fr\":\"" + "s".repeat(11) + "\"}}", Event.class));

            assertThat(error.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
            assertThat(error.reason()).isEqualTo("a string is longer than 10 characters, the limit maxStringLength;"
                    + " raise it with GcmJson.builder().maxStringLength(...)");
        }
    }
}
