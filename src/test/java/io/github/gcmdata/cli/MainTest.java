package io.github.gcmdata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmdata.internal.IncompatibleDependencyException;
import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.RecordKind;
import io.github.gcmdata.testing.SampleDatasets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MainTest {

    private static final String MALFORMED = "{\n"
            + "  \"metadata\": {\n"
            + "    \"id\": \"sample\",\n"
            + "    \"name\": {\"en\": \"Sample\"}\n"
            + "  },\n"
            + "  \"events\": [\n"
            + "}\n";

    @TempDir
    Path dir;

    /** The exit code and what was printed. */
    record Result(int exitCode, String out, String err) {
    }

    static Result run(String... args) {
        return runWithInput(new ByteArrayInputStream(new byte[0]), args);
    }

    static Result runWithInput(InputStream in, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = Main.run(args, in,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, Dataset dataset) throws IOException {
        return write(name, GcmJson.pretty().write(dataset));
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private static String line(Object record) {
        return GcmJson.standard().write(record);
    }

    private static void assertNoStackTrace(Result result) {
        assertThat(result.out() + result.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Nested
    class JsonDatasets {

        @Test
        void validFileExitsZeroAndSaysOk() throws IOException {
            Path file = write("valid.json", SampleDatasets.valid());

            Result result = run("validate", file.toString());

            assertThat(result.exitCode()).isZero();
            assertThat(result.out()).isEqualTo(file + ": OK\nAll 1 file valid.\n");
            assertThat(result.err()).isEmpty();
        }

        @Test
        void wrongIsbnCheckDigitExitsOneWithPathAndCode() throws IOException {
            Path file = write("isbn.json", SampleDatasets.wrongIsbnCheckDigit());

            Result result = run("validate", file.toString());

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.out()).contains(file + ": 1 violation\n")
                    .contains("\n  " + SampleDatasets.ISBN_PATH + "  isbn.checksum  isbn: check digit should be 1, was 2")
                    .endsWith("1 file checked: 0 valid, 1 invalid, 1 violation.\n");
        }

        @Test
        void endBeforeStartIsReported() throws IOException {
            Path file = write("dates.json", SampleDatasets.endBeforeStart());

            Result result = run("validate", file.toString());

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.out()).contains("\n  " + SampleDatasets.END_DATE_PATH + "  date.endBeforeStart  endDate: ");
        }

        @Test
        void danglingReferenceIsReportedWithItsPointer() throws IOException {
            Path file = write("dangling.json", SampleDatasets.danglingPersonRef());

            Result result = run("validate", file.toString());

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.out()).contains("\n  " + SampleDatasets.PERSON_REF_PATH + "  reference.unresolved  ")
                    .contains("\"nobody\"");
        }

        @Test
        void aReferenceToTheBundledDataResolvesUnlessStandalone() throws IOException {
            Path file = write("refers.json", "{\"metadata\": {\"id\": \"mine\", \"name\": {\"en\": \"Mine\"}},"
                    + " \"events\": [{\"id\": \"e\", \"name\": {\"en\": \"E\"}, \"kind\": \"side_event\","
                    + " \"startDate\": \"2018-12-10\", \"organizers\": [{\"kind\": \"organisation\", \"id\": \"iom\"},"
                    + " {\"kind\": \"state\", \"id\": \"CHE\"}]}]}");

            Result resolved = run("validate", file.toString());
            Result standalone = run("validate", "--standalone", file.toString());

            assertThat(resolved.exitCode()).isZero();
            assertThat(resolved.out()).contains(": OK");
            assertThat(standalone.exitCode()).isEqualTo(1);
            assertThat(standalone.out()).contains("/events/0/organizers/0/id  reference.unresolved")
                    .contains("/events/0/organizers/1/id  reference.unresolved");
        }

        @Test
        void malformedJsonExitsOneWithLineAndColumnAndNoStackTrace() throws IOException {
            Path file = write("malformed.json", MALFORMED);

            Result result = run("validate", file.toString());

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.out()).containsPattern("\n  /events\\S*  json\\.malformed_json  line 7, column 1: .+\n");
            assertThat(result.err()).isEmpty();
            assertNoStackTrace(result);
        }

        @Test
        void emptyFileIsReportedAsEmptyInput() throws IOException {
            Path file = write("empty.json", "");

            Result result = run("validate", file.toString());

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.out()).contains("\n  /  json.empty_input  ");
        }

        @Test
        void unknownPropertyIsReportedWithItsPointer() throws IOException {
            Path file = write("unknown.json", "{\"metadata\": {\"id\": \"x\", \"name\": {\"en\": \"X\"}, \"colour\": 1}}");

            Result result = run("validate", file.toString());

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.out()).contains("\n  /metadata/colour  json.unknown_property  ").contains("colour");
        }
    }

    @Nested
    class Paths {

        @Test
        void folderIsSearchedRecursivelyInPathOrder() throws IOException {
            write("b.json", SampleDatasets.valid());
            write("a/c.json", SampleDatasets.endBeforeStart());
            write("a/deeper/d.json", SampleDatasets.valid());
            write("a/notes.txt", "not JSON, not looked at");

            Result result = run("validate", dir.toString());

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.out().lines().filter(line -> !line.startsWith("  ")))
                    .containsExactly(
                            dir.resolve("a/c.json") + ": 1 violation",
                            dir.resolve("a/deeper/d.json") + ": OK",
                            dir.resolve("b.json") + ": OK",
                            "3 files checked: 2 valid, 1 invalid, 1 violation.");
        }

        @Test
        void aFolderNamedLikeAJsonFileIsSearchedNotRead() throws IOException {
            write("data.json/inside.json", SampleDatasets.valid());

            Result result = run("validate", dir.toString());

            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.err()).isEmpty();
            assertThat(result.out()).isEqualTo(dir.resolve("data.json/inside.json") + ": OK\nAll 1 file valid.\n");
        }

        @Test
        void severalArgumentsAreCheckedInTheirOrder() throws IOException {
            Path second = write("z.json", SampleDatasets.valid());
            Path first = write("y.json", SampleDatasets.valid());

            Result result = run("validate", second.toString(), first.toString());

            assertThat(result.exitCode()).isZero();
            assertThat(result.out()).isEqualTo(second + ": OK\n" + first + ": OK\nAll 2 files valid.\n");
        }

        @Test
        void missingPathExitsTwoWithOneLineOnStandardError() {
            Path missing = dir.resolve("missing.json");

            Result result = run("validate", missing.toString());

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.out()).isEmpty();
            assertThat(result.err()).isEqualTo("gcm validate: cannot read " + missing + ": no such file or folder\n");
        }

        @Test
        void folderWithoutJsonExitsTwo() throws IOException {
            write("notes.txt", "nothing to check");

            Result result = run("validate", dir.toString());

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).isEqualTo("gcm validate: no .json or .ndjson file in folder " + dir + "\n");
        }

        @Test
        void dashReadsStandardInput() {
            byte[] json = line(SampleDatasets.endBeforeStart()).getBytes(StandardCharsets.UTF_8);

            Result result = runWithInput(new ByteArrayInputStream(json), "validate", "-");

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.out()).startsWith("<stdin>: 1 violation\n")
                    .contains("  " + SampleDatasets.END_DATE_PATH + "  date.endBeforeStart  ");
        }

        @Test
        void unreadableStandardInputExitsTwo() {
            InputStream broken = new InputStream() {
                @Override
                public int read() throws IOException {
                    throw new IOException("Input/output error");
                }
            };

            Result result = runWithInput(broken, "validate", "-");

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).isEqualTo("gcm validate: cannot read <stdin>: Input/output error\n");
        }
    }

    @Nested
    class Ndjson {

        @Test
        void eachBadLineIsReportedWithItsLineNumber() throws IOException {
            Path file = write("events.ndjson", line(SampleDatasets.event()) + "\n"
                    + "\n"
                    + line(SampleDatasets.eventEndingBeforeStart()) + "\r\n"
                    + "{\"id\": \"x\",\n");

            Result result = run("validate", file.toString());

            assertThat(result.exitCode()).isEqualTo(1);
            List<String> lines = result.out().lines().toList();
            assertThat(lines).hasSize(4);
            assertThat(lines.get(0)).isEqualTo(file + ": 2 violations");
            assertThat(lines.get(1)).isEqualTo("  /2/endDate  date.endBeforeStart  line 3: endDate: end should not be"
                    + " before start 2022-02-28, was 2022-02-27");
            assertThat(lines.get(2)).matches("  /3\\S*  json\\.malformed_json  line 4, column 12: .+");
            assertThat(lines.get(3)).isEqualTo("1 file checked: 0 valid, 1 invalid, 2 violations.");
        }

        @Test
        void kindComesFromTheFileNameAfterAnOptionalPrefix() throws IOException {
            write("data/idm-2022.events.ndjson", line(SampleDatasets.event()) + "\n");
            write("data/event.ndjson", line(SampleDatasets.event()) + "\n");
            write("data/persons.ndjson", line(SampleDatasets.valid().persons().get(0)) + "\n");

            Result result = run("validate", dir.resolve("data").toString());

            assertThat(result.exitCode()).isZero();
            assertThat(result.out()).endsWith("All 3 files valid.\n");
        }

        @Test
        void lineOfAnotherKindIsUnreadable() throws IOException {
            Path file = write("persons.ndjson", line(SampleDatasets.event()) + "\n");

            Result result = run("validate", file.toString());

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.out()).contains("\n  /0/name  json.wrong_type  line 1, column ");
        }

        @Test
        void kindOptionOverridesTheFileName() throws IOException {
            Path file = write("records.ndjson", line(SampleDatasets.event()) + "\n");

            Result result = run("validate", "--kind", "event", file.toString());

            assertThat(result.exitCode()).isZero();
        }

        @Test
        void fileWithoutKindExitsTwoWithAHint() throws IOException {
            Path file = write("records.ndjson", line(SampleDatasets.event()) + "\n");

            Result result = run("validate", file.toString());

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).startsWith("gcm validate: cannot tell the record kind of " + file
                    + ": give --kind, or name the file after the kind (organisations.ndjson, ")
                    .hasLineCount(1);
        }

        @Test
        void standardInputWithKindIsNdjson() {
            byte[] lines = (line(SampleDatasets.event()) + "\n" + line(SampleDatasets.eventEndingBeforeStart()) + "\n")
                    .getBytes(StandardCharsets.UTF_8);

            Result result = runWithInput(new ByteArrayInputStream(lines), "validate", "--kind", "event", "-");

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.out()).contains("  /1/endDate  date.endBeforeStart  line 2: ");
        }
    }

    @Nested
    class JsonFormat {

        @Test
        void hasExactlyTheDocumentedShape() throws IOException {
            Path valid = write("valid.json", SampleDatasets.valid());
            Path invalid = write("dates.json", SampleDatasets.endBeforeStart());

            Result result = run("validate", "--format", "json", valid.toString(), invalid.toString());

            assertThat(result.exitCode()).isEqualTo(1);
            JsonNode root = JsonMapper.builder().build().readTree(result.out());
            assertThat(names(root)).containsExactly("valid", "files");
            assertThat(root.get("valid").isBoolean()).isTrue();
            assertThat(root.get("valid").booleanValue()).isFalse();
            assertThat(root.get("files").size()).isEqualTo(2);

            JsonNode first = root.get("files").get(0);
            assertThat(names(first)).containsExactly("file", "valid", "violations");
            assertThat(first.get("file").stringValue()).isEqualTo(valid.toString());
            assertThat(first.get("valid").booleanValue()).isTrue();
            assertThat(first.get("violations").isArray()).isTrue();
            assertThat(first.get("violations").size()).isZero();

            JsonNode second = root.get("files").get(1);
            assertThat(second.get("file").stringValue()).isEqualTo(invalid.toString());
            assertThat(second.get("valid").booleanValue()).isFalse();
            assertThat(second.get("violations").size()).isEqualTo(1);
            JsonNode violation = second.get("violations").get(0);
            assertThat(names(violation)).containsExactly("path", "code", "message");
            assertThat(violation.get("path").stringValue()).isEqualTo(SampleDatasets.END_DATE_PATH);
            assertThat(violation.get("code").stringValue()).isEqualTo("date.endBeforeStart");
            assertThat(violation.get("message").stringValue())
                    .isEqualTo("endDate: end should not be before start 2022-02-28, was 2022-02-27");
        }

        @Test
        void validWhenEveryFileIsValid() throws IOException {
            Path valid = write("valid.json", SampleDatasets.valid());

            Result result = run("validate", "--format=json", valid.toString());

            assertThat(result.exitCode()).isZero();
            assertThat(JsonMapper.builder().build().readTree(result.out()).get("valid").booleanValue()).isTrue();
        }

        @Test
        void unreadableJsonIsAViolationWithARootPointer() throws IOException {
            Path file = write("blank.json", "   ");

            Result result = run("validate", "--format", "json", file.toString());

            assertThat(result.exitCode()).isEqualTo(1);
            JsonNode violation = JsonMapper.builder().build().readTree(result.out()).get("files").get(0)
                    .get("violations").get(0);
            assertThat(violation.get("path").stringValue()).isEmpty();
            assertThat(violation.get("code").stringValue()).isEqualTo("json.empty_input");
        }

        private List<String> names(JsonNode node) {
            List<String> names = new ArrayList<>();
            node.propertyNames().forEach(names::add);
            return names;
        }
    }

    @Nested
    class Options {

        @Test
        void langFrGivesFrenchMessages() throws IOException {
            Path file = write("dates.json", SampleDatasets.endBeforeStart());

            Result result = run("validate", "--lang", "fr", file.toString());

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.out()).contains("  " + SampleDatasets.END_DATE_PATH
                    + "  date.endBeforeStart  endDate: la fin ne devrait pas précéder le début 2022-02-28");
        }

        @Test
        void langEsGivesSpanishMessages() throws IOException {
            Path file = write("dates.json", SampleDatasets.endBeforeStart());

            Result english = run("validate", file.toString());
            Result spanish = run("validate", "--lang", "es", file.toString());

            assertThat(spanish.out()).contains("date.endBeforeStart").isNotEqualTo(english.out());
        }

        @Test
        void unknownLanguageExitsTwo() throws IOException {
            Path file = write("valid.json", SampleDatasets.valid());

            Result result = run("validate", "--lang", "de", file.toString());

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).isEqualTo(
                    "gcm validate: --lang should be en, fr or es, was 'de' (see 'gcm validate --help')\n");
        }

        @Test
        void unknownFormatAndKindExitTwo() throws IOException {
            Path file = write("valid.json", SampleDatasets.valid());

            assertThat(run("validate", "--format", "xml", file.toString()).exitCode()).isEqualTo(2);
            assertThat(run("validate", "--kind", "planet", file.toString()).err())
                    .startsWith("gcm validate: --kind should be one of organisation, state, person,");
        }

        @Test
        void unknownOptionExitsTwoWithOneLine() {
            Result result = run("validate", "--bogus", "x.json");

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.out()).isEmpty();
            assertThat(result.err()).isEqualTo("gcm validate: Unknown option: '--bogus' (see 'gcm validate --help')\n");
        }

        @Test
        void missingPathArgumentExitsTwo() {
            Result result = run("validate");

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).hasLineCount(1).contains("PATH");
        }

        @Test
        void missingOrUnknownSubcommandExitsTwo() {
            assertThat(run().exitCode()).isEqualTo(2);
            assertThat(run().err()).hasLineCount(1);
            assertThat(run("check", "x.json").exitCode()).isEqualTo(2);
            assertThat(run("check", "x.json").err()).hasLineCount(1);
        }

        @Test
        void helpListsOptionsKindsAndExitCodes() {
            Result result = run("validate", "--help");

            assertThat(result.exitCode()).isZero();
            assertThat(result.out()).contains("Usage: gcm validate", "--format", "--lang", "--kind", "--version",
                    "Exit codes:", "internal error");
            for (RecordKind kind : RecordKind.values()) {
                assertThat(result.out().replaceAll("\\s+", " ")).contains(kind.kindName());
            }
            assertThat(run("--help").out()).contains("Usage: gcm", "validate", "Exit codes:");
            assertThat(run("help", "validate").out()).contains("Usage: gcm validate");
        }

        @Test
        void helpListsTheExitCodesEachCommandCanReturn() {
            String validate = run("validate", "--help").out().replaceAll("\\s+", " ");
            for (ExitCode exitCode : ExitCode.values()) {
                String line = exitCode.code() + " " + ExitCode.helpList(Set.of(exitCode)).get(Integer.toString(exitCode.code()));
                if (exitCode == ExitCode.SAME || exitCode == ExitCode.DIFFERENT) {
                    assertThat(validate).doesNotContain(line);
                    assertThat(run("diff", "--help").out().replaceAll("\\s+", " ")).contains(line);
                } else {
                    assertThat(validate).contains(line);
                }
            }
            for (String command : List.of("export", "schema")) {
                String help = run(command, "--help").out().replaceAll("\\s+", " ");
                assertThat(help).as(command).contains("Exit codes:", "0 success", "2 usage error", "3 internal error")
                        .doesNotContain("1 a file is invalid");
            }
            assertThat(run("convert", "--help").out().replaceAll("\\s+", " ")).as("convert")
                    .contains("Exit codes:", "0 success", "2 usage error", "3 internal error");
            assertThat(run("--help").out().replaceAll("\\s+", " ")).as("gcm")
                    .contains("0 success: every file is valid, or the output is written; the datasets hold the same data (diff)",
                            "1 a file is invalid, or is not readable JSON; the datasets differ (diff)");
        }

        @Test
        void versionPrintsTheProjectVersion() {
            Result result = run("--version");

            assertThat(result.exitCode()).isZero();
            assertThat(result.out()).matches("gcm-reference-data \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
            assertThat(run("validate", "--version").out()).isEqualTo(result.out());
        }

        @Test
        void internalErrorExitsThreeWithOneLine() {
            InputStream failing = new InputStream() {
                @Override
                public int read() {
                    throw new IllegalStateException("boom");
                }
            };

            Result result = runWithInput(failing, "validate", "-");

            assertThat(result.exitCode()).isEqualTo(3);
            assertThat(result.err()).isEqualTo(
                    "gcm: internal error, please report it: java.lang.IllegalStateException: boom\n");
        }
    }

    /** Point 12 of issue 13: a missing or too old dependency is a usage error that names it, not a bug. */
    @Nested
    class MissingDependencies {

        private Result failure(Throwable e) {
            StringWriter err = new StringWriter();
            int exitCode = Main.failure(e, new PrintWriter(err, true));
            return new Result(exitCode, "", err.toString());
        }

        @Test
        void aMissingPicocliClassNamesPicocliAndHowToAddIt() {
            Result result = failure(new NoClassDefFoundError("picocli/CommandLine$ParameterException"));

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).isEqualTo("gcm: picocli is missing (no class picocli.CommandLine$ParameterException):"
                    + " add info.picocli:picocli, an optional dependency of gcm-reference-data"
                    + " (on the module path, also --add-modules info.picocli)\n");
        }

        @Test
        void aMissingJacksonAnnotationIsNotBlamedOnPicocli() {
            Result result = failure(new NoClassDefFoundError("com/fasterxml/jackson/annotation/JsonSerializeAs"));

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).isEqualTo("gcm: no class com.fasterxml.jackson.annotation.JsonSerializeAs:"
                    + " com.fasterxml.jackson.core:jackson-annotations is missing or too old (2.22 or newer is needed)\n")
                    .doesNotContain("picocli");
        }

        @Test
        void anUnknownMissingClassIsNamed() {
            Result result = failure(new NoClassDefFoundError("org/example/Gone"));

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).isEqualTo("gcm: no class org.example.Gone: a dependency of gcm-reference-data is"
                    + " missing or too old\n");
        }

        @Test
        void aClassOfOursThatFailedToInitializeIsABug() {
            Result result = failure(new NoClassDefFoundError("Could not initialize class io.github.gcmdata.json.GcmJson"));

            assertThat(result.exitCode()).isEqualTo(3);
            assertThat(result.err()).startsWith("gcm: internal error, please report it: ");
        }

        @Test
        void aTooOldDependencyIsAUsageErrorWithTheLibrarysMessage() {
            IncompatibleDependencyException tooOld = new IncompatibleDependencyException("jackson-annotations 2.20 is too old");

            assertThat(failure(tooOld)).isEqualTo(new Result(2, "", "gcm: jackson-annotations 2.20 is too old\n"));
            assertThat(failure(new IllegalStateException("Bundled reference data cannot be read", tooOld)))
                    .isEqualTo(new Result(2, "", "gcm: jackson-annotations 2.20 is too old\n"));
        }

        @Test
        void anyOtherExceptionIsABug() {
            assertThat(failure(new IllegalStateException("boom"))).isEqualTo(new Result(3, "",
                    "gcm: internal error, please report it: java.lang.IllegalStateException: boom\n"));
        }
    }
}
