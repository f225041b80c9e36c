package io.github.gcmdata.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.gcmdata.json.GcmJsonException.Problem;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.Membership;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Broken and hostile input: every one ends in a record or in a {@link GcmJsonException} that names
 * the problem and the place, within seconds and in bounded memory.
 */
class HostileInputTest {

    private static final Path CORPUS = Path.of("src/test/resources/io/github/gcmdata/json/hostile");
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final GcmJson JSON = GcmJson.standard();
    private static final String METADATA = "{\"metadata\":{\"id\":\"m\",\"name\":{\"en\":\"M\"}}";
    private static final String EVENT = "{\"id\":\"e\",\"name\":{\"en\":\"E\"},\"kind\":\"workshop\",\"startDate\":\"2022-02-20\"";

    @Nested
    class Corpus {

        @ParameterizedTest(name = "{0}")
        @CsvFileSource(resources = "hostile/expected.csv", delimiter = '|')
        void endsAsExpected(String file, String outcome, String pointer, Long line, Long column) throws IOException {
            byte[] input = Files.readAllBytes(CORPUS.resolve(file));

            if (outcome.equals("READS")) {
                assertThat(readWithinPatience(input)).isNotNull();
                return;
            }
            GcmJsonException error = failure(input);
            assertThat(error.problem()).as(file + ": " + error.getMessage()).isEqualTo(Problem.valueOf(outcome));
            assertThat(error.jsonPointer()).as(file + ": " + error.getMessage()).isEqualTo(pointer == null ? "" : pointer);
            assertThat(error.line()).as(file + ": " + error.getMessage()).isEqualTo(line);
            assertThat(error.column()).as(file + ": " + error.getMessage()).isEqualTo(column);
            assertThat(error.getMessage()).as(file).doesNotContain("tools.jackson", "at [Source");
        }

        @Test
        void everyFileHasAnExpectedOutcomeAndEveryOutcomeAFile() throws IOException {
            List<String> expected = Files.readAllLines(CORPUS.resolve("expected.csv")).stream()
                    .filter(row -> !row.startsWith("#") && !row.isBlank())
                    .map(row -> row.substring(0, row.indexOf('|')).strip())
                    .sorted()
                    .collect(Collectors.toList());
            List<String> files;
            try (Stream<Path> listing = Files.list(CORPUS)) {
                files = listing.map(path -> path.getFileName().toString())
                        .filter(name -> !name.equals("expected.csv"))
                        .sorted()
                        .collect(Collectors.toList());
            }

            assertThat(files).hasSizeGreaterThan(50).isEqualTo(expected);
        }

        @Test
        void referencesToNothingReadIntoRecordsForValidationToReport() throws IOException {
            Dataset dataset = readWithinPatience(Files.readAllBytes(CORPUS.resolve("reference-to-nothing.json")));

            Membership membership = dataset.memberships().get(0);
            assertThat(membership.organisationRef()).isEqualTo("nowhere");
            assertThat(membership.member().id()).isEqualTo("nobody");
            assertThat(dataset.events().get(0).subEventRefs()).containsExactly("no-such-event");
        }

        @Test
        void checkDigitsOffByOneReadIntoRecordsForValidationToReport() throws IOException {
            Dataset dataset = readWithinPatience(Files.readAllBytes(CORPUS.resolve("check-digits-off-by-one.json")));

            var edition = dataset.publications().get(0).editions().get(0);
            assertThat(edition.isbns().get(0).isbn().toString()).contains("9789290687802");
            assertThat(edition.issn().toString()).contains("1726-4031");
        }

        @Test
        void aUtf8ByteOrderMarkIsIgnoredAndTheRecordsAreTheSame() throws IOException {
            byte[] withMark = Files.readAllBytes(CORPUS.resolve("bom-utf8.json"));
            byte[] without = java.util.Arrays.copyOfRange(withMark, 3, withMark.length);

            assertThat(readWithinPatience(withMark)).isEqualTo(readWithinPatience(without));
        }
    }

    @Nested
    class Limits {

        @Test
        void aHundredThousandNestedArraysFailAtOnce() {
            GcmJsonException error = failure("[".repeat(100_000).getBytes(StandardCharsets.US_ASCII));

            assertThat(error.problem()).isEqualTo(Problem.WRONG_TYPE);
            assertThat(error.jsonPointer()).isEmpty();
        }

        @Test
        void aHundredThousandNestedArraysInsideAListFailAtOnce() {
            GcmJsonException error = failure((METADATA + ",\"events\":[" + EVENT + ",\"relatedObjectives\":"
                    + "[".repeat(100_000)).getBytes(StandardCharsets.US_ASCII));

            assertThat(error.problem()).isEqualTo(Problem.WRONG_TYPE);
            assertThat(error.jsonPointer()).isEqualTo("/events/0/relatedObjectives/0");
        }

        @Test
        void aHundredThousandNestedTableOfContentsEntriesExceedTheNestingDepth() {
            GcmJsonException error = failure(nestedTableOfContents(100_000, false));

            assertThat(error.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
            assertThat(error.jsonPointer()).startsWith("/publications/0/tableOfContents/0/entries/0/entries/0");
            assertThat(error.line()).isEqualTo(1);
            assertThat(error.reason()).isEqualTo("arrays and objects nest deeper than 64 levels, the limit "
                    + "maxNestingDepth; raise it with GcmJson.builder().maxNestingDepth(...)");
        }

        @Test
        void aHundredThousandNestedOrganisationalUnitsExceedTheNestingDepth() {
            StringBuilder json = new StringBuilder(METADATA).append(",\"organisations\":[{\"id\":\"o\",\"name\":{},"
                    + "\"kind\":\"other\",\"units\":");
            for (int i = 0; i < 100_000; i++) {
                json.append("[{\"id\":\"u\",\"name\":{},\"units\":");
            }
            GcmJsonException error = failure(json.toString().getBytes(StandardCharsets.US_ASCII));

            assertThat(error.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
            assertThat(error.reason()).contains("maxNestingDepth");
        }

        @Test
        void theDeepestLegitimateNestingIsFarBelowTheDefault() {
            // Dataset, events, event, agenda, day, items, item, speakers, speaker, titleAsPrinted.
            assertThat(depth(JSON.write(SampleRecords.dataset()))).isEqualTo(10);
            // Each level of a table of contents adds an array and an object.
            assertThat(depth(new String(nestedTableOfContents(5, true), StandardCharsets.UTF_8))).isEqualTo(4 + 2 * 5);
            assertThat(GcmJson.DEFAULT_MAX_NESTING_DEPTH).isGreaterThanOrEqualTo(4 * 10);
        }

        @Test
        void aRaisedNestingDepthReadsDeepTablesOfContentsWithoutExhaustingTheStack() {
            GcmJson deep = GcmJson.builder().maxNestingDepth(GcmJson.MAX_NESTING_DEPTH_LIMIT).build();
            int levels = (GcmJson.MAX_NESTING_DEPTH_LIMIT - 4) / 2;

            Dataset dataset = assertTimeoutPreemptively(PATIENCE,
                    () -> deep.read(nestedTableOfContents(levels, true), Dataset.class));

            assertThat(dataset.publications().get(0).tableOfContents()).hasSize(1);
            assertThatThrownBy(() -> JSON.read(nestedTableOfContents(levels, true), Dataset.class))
                    .isInstanceOf(GcmJsonException.class);
            GcmJsonException error = assertTimeoutPreemptively(PATIENCE, () -> catchGcm(
                    () -> deep.read(nestedTableOfContents(100_000, false), Dataset.class)));
            assertThat(error.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
        }

        @Test
        void aTenThousandDigitNumberExceedsTheNumberLength() {
            GcmJsonException error = failure((METADATA + ",\"events\":[" + EVENT + ",\"relatedObjectives\":["
                    + "9".repeat(10_000) + "]}]}").getBytes(StandardCharsets.US_ASCII));

            assertThat(error.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
            assertThat(error.jsonPointer()).isEqualTo("/events/0/relatedObjectives");
            assertThat(error.line()).isEqualTo(1);
            assertThat(error.reason()).isEqualTo("a number is longer than 20 digits, the limit maxNumberLength; "
                    + "raise it with GcmJson.builder().maxNumberLength(...)");
        }

        @Test
        void aTenThousandDigitNumberWhereTextBelongsFailsWithoutQuotingIt() {
            GcmJsonException error = failure(("{\"metadata\":{\"id\":" + "9".repeat(10_000) + ",\"name\":{}}}")
                    .getBytes(StandardCharsets.US_ASCII));

            assertThat(error.problem()).isIn(Problem.LIMIT_EXCEEDED, Problem.WRONG_TYPE);
            assertThat(error.getMessage()).hasSizeLessThan(600);
        }

        @Test
        void aTwoMegabyteStringExceedsTheStringLength() {
            GcmJsonException error = failure(("{\"metadata\":{\"id\":\"" + "a".repeat(2_000_000) + "\",\"name\":{}}}")
                    .getBytes(StandardCharsets.US_ASCII));

            assertThat(error.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
            assertThat(error.jsonPointer()).isEqualTo("/metadata/id");
            assertThat(error.reason()).isEqualTo("a string is longer than 1048576 characters, the limit "
                    + "maxStringLength; raise it with GcmJson.builder().maxStringLength(...)");
        }

        @Test
        void aHundredMegabyteStringFromAStreamStopsAtTheDocumentLength() {
            GcmJsonException error = assertTimeoutPreemptively(PATIENCE,
                    () -> catchGcm(() -> JSON.read(hugeStringStream(100 << 20), Dataset.class)));

            assertThat(error.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
            assertThat(error.reason()).isEqualTo("the document is longer than 67108864 bytes, the limit "
                    + "maxDocumentLength; raise it with GcmJson.builder().maxDocumentLength(...)");
        }

        @Test
        void aHundredMegabyteStringStopsAtTheStringLengthWhenTheDocumentMayBeThatLong() {
            GcmJson large = GcmJson.builder().maxDocumentLength(200L << 20).build();

            GcmJsonException error = assertTimeoutPreemptively(PATIENCE,
                    () -> catchGcm(() -> large.read(hugeStringStream(100 << 20), Dataset.class)));

            assertThat(error.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
            assertThat(error.jsonPointer()).isEqualTo("/metadata/id");
            assertThat(error.reason()).contains("maxStringLength");
        }

        @Test
        void aHugePropertyNameIsRefusedWithoutQuotingIt() {
            GcmJsonException error = failure(("{\"metadata\":{\"" + "n".repeat(60_000) + "\":1}}")
                    .getBytes(StandardCharsets.US_ASCII));

            assertThat(error.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
            assertThat(error.getMessage()).hasSizeLessThan(300);
        }

        @Test
        void aLongUnknownPropertyIsNamedShortly() {
            GcmJsonException error = failure((METADATA + ",\"" + "x".repeat(5_000) + "\":1}")
                    .getBytes(StandardCharsets.US_ASCII));

            assertThat(error.problem()).isEqualTo(Problem.UNKNOWN_PROPERTY);
            assertThat(error.jsonPointer()).hasSize(5_001);
            assertThat(error.getMessage()).hasSizeLessThan(600);
        }

        @Test
        void aDocumentLongerThanTheLimitIsRefusedBeforeParsingFromBytesStreamsAndFiles(@TempDir Path folder)
                throws IOException {
            GcmJson small = GcmJson.builder().maxDocumentLength(100).build();
            byte[] json = GcmJson.standard().write(SampleRecords.dataset()).getBytes(StandardCharsets.UTF_8);
            Path file = folder.resolve("dataset.json");
            Files.write(file, json);

            for (GcmJsonException error : List.of(catchGcm(() -> small.read(json, Dataset.class)),
                    catchGcm(() -> small.read(new ByteArrayInputStream(json), Dataset.class)),
                    catchGcm(() -> small.read(file, Dataset.class)),
                    catchGcm(() -> small.readDataset(new String(json, StandardCharsets.UTF_8))))) {
                assertThat(error.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
                assertThat(error.reason()).contains("100 bytes", "maxDocumentLength");
            }
            assertThat(GcmJson.builder().maxDocumentLength(json.length).build().read(json, Dataset.class))
                    .isEqualTo(SampleRecords.dataset());
        }

        @Test
        void eachLimitCanBeRaisedAndLowered() {
            String json = METADATA + ",\"events\":[" + EVENT + ",\"participantCount\":{\"value\":123456,"
                    + "\"precision\":\"exact\"}}]}";

            assertThat(catchGcm(() -> GcmJson.builder().maxNumberLength(5).build().readDataset(json)).reason())
                    .contains("5 digits");
            assertThat(GcmJson.builder().maxNumberLength(6).build().readDataset(json).events()).hasSize(1);
            assertThat(catchGcm(() -> GcmJson.builder().maxStringLength(7).build().readDataset(json)).reason())
                    .contains("7 characters");
            assertThat(GcmJson.builder().maxStringLength(10).build().readDataset(json).events()).hasSize(1);
            assertThat(catchGcm(() -> GcmJson.builder().maxNestingDepth(3).build().readDataset(json)).reason())
                    .contains("3 levels");
            assertThat(GcmJson.builder().maxNestingDepth(4).build().readDataset(json).events()).hasSize(1);
        }
    }

    /** Reads as a dataset, failing the test if that takes longer than ten seconds. */
    private static Dataset readWithinPatience(byte[] input) {
        return assertTimeoutPreemptively(PATIENCE, () -> JSON.read(input, Dataset.class));
    }

    /** Reads as a dataset and returns the library's exception; any other outcome fails the test. */
    private static GcmJsonException failure(byte[] input) {
        return assertTimeoutPreemptively(PATIENCE, () -> catchGcm(() -> JSON.read(input, Dataset.class)));
    }

    static GcmJsonException catchGcm(Runnable reading) {
        try {
            reading.run();
        } catch (GcmJsonException e) {
            return e;
        }
        throw new AssertionError("expected a GcmJsonException, but the input was read");
    }

    /** A publication whose table of contents nests {@code levels} deep, closed or cut off. */
    private static byte[] nestedTableOfContents(int levels, boolean closed) {
        StringBuilder json = new StringBuilder(METADATA).append(",\"publications\":[{\"id\":\"p\",\"name\":{},"
                + "\"tableOfContents\":");
        for (int i = 0; i < levels; i++) {
            json.append("[{\"name\":{}").append(i + 1 < levels ? ",\"entries\":" : "");
        }
        if (closed) {
            json.append("}]".repeat(levels)).append("}]}");
        }
        return json.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A dataset whose metadata id is a string of {@code length} letters, made as it is read. */
    private static InputStream hugeStringStream(long length) {
        InputStream letters = new InputStream() {
            private long left = length;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int count) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(count, left);
                java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'a');
                left -= n;
                return n;
            }
        };
        return new SequenceInputStream(new SequenceInputStream(
                new ByteArrayInputStream("{\"metadata\":{\"id\":\"".getBytes(StandardCharsets.US_ASCII)), letters),
                new ByteArrayInputStream("\",\"name\":{}}}".getBytes(StandardCharsets.US_ASCII)));
    }

    /** The deepest nesting of arrays and objects in a JSON text. */
    static int depth(String json) {
        int deepest = 0;
        try (JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token.isStructStart()) {
                    deepest = Math.max(deepest, parser.streamReadContext().getNestingDepth());
                }
            }
        }
        return deepest;
    }
}
