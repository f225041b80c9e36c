package io.github.gcmdata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmdata.citation.BibTex;
import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.jsonld.JsonLdWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code gcm convert}: every format from the examples, the same bytes twice, and clear refusals. */
class ConvertCommandTest {

    private static final String IDM_NO_28 = "examples/idm-no-28.json";
    private static final String IDM_2022 = "examples/idm-2022-first-session.json";

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"jsonld, examples/idm-no-28.json", "ics, examples/idm-2022-first-session.json",
            "csl, examples/idm-no-28.json", "bibtex, examples/scenarios-tomorrows-world.json", "ris, examples/idm-no-28.json"})
    void writesTheSameBytesOnEveryRun(String format, String file) {
        MainTest.Result first = MainTest.run("convert", "--to", format, file);
        MainTest.Result second = MainTest.run("convert", "--to", format, file);

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(first.out()).isNotEmpty().isEqualTo(second.out());
    }

    @Test
    void writesOneRecordAtomicallyToAFile() throws Exception {
        Path out = Files.writeString(dir.resolve("idm.bib"), "old content");

        MainTest.Result result = MainTest.run("convert", "--to", "bibtex", IDM_NO_28, "--id", "idm-no-28", "--out", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(Files.readString(out)).isEqualTo(BibTex.write(GcmJson.standard().readDataset(Path.of(IDM_NO_28)), "idm-no-28"));
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void writesTheRecordedVoteOfTheReferenceDataAsAnEventAboutTheResolution() {
        MainTest.Result result = MainTest.run("convert", "--to", "jsonld",
                "src/main/resources/io/github/gcmdata/reference/gcm-reference-data.json", "--id", "a-res-73-195-recorded-vote");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("\"@type\": \"Event\"", "\"startDate\": \"2018-12-19\"",
                "/document/A", "/organisation/un-general-assembly");
    }

    @Test
    void refusesACalendarOfAPublicationWithExitCode2() {
        MainTest.Result result = MainTest.run("convert", "--to", "ics", IDM_NO_28, "--id", "idm-no-28");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("gcm convert: ics holds events with full dates, and the record 'idm-no-28' of "
                + Path.of(IDM_NO_28) + " is a publication\n");
    }

    @Test
    void refusesCitationsOfAFileWithoutPublicationsAndEventsKnownOnlyToTheYear() {
        MainTest.Result citations = MainTest.run("convert", "--to", "ris", IDM_2022);
        MainTest.Result year = MainTest.run("convert", "--to", "ics", IDM_NO_28, "--id", "idm-2017");
        MainTest.Result unknown = MainTest.run("convert", "--to", "jsonld", IDM_NO_28, "--id", "nobody");

        assertThat(citations.exitCode()).isEqualTo(2);
        assertThat(citations.err()).isEqualTo("gcm convert: ris holds publications, and " + Path.of(IDM_2022) + " has none\n");
        assertThat(year.exitCode()).isEqualTo(2);
        assertThat(year.err()).isEqualTo("gcm convert: ics holds events with full dates, and the event 'idm-2017' is"
                + " known only from 2017\n");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("gcm convert: " + Path.of(IDM_NO_28) + " has no record with the id 'nobody'\n");
    }

    @Test
    void reportsUsageErrorsAndUnreadableInputInOneLine() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"metadata\": ");

        MainTest.Result format = MainTest.run("convert", "--to", "docx", IDM_NO_28);
        MainTest.Result missing = MainTest.run("convert", "--to", "csl", dir.resolve("missing.json").toString());
        MainTest.Result invalid = MainTest.run("convert", "--to", "csl", broken.toString());

        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).startsWith("gcm convert: --to should be one of jsonld|ics|csl|bibtex|ris, was 'docx'");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).endsWith("missing.json: no such file or folder\n");
        assertThat(invalid.exitCode()).isEqualTo(1);
        assertThat(invalid.err()).startsWith("gcm convert: " + broken + " is not a readable dataset: ").doesNotContain("\tat ");
    }

    @Test
    void writesTextsInTheLanguageAskedAndIrisUnderTheBaseGiven() {
        MainTest.Result result = MainTest.run("convert", "--to", "jsonld", IDM_NO_28, "--lang", "fr",
                "--base", "https://example.org/id/");

        JsonLdWriter writer = JsonLdWriter.builder().language(LanguageTag.parse("fr"))
                .base(URI.create("https://example.org/id/")).build();
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo(writer.write(GcmJson.standard().readDataset(Path.of(IDM_NO_28))))
                .contains("https://example.org/id/");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        --lang | de                      | --lang should be en, fr or es, was 'de'
        --base | https://example.org/id  | --base should be an absolute IRI ending with '/', was 'https://example.org/id'
        --base | id/                     | --base should be an absolute IRI ending with '/', was 'id/'
        """)
    void refusesALanguageOrABaseItCannotUseWithExitCode2(String option, String value, String reason) {
        MainTest.Result result = MainTest.run("convert", "--to", "jsonld", IDM_NO_28, option, value);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("gcm convert: " + reason);
    }

    @Test
    void namesWhereAndWhyADatasetIsUnreadable() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"metadata\": {\"id\": 5}}");

        MainTest.Result result = MainTest.run("convert", "--to", "csl", broken.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("gcm convert: " + broken + " is not a readable dataset: /metadata/id"
                + " (line 1, column 21): expected text, found the number 5\n");
    }

    @Test
    void reportsAnOutputFileItCannotWriteWithExitCode2() throws Exception {
        Path noFolder = dir.resolve("missing/idm.bib");
        Path folder = Files.createDirectories(dir.resolve("folder.bib"));
        Files.writeString(folder.resolve("inside.txt"), "a folder that is not empty");

        MainTest.Result missing = MainTest.run("convert", "--to", "bibtex", IDM_NO_28, "--out", noFolder.toString());
        MainTest.Result notAFile = MainTest.run("convert", "--to", "bibtex", IDM_NO_28, "--out", folder.toString());

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("gcm convert: cannot write " + noFolder + ": no such file or folder\n");
        assertThat(notAFile.exitCode()).isEqualTo(2);
        // The file system's own reason, in one line: no Java class name, no stack trace.
        String prefix = "gcm convert: cannot write " + folder + ": ";
        assertThat(notAFile.err()).startsWith(prefix).endsWith("\n").hasLineCount(1);
        assertThat(notAFile.err().substring(prefix.length())).isNotBlank().doesNotContain("Exception");
        assertThat(Files.readString(folder.resolve("inside.txt"))).isEqualTo("a folder that is not empty");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(folder);
        }
    }
}
