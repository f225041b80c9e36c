package io.github.gcmdata.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hostile corpus of {@code io.github.gcmdata.json}, and larger generated input, through
 * {@code gcm validate}: each file that does not read exits 1 with one line that names the file's
 * problem as {@code json.<problem>}, with its line and column where the reader knows them; never a
 * stack trace, never more than a few seconds.
 */
class HostileInputCommandLineTest {

    private static final Path CORPUS = Path.of("src/test/resources/io/github/gcmdata/json/hostile");
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String METADATA = "{\"metadata\":{\"id\":\"m\",\"name\":{\"en\":\"M\"}}";
    private static final String EVENT = "{\"id\":\"e\",\"name\":{\"en\":\"E\"},\"kind\":\"workshop\",\"startDate\":\"2022-02-20\"";

    @Nested
    class Corpus {

        @ParameterizedTest(name = "{0}")
        @CsvFileSource(resources = "/io/github/gcmdata/json/hostile/expected.csv", delimiter = '|')
        void endsInOneLineNamingTheProblemAndThePlace(String file, String outcome, String pointer, Long line,
                Long column) {
            Path path = CORPUS.resolve(file);

            MainTest.Result result = validate(path.toString());

            assertNoStackTrace(result);
            assertThat(result.err()).as(file).isEmpty();
            if (outcome.equals("READS")) {
                // Read into records; what is wrong with them is validation's to say.
                assertThat(result.exitCode()).as(file).isIn(0, 1);
                return;
            }
            String code = "json." + outcome.toLowerCase(Locale.ROOT);
            String place = line != null && line > 0
                    ? "line " + line + (column != null && column > 0 ? ", column " + column : "") + ": " : "";
            assertThat(result.exitCode()).as(result.out()).isEqualTo(1);
            String[] lines = result.out().split("\n", -1);
            assertThat(lines).as(result.out()).hasSize(4);
            assertThat(lines[0]).isEqualTo(path + ": 1 violation");
            assertThat(lines[1]).matches("  " + Pattern.quote(pointer == null ? "/" : pointer) + "  " + Pattern.quote(code)
                    + "  " + Pattern.quote(place) + "\\S.*");
            assertThat(lines[2]).isEqualTo("1 file checked: 0 valid, 1 invalid, 1 violation.");
        }

        @ParameterizedTest(name = "{0}")
        @CsvFileSource(resources = "/io/github/gcmdata/json/hostile/expected.csv", delimiter = '|')
        void endsInOneViolationOfTheJsonReport(String file, String outcome, String pointer) {
            Path path = CORPUS.resolve(file);

            MainTest.Result result = validate("--format", "json", path.toString());

            assertNoStackTrace(result);
            JsonNode report = JsonMapper.builder().build().readTree(result.out());
            if (outcome.equals("READS")) {
                assertThat(result.exitCode()).as(file).isIn(0, 1);
                return;
            }
            assertThat(result.exitCode()).isEqualTo(1);
            JsonNode violations = report.get("files").get(0).get("violations");
            assertThat(report.get("files").get(0).get("file").asString()).isEqualTo(path.toString());
            assertThat(violations).hasSize(1);
            assertThat(violations.get(0).get("code").asString()).isEqualTo("json." + outcome.toLowerCase(Locale.ROOT));
            assertThat(violations.get(0).get("path").asString()).isEqualTo(pointer == null ? "" : pointer);
        }

        @Test
        void theWholeCorpusAtOnceReportsEachFileThatDoesNotRead() throws IOException {
            List<String> unreadable = Files.readAllLines(CORPUS.resolve("expected.csv")).stream()
                    .filter(row -> !row.startsWith("#") && !row.isBlank() && !row.contains("| READS"))
                    .map(row -> row.substring(0, row.indexOf('|')).strip())
                    .collect(Collectors.toList());

            MainTest.Result result = validate(CORPUS.toString());

            assertNoStackTrace(result);
            assertThat(result.exitCode()).isEqualTo(1);
            for (String file : unreadable) {
                if (file.endsWith(".json")) {
                    assertThat(result.out()).contains(CORPUS.resolve(file) + ": 1 violation\n  ");
                }
            }
            assertThat(result.out()).containsPattern("\\d+ files checked: \\d+ valid, \\d+ invalid, \\d+ violations\\.\n$");
        }
    }

    @Nested
    class Generated {

        @TempDir
        Path folder;

        @Test
        void aHundredThousandNestedArrays() throws IOException {
            Path file = write("nested.json", "[".repeat(100_000));

            assertOneLine(validate(file.toString()), file, "/  json.wrong_type  line 1, column 1: ");
        }

        @Test
        void aHundredThousandNestedTableOfContentsEntries() throws IOException {
            StringBuilder json = new StringBuilder(METADATA).append(",\"publications\":[{\"id\":\"p\",\"name\":{\"en\":\"P\"},"
                    + "\"tableOfContents\":");
            for (int i = 0; i < 100_000; i++) {
                json.append("[{\"name\":{\"en\":\"T\"},\"entries\":");
            }
            Path file = write("toc.json", json.toString());

            MainTest.Result result = validate(file.toString());

            assertOneLine(result, file, "  json.limit_exceeded  line 1, column ");
            assertThat(result.out()).contains("maxNestingDepth");
        }

        @Test
        void aTwoMegabyteString() throws IOException {
            Path file = write("string.json", "{\"metadata\":{\"id\":\"" + "a".repeat(2_000_000) + "\",\"name\":{}}}");

            MainTest.Result result = validate(file.toString());

            assertOneLine(result, file, "/metadata/id  json.limit_exceeded  line 1, column ");
            assertThat(result.out()).contains("maxStringLength").doesNotContain("aaaaaaaaaa");
        }

        @Test
        void aTenThousandDigitNumber() throws IOException {
            Path file = write("number.json", METADATA + ",\"events\":[" + EVENT + ",\"relatedObjectives\":["
                    + "9".repeat(10_000) + "]}]}");

            MainTest.Result result = validate(file.toString());

            assertOneLine(result, file, "/events/0/relatedObjectives  json.limit_exceeded  line 1, column ");
            assertThat(result.out()).contains("maxNumberLength").doesNotContain("9999999999");
        }

        @Test
        void aTenThousandDigitNumberOnAnNdjsonLine() throws IOException {
            Path file = write("events.ndjson", EVENT + ",\"relatedObjectives\":[" + "9".repeat(10_000) + "]}\n");

            MainTest.Result result = validate(file.toString());

            assertOneLine(result, file, "/0/relatedObjectives  json.limit_exceeded  line 1, column ");
        }

        @Test
        void aDatasetLargerThanMemoryIsStreamedAndReportedWhereItBreaks() throws IOException {
            Path file = folder.resolve("huge.json");
            try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
                sparse.setLength(3L << 30);
            }

            MainTest.Result result = validate(file.toString());

            assertOneLine(result, file, "json.malformed_json  line 1, column 1: Illegal character ((CTRL-CHAR, code 0))");
        }

        @Test
        void anNdjsonLineLongerThanTheDocumentLimitIsRefusedWithoutHoldingItAndReadingGoesOn() throws IOException {
            Path file = folder.resolve("events.ndjson");
            try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
                sparse.seek(3L << 30);
                sparse.write("\n{\"id\": 1}\n".getBytes(StandardCharsets.UTF_8));
            }

            // Finding the end of a 3 GB line means reading 3 GB: linear, in bounded memory, but slower
            // than the other cases on a loaded machine.
            MainTest.Result result = assertTimeoutPreemptively(Duration.ofSeconds(120),
                    () -> MainTest.run("validate", file.toString()));

            assertNoStackTrace(result);
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.out()).contains(
                    "  /0  json.limit_exceeded  line 1: the document is longer than 67108864 bytes",
                    "  /1/id  json.wrong_type  line 2, column ");
        }

        private Path write(String name, String content) throws IOException {
            return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
        }
    }

    @Nested
    class StandardInput {

        @Test
        void binaryGarbage() {
            byte[] garbage = new byte[64 * 1024];
            new Random(20_221_219).nextBytes(garbage);

            MainTest.Result result = validateStdin(new ByteArrayInputStream(garbage));

            assertOneLine(result, Path.of(Input.STDIN), "  json.malformed_json  line 1, column ");
        }

        @Test
        void everyCorpusFileThatDoesNotReadEndsTheSameFromStandardInput() throws IOException {
            for (String row : Files.readAllLines(CORPUS.resolve("expected.csv"))) {
                if (row.startsWith("#") || row.isBlank() || row.contains("| READS")) {
                    continue;
                }
                String file = row.substring(0, row.indexOf('|')).strip();
                String code = "json." + row.split("\\|")[1].strip().toLowerCase(Locale.ROOT);

                MainTest.Result result = validateStdin(new ByteArrayInputStream(Files.readAllBytes(CORPUS.resolve(file))));

                assertOneLine(result, Path.of(Input.STDIN), "  " + code + "  ");
            }
        }

        @Test
        void aHundredMegabyteStreamStopsAtTheDocumentLength() {
            InputStream endless = new SequenceInputStream(
                    new ByteArrayInputStream("{\"metadata\":{\"id\":\"".getBytes(StandardCharsets.US_ASCII)),
                    new InputStream() {
                        private long left = 100L << 20;

                        @Override
                        public int read() {
                            return left-- > 0 ? 'a' : -1;
                        }

                        @Override
                        public int read(byte[] buffer, int offset, int length) {
                            if (left <= 0) {
                                return -1;
                            }
                            int n = (int) Math.min(length, left);
                            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'a');
                            left -= n;
                            return n;
                        }
                    });

            MainTest.Result result = validateStdin(endless);

            assertOneLine(result, Path.of(Input.STDIN), "/  json.limit_exceeded  the document is longer than");
        }
    }

    private static MainTest.Result validate(String... arguments) {
        String[] args = new String[arguments.length + 1];
        args[0] = "validate";
        System.arraycopy(arguments, 0, args, 1, arguments.length);
        return assertTimeoutPreemptively(PATIENCE, () -> MainTest.run(args));
    }

    private static MainTest.Result validateStdin(InputStream in) {
        return assertTimeoutPreemptively(PATIENCE, () -> MainTest.runWithInput(in, "validate", "-"));
    }

    /** Exit code 1, nothing on standard error, and one violation line that contains the text. */
    private static void assertOneLine(MainTest.Result result, Path file, String violation) {
        assertNoStackTrace(result);
        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(1);
        assertThat(result.err()).isEmpty();
        String[] lines = result.out().split("\n", -1);
        assertThat(lines).as(result.out()).hasSize(4);
        assertThat(lines[0]).isEqualTo(file + ": 1 violation");
        assertThat(lines[1]).startsWith("  /").contains(violation).hasSizeLessThan(1_000);
        assertThat(lines[2]).isEqualTo("1 file checked: 0 valid, 1 invalid, 1 violation.");
    }

    private static void assertNoStackTrace(MainTest.Result result) {
        assertThat(result.out() + result.err()).doesNotContain("\tat ").doesNotContain("Exception")
                .doesNotContain("tools.jackson").doesNotContain("at [Source");
    }
}
