package io.github.gcmdata.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.gcmdata.json.GcmJsonException.Problem;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.Event;
import io.github.gcmdata.model.Publication;
import io.github.gcmdata.model.RecordKind;
import io.github.gcmdata.model.RecordRef;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;

class GcmJsonTest {

    private static final GcmJson JSON = GcmJson.standard();

    /** A minimal valid event, as the start of each broken variant below. */
    private static final String EVENT = "{\"id\":\"e\",\"name\":{\"fr\":\"E\"},\"kind\":\"workshop\",\"startDate\":\"2022-02-20\"";

    @Nested
    class RoundTrip {

        @Test
        void readingWhatWasWrittenGivesAnEqualRecord() {
            Dataset dataset = SampleRecords.dataset();

            assertThat(JSON.readDataset(JSON.write(dataset))).isEqualTo(dataset);
            assertThat(GcmJson.pretty().readDataset(GcmJson.pretty().write(dataset))).isEqualTo(dataset);
        }

        @Test
        void writingWhatWasReadGivesTheSameBytes() {
            String written = GcmJson.pretty().write(SampleRecords.dataset());

            assertThat(GcmJson.pretty().write(JSON.readDataset(written))).isEqualTo(written);
        }

        @Test
        void readsAndWritesStreamsWithoutClosingThem() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            JSON.write(SampleRecords.idm2022(), out);
            AtomicBoolean closed = new AtomicBoolean();
            ByteArrayInputStream in = new ByteArrayInputStream(out.toByteArray()) {
                @Override
                public void close() {
                    closed.set(true);
                }
            };

            assertThat(JSON.read(in, Event.class)).isEqualTo(SampleRecords.idm2022());
            assertThat(closed).isFalse();
        }

        @Test
        void readsFiles(@TempDir Path folder) throws Exception {
            Path file = folder.resolve("dataset.json");
            java.nio.file.Files.writeString(file, JSON.write(SampleRecords.dataset()));

            assertThat(JSON.readDataset(file)).isEqualTo(SampleRecords.dataset());
        }

        @Test
        void reportsAMissingFileAsAnIoError(@TempDir Path folder) {
            assertThatThrownBy(() -> JSON.readDataset(folder.resolve("missing.json")))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("missing.json");
        }
    }

    @Nested
    class Format {

        @Test
        void writesPropertiesInComponentOrderAndLeavesOutAbsentValuesAndEmptyLists() {
            String json = JSON.write(SampleRecords.idm2022());

            assertThat(json).startsWith("{\"id\":\"idm-2022-session-1\",\"name\":{\"fr\":");
            assertThat(json.indexOf("\"startDate\"")).isLessThan(json.indexOf("\"endDate\""));
            assertThat(json.indexOf("\"endDate\"")).isLessThan(json.indexOf("\"timeZone\""));
            assertThat(json).doesNotContain("null", "\"description\"", "\"subEventRefs\"", "[]");
        }

        @Test
        void writesDatesTimesZonesEnumsAndLanguageMapsAsDocumented() {
            String json = JSON.write(SampleRecords.idm2022());

            assertThat(json)
                    .contains("\"startDate\":\"2022-02-28\"")
                    .contains("\"startTime\":\"09:00\",\"endTime\":\"09:30\"")
                    .contains("\"timeZone\":\"America/New_York\"")
                    .contains("\"kind\":\"idm_session\"")
                    .contains("\"modality\":\"video_message\"")
                    .contains("\"participantCount\":{\"value\":600,\"precision\":\"more_than\"}")
                    .contains("\"symbol\":\"A/RES/73/195\"");
        }

        @Test
        void writesIdentifiersInTheirNormalFormAndTheAbstractUnderItsSchemaOrgName() {
            String json = JSON.write(SampleRecords.idmNo28());

            assertThat(json)
                    .contains("\"isbn\":\"9789290687801\"")
                    .contains("\"issn\":\"1726-4030\"")
                    .contains("\"abstract\":{\"fr\":")
                    .contains("\"inLanguage\":[\"fr\",\"en\",\"es\"]")
                    .doesNotContain("abstractText");
        }

        @Test
        void prettyOutputIndentsByTwoSpacesWithUnixLineEndsAndEndsWithALineEnd() {
            String json = GcmJson.pretty().write(SampleRecords.pressContact());

            assertThat(json).startsWith("{\n  \"id\": \"maurizio-busatti\",\n  \"name\": \"Maurizio Busatti\",\n");
            assertThat(json).endsWith("}\n").doesNotContain("\r", " : ");
        }

        @Test
        void languageMapsAreWrittenInTagOrderWhateverTheOrderRead() {
            String read = "{\"id\":\"p\",\"name\":{\"fr\":\"T\",\"EN\":\"T\",\"es\":\"T\"}}";

            assertThat(JSON.write(JSON.read(read, Publication.class)))
                    .isEqualTo("{\"id\":\"p\",\"name\":{\"en\":\"T\",\"es\":\"T\",\"fr\":\"T\"}}");
        }
    }

    @Nested
    class Strictness {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
            empty input                | ''                                                        | EMPTY_INPUT        | ''
            whitespace only            | '   '                                                     | EMPTY_INPUT        | ''
            unclosed object            | '{"id":"e"'                                              | MALFORMED_JSON     | /id
            trailing garbage           | EVENT} x                                                  | MALFORMED_JSON     | ''
            a second value             | EVENT} {}                                                 | TRAILING_CONTENT   | ''
            NaN                        | EVENT,"relatedObjectives":[NaN]}                          | MALFORMED_JSON     | /relatedObjectives
            unknown property           | EVENT,"colour":"red"}                                     | UNKNOWN_PROPERTY   | /colour
            unknown nested property    | EVENT,"location":{"town":"Genève"}}                       | UNKNOWN_PROPERTY   | /location/town
            duplicate key              | EVENT,"id":"f"}                                           | DUPLICATE_PROPERTY | /id
            missing required property  | '{"id":"e","kind":"workshop","startDate":"2022-02-20"}'  | MISSING_PROPERTY   | /name
            null required enum         | '{"id":"e","name":{"fr":"E"},"kind":null,"startDate":"2022-02-20"}' | MISSING_PROPERTY | /kind
            null for a required value  | '{"id":null,"name":{"fr":"E"},"kind":"workshop","startDate":"2022-02-20"}' | MISSING_PROPERTY | /id
            null inside a list         | EVENT,"organizers":[null]}                                | WRONG_TYPE         | /organizers/0
            number where text belongs  | '{"id":5,"name":{"fr":"E"},"kind":"workshop","startDate":"2022-02-20"}' | WRONG_TYPE | /id
            text where a number belongs| EVENT,"relatedObjectives":["7"]}                          | WRONG_TYPE         | /relatedObjectives/0
            fraction for a whole number| EVENT,"relatedObjectives":[7.5]}                          | WRONG_TYPE         | /relatedObjectives/0
            list where object belongs  | EVENT,"location":[]}                                      | WRONG_TYPE         | /location
            object where list belongs  | EVENT,"organizers":{}}                                    | WRONG_TYPE         | /organizers
            unknown enum constant      | '{"id":"e","name":{"fr":"E"},"kind":"party","startDate":"2022-02-20"}' | INVALID_VALUE | /kind
            date not in the calendar   | '{"id":"e","name":{"fr":"E"},"kind":"workshop","startDate":"2022-02-30"}' | INVALID_VALUE | /startDate
            hour out of range          | EVENT,"agenda":[{"date":"2022-02-20","items":[{"startTime":"25:00","endTime":"26:00","kind":"panel"}]}]} | INVALID_VALUE | /agenda/0/items/0/startTime
            unknown time zone          | EVENT,"timeZone":"Mars/Olympus"}                          | INVALID_VALUE      | /timeZone
            malformed language tag     | '{"id":"e","name":{"f r":"E"},"kind":"workshop","startDate":"2022-02-20"}' | INVALID_VALUE | /name
            malformed identifier       | EVENT,"citedDocuments":[{"symbol":"A RES 73/195"}]}       | INVALID_VALUE      | /citedDocuments/0/symbol
            """)
        void rejectsWithTheProblemAndThePlace(String description, String json, Problem problem, String pointer) {
            String input = json.replace("EVENT", EVENT);

            GcmJsonException error = catchThrowableOfType(GcmJsonException.class, () -> JSON.read(input, Event.class));

            assertThat(error).as(description).isNotNull();
            assertThat(error.problem()).as(description).isEqualTo(problem);
            assertThat(error.jsonPointer()).as(description).isEqualTo(pointer);
        }

        @Test
        void namesWhatFollowsTheValueInItsOwnWords() {
            GcmJsonException afterEvent = catchThrowableOfType(GcmJsonException.class, () -> JSON.read(EVENT + "} {}", Event.class));
            GcmJsonException afterDataset = catchThrowableOfType(GcmJsonException.class,
                    () -> JSON.readDataset(JSON.write(SampleRecords.dataset()) + "\n[\"x\"]"));

            assertThat(afterEvent.problem()).isEqualTo(Problem.TRAILING_CONTENT);
            assertThat(afterEvent.reason()).isEqualTo("found an object after the value");
            assertThat(afterDataset.problem()).isEqualTo(Problem.TRAILING_CONTENT);
            assertThat(afterDataset.reason()).isEqualTo("found an array after the dataset");
            assertThat(afterDataset.line()).isEqualTo(2);
        }

        @Test
        void readsAByteOrderMarkAloneAsAnEmptyInput() {
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

            GcmJsonException error = catchThrowableOfType(GcmJsonException.class, () -> JSON.read(bom, Event.class));

            assertThat(error.problem()).isEqualTo(Problem.EMPTY_INPUT);
            assertThat(error.reason()).isEqualTo("the input is empty; expected one JSON value");
            assertThat(error.line()).isEqualTo(1);
            assertThat(error.column()).isEqualTo(1);
        }

        @Test
        void namesLineAndColumnAndKeepsJacksonsExceptionAsTheCause() {
            String json = "{\n  \"id\": \"e\",\n  \"name\": {\"fr\": \"E\"},\n  \"kind\": \"workshop\",\n  \"startDate\": \"2022-02-30\"\n}";

            GcmJsonException error = catchThrowableOfType(GcmJsonException.class, () -> JSON.read(json, Event.class));

            assertThat(error.line()).isEqualTo(5);
            assertThat(error.column()).isGreaterThan(1);
            assertThat(error.getMessage()).startsWith("/startDate (line 5, column ").contains("FEBRUARY 30");
            assertThat(error.getCause()).isInstanceOf(JacksonException.class);
        }

        @Test
        void locatesUnknownPropertiesThatJacksonBuffered() {
            String json = EVENT + ",\n\"colour\": \"red\"}";

            GcmJsonException error = catchThrowableOfType(GcmJsonException.class, () -> JSON.read(json, Event.class));

            assertThat(error.line()).isEqualTo(2);
            assertThat(error.reason()).startsWith("unknown property 'colour' (the format allows [id, name,");
        }

        /** Point 15 of issue 13: the list was cut at 300 characters, mid-word, so the last properties never showed. */
        @Test
        void unknownPropertyListsEveryPropertyTheFormatAllows() {
            GcmJsonException error = catchThrowableOfType(GcmJsonException.class,
                    () -> JSON.read(EVENT + ",\"colour\": \"red\"}", Event.class));

            String allowed = java.util.Arrays.stream(Event.class.getRecordComponents())
                    .map(java.lang.reflect.RecordComponent::getName)
                    .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
            assertThat("unknown property 'colour' (the format allows " + allowed + ")").as("longer than the cut it had")
                    .hasSizeGreaterThan(300);
            assertThat(error.reason()).isEqualTo("unknown property 'colour' (the format allows " + allowed + ")");
        }

        @Test
        void unknownPropertyQuotesAHugeNameShortened() {
            String name = "x".repeat(10_000);

            GcmJsonException error = catchThrowableOfType(GcmJsonException.class,
                    () -> JSON.read(EVENT + ",\"" + name + "\": 1}", Event.class));

            assertThat(error.problem()).isEqualTo(Problem.UNKNOWN_PROPERTY);
            assertThat(error.reason()).startsWith("unknown property '" + "x".repeat(40) + "…' (the format allows [id,")
                    .hasSizeLessThan(1000);
        }

        @Test
        void explainsWrongTypesInJsonTerms() {
            GcmJsonException error = catchThrowableOfType(GcmJsonException.class,
                    () -> JSON.read(EVENT + ",\"relatedObjectives\":[\"7\"]}", Event.class));

            assertThat(error.reason()).isEqualTo("expected a whole number, found the text \"7\"");
        }

        @Test
        void listsTheAllowedEnumValuesInDeclarationOrder() {
            GcmJsonException error = catchThrowableOfType(GcmJsonException.class,
                    () -> JSON.read("{\"id\":\"e\",\"name\":{},\"kind\":\"party\",\"startDate\":\"2022-02-20\"}", Event.class));

            assertThat(error.reason()).isEqualTo("'party' is not one of [idm_session, workshop, side_event, "
                    + "council_session, forum, consultation, conference, meeting, other]");
        }

        @Test
        void rejectsNullAsTheWholeDocument() {
            GcmJsonException error = catchThrowableOfType(GcmJsonException.class, () -> JSON.read("null", Event.class));

            assertThat(error.problem()).isEqualTo(Problem.WRONG_TYPE);
        }

        @Test
        void rejectsInvalidUtf8() {
            byte[] json = (EVENT + ",\"theme\":{\"fr\":\"").getBytes(StandardCharsets.UTF_8);
            byte[] broken = java.util.Arrays.copyOf(json, json.length + 3);
            broken[json.length] = (byte) 0xC3;
            broken[json.length + 1] = '"';
            broken[json.length + 2] = '}';

            GcmJsonException error = catchThrowableOfType(GcmJsonException.class, () -> JSON.read(broken, Event.class));

            assertThat(error.problem()).isEqualTo(Problem.MALFORMED_JSON);
            assertThat(error.reason()).containsIgnoringCase("UTF-8");
        }

        @Test
        void rejectsAgendaTimesWithSeconds() {
            GcmJsonException error = catchThrowableOfType(GcmJsonException.class, () -> JSON.read(EVENT
                    + ",\"agenda\":[{\"date\":\"2022-02-20\",\"items\":[{\"startTime\":\"09:00:30\",\"endTime\":\"10:00\",\"kind\":\"panel\"}]}]}",
                    Event.class));

            assertThat(error.problem()).isEqualTo(Problem.INVALID_VALUE);
            assertThat(error.jsonPointer()).isEqualTo("/agenda/0/items/0/startTime");
        }
    }

    /** Point 13 of issue 13: a file name given where JSON text belongs. */
    @Nested
    class FileNameForJsonText {

        @Test
        void readDatasetOfAFileNameSaysToPassAPath() {
            GcmJsonException error = catchThrowableOfType(GcmJsonException.class,
                    () -> JSON.readDataset("examples/idm-no-28.json"));

            assertThat(error.problem()).isEqualTo(Problem.MALFORMED_JSON);
            assertThat(error.line()).isEqualTo(1);
            assertThat(error.reason()).isEqualTo("expected JSON text, found 'examples/idm-no-28.json', which looks like"
                    + " a file name: readDataset(String) reads JSON text; to read the file, pass a Path:"
                    + " readDataset(Path.of(\"examples/idm-no-28.json\"))");
        }

        @Test
        void readOfAFileNameSaysToPassAPathWithTheType() {
            GcmJsonException error = catchThrowableOfType(GcmJsonException.class,
                    () -> JSON.read("C:\\data\\events.ndjson", Event.class));

            assertThat(error.reason()).endsWith("to read the file, pass a Path:"
                    + " read(Path.of(\"C:\\\\data\\\\events.ndjson\"), Event.class)");
        }

        @ParameterizedTest
        @ValueSource(strings = {"hello", "{\"metadata\": ", "[1, 2]", "examples/idm-no-28.json\n{}"})
        void textThatIsNotAFileNameGetsTheParsersReasonOnly(String text) {
            GcmJsonException error = catchThrowableOfType(GcmJsonException.class, () -> JSON.readDataset(text));

            assertThat(error.reason()).doesNotContain("file name");
        }
    }

    @Nested
    class References {

        @ParameterizedTest
        @EnumSource(RecordKind.class)
        void writeARecordKindAsItsKindNameAndReadItBack(RecordKind kind) {
            RecordRef reference = RecordRef.to(kind, "x-1");

            String json = JSON.write(reference);

            assertThat(json).isEqualTo("{\"kind\":\"" + kind.kindName() + "\",\"id\":\"x-1\"}");
            assertThat(JSON.read(json, RecordRef.class)).isEqualTo(reference);
        }

        @Test
        void refuseAKindThatIsNotAKindName() {
            GcmJsonException error = catchThrowableOfType(GcmJsonException.class,
                    () -> JSON.read("{\"kind\":\"events\",\"id\":\"x\"}", RecordRef.class));

            assertThat(error.jsonPointer()).isEqualTo("/kind");
        }
    }
}
