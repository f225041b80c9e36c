package io.github.gcmdata.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.gcmdata.json.GcmJsonException.Problem;
import io.github.gcmdata.model.Count;
import io.github.gcmdata.model.Event;
import io.github.gcmdata.model.MonetaryAmount;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How a wrong JSON type is named: what the format expected and what the input holds, in the
 * words of a person writing JSON, never Java's.
 */
class JsonTypesTest {

    private static final GcmJson JSON = GcmJson.standard();
    private static final String EVENT = "{\"id\":\"e\",\"name\":{\"fr\":\"E\"},\"kind\":\"workshop\",\"startDate\":\"2022-02-20\"";

    private static GcmJsonException failure(String json, Class<?> type) {
        GcmJsonException error = catchThrowableOfType(GcmJsonException.class, () -> JSON.read(json, type));
        assertThat(error).as(json).isNotNull();
        return error;
    }

    private static GcmJsonException eventFailure(String members) {
        return failure(EVENT + "," + members + "}", Event.class);
    }

    /** Reads numbers of up to 100 digits, so that a long number is reported as a wrong type, not a limit. */
    private static GcmJsonException longNumberFailure(String members) {
        GcmJson lenient = GcmJson.builder().maxNumberLength(100).build();
        GcmJsonException error = catchThrowableOfType(GcmJsonException.class,
                () -> lenient.read(EVENT + "," + members + "}", Event.class));
        assertThat(error).as(members).isNotNull();
        return error;
    }

    @Nested
    class Found {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            an array       | "id":[]       | /id | expected text, found an array
            an object      | "id":{}       | /id | expected text, found an object
            a whole number | "id":5        | /id | expected text, found the number 5
            a fraction     | "id":-2.5e3   | /id | expected text, found the number -2.5e3
            true           | "id":true     | /id | expected text, found true
            false          | "id":false    | /id | expected text, found false
            the text       | "endDateUnknown":"yes" | /endDateUnknown | expected true or false, found the text "yes"
            null           | "endDateUnknown":null  | /endDateUnknown | expected true or false, found null
            """)
        void namesWhatTheInputHoldsInJsonTerms(String description, String members, String pointer, String reason) {
            GcmJsonException error = failure("{" + members + ",\"name\":{\"fr\":\"E\"},\"kind\":\"workshop\","
                    + "\"startDate\":\"2022-02-20\"}", Event.class);

            assertThat(error.problem()).as(description).isEqualTo(Problem.WRONG_TYPE);
            assertThat(error.jsonPointer()).as(description).isEqualTo(pointer);
            assertThat(error.reason()).as(description).isEqualTo(reason);
        }

        @Test
        void quotesTextOfFortyCharactersWhole() {
            String forty = "t".repeat(40);

            assertThat(eventFailure("\"endDateUnknown\":\"" + forty + "\"").reason())
                    .isEqualTo("expected true or false, found the text \"" + forty + "\"");
        }

        @Test
        void cutsTextLongerThanFortyCharactersWithAnEllipsis() {
            String fortyOne = "t".repeat(40) + "u";

            assertThat(eventFailure("\"endDateUnknown\":\"" + fortyOne + "\"").reason())
                    .isEqualTo("expected true or false, found the text \"" + "t".repeat(40) + "…\"");
        }

        @Test
        void quotesANumberOfFortyCharactersWhole() {
            String forty = "1".repeat(40);

            assertThat(longNumberFailure("\"endDateUnknown\":" + forty).reason())
                    .isEqualTo("expected true or false, found the number " + forty);
        }

        @Test
        void cutsANumberLongerThanFortyCharactersWithAnEllipsis() {
            String fortyOne = "1".repeat(40) + "2";

            assertThat(longNumberFailure("\"endDateUnknown\":" + fortyOne).reason())
                    .isEqualTo("expected true or false, found the number " + "1".repeat(40) + "…");
        }

        @Test
        void cutsALongFractionWithAnEllipsis() {
            String fraction = "0." + "5".repeat(50);

            assertThat(longNumberFailure("\"endDateUnknown\":" + fraction).reason())
                    .isEqualTo("expected true or false, found the number " + fraction.substring(0, 40) + "…");
        }
    }

    /**
     * A number that is the whole document: the parser has closed by the time the error is described,
     * so its text is taken from the input.
     */
    @Nested
    class TopLevelNumber {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            5                 | expected an object, found the number 5
            `  -1.5e+10`      | expected an object, found the number -1.5e+10
            0.25E-3           | expected an object, found the number 0.25E-3
            """)
        void isQuotedFromTheInput(String json, String reason) {
            GcmJsonException error = failure(json, Event.class);

            assertThat(error.problem()).isEqualTo(Problem.WRONG_TYPE);
            assertThat(error.jsonPointer()).isEmpty();
            assertThat(error.reason()).isEqualTo(reason);
        }

        @Test
        void isCutAfterFortyCharactersWithAnEllipsis() {
            GcmJson lenient = GcmJson.builder().maxNumberLength(100).build();
            String number = "1".repeat(40) + "23";

            GcmJsonException error = catchThrowableOfType(GcmJsonException.class, () -> lenient.read(number, Event.class));

            assertThat(error.reason()).isEqualTo("expected an object, found the number " + "1".repeat(40) + "…");
        }
    }

    @Nested
    class Expected {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a record      | "location":"Geneva"         | /location          | expected an object, found the text "Geneva"
            a list        | "organizers":"IOM"          | /organizers        | expected an array, found the text "IOM"
            an enum       | "attendanceMode":5          | /attendanceMode    | expected one of [in_person, online, hybrid], found the number 5
            a whole number| "participantCount":{"value":"12","precision":"exact"} | /participantCount/value | expected a whole number, found the text "12"
            """)
        void namesWhatTheFormatExpectsInJsonTerms(String description, String members, String pointer, String reason) {
            GcmJsonException error = eventFailure(members);

            assertThat(error.problem()).as(description).isEqualTo(Problem.WRONG_TYPE);
            assertThat(error.jsonPointer()).as(description).isEqualTo(pointer);
            assertThat(error.reason()).as(description).isEqualTo(reason);
        }

        @Test
        void aLongCountIsAWholeNumber() {
            GcmJsonException error = failure("{\"value\":true,\"precision\":\"exact\"}", Count.class);

            assertThat(error.reason()).isEqualTo("expected a whole number, found true");
        }

        @Test
        void anAmountIsANumber() {
            GcmJsonException error = failure("{\"value\":[1],\"currency\":\"USD\"}", MonetaryAmount.class);

            assertThat(error.jsonPointer()).isEqualTo("/value");
            assertThat(error.reason()).isEqualTo("expected a number, found an array");
        }

        /** Types the model does not use today, so that a field added tomorrow reads as well. */
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
            int                   | a whole number
            java.lang.Integer     | a whole number
            long                  | a whole number
            java.lang.Long        | a whole number
            java.math.BigDecimal  | a number
            boolean               | true or false
            java.lang.Boolean     | true or false
            java.util.List        | an array
            java.util.Set         | an array
            [Ljava.lang.String;   | an array
            java.util.Map         | an object
            io.github.gcmdata.model.Count | an object
            java.lang.String      | text
            java.lang.Double      | text
            """)
        void namesEveryJavaTypeAsItsJsonType(String typeName, String expected) throws ClassNotFoundException {
            Class<?> type = switch (typeName) {
                case "int" -> int.class;
                case "long" -> long.class;
                case "boolean" -> boolean.class;
                default -> Class.forName(typeName);
            };

            assertThat(JsonTypes.expected(type)).isEqualTo(expected);
        }
    }

    @Nested
    class Quote {

        @Test
        void quotesFortyCharactersWhole() {
            assertThat(JsonTypes.quote("q".repeat(40))).isEqualTo("'" + "q".repeat(40) + "'");
        }

        @Test
        void cutsLongerTextAfterFortyCharacters() {
            assertThat(JsonTypes.quote("q".repeat(40) + "r")).isEqualTo("'" + "q".repeat(40) + "…'");
        }

        @Test
        void anUnknownPropertyNameOfFortyOneCharactersIsCut() {
            GcmJsonException error = failure(EVENT + ",\"" + "p".repeat(41) + "\":1}", Event.class);

            assertThat(error.reason()).startsWith("unknown property '" + "p".repeat(40) + "…' (the format allows [id,");
        }
    }
}
