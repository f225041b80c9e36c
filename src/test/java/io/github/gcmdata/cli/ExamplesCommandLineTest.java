package io.github.gcmdata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmdata.ExampleCorruptions;
import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.model.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line finds each defect of a corrupted example at its field, and exits with 1. */
class ExamplesCommandLineTest {

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void reportsEachCorruptedCopyWithPathAndCode(Path example, @TempDir Path folder) throws IOException {
        Dataset dataset = GcmJson.standard().readDataset(example);
        ExampleCorruptions.Corruption dangling = ExampleCorruptions.danglingReference(dataset);
        ExampleCorruptions.Corruption swapped = ExampleCorruptions.swappedDates(dataset);
        Files.writeString(folder.resolve("dangling.json"), GcmJson.pretty().write(dangling.dataset()));
        Files.writeString(folder.resolve("swapped.json"), GcmJson.pretty().write(swapped.dataset()));

        MainTest.Result result = MainTest.run("validate", "--format", "json", folder.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        JsonNode report = JsonMapper.builder().build().readTree(result.out());
        assertThat(report.get("valid").asBoolean()).isFalse();
        assertThat(violations(report, "dangling.json")).contains(dangling.jsonPointer() + " reference.unresolved");
        assertThat(violations(report, "swapped.json")).contains(swapped.jsonPointer() + " date.endBeforeStart");
    }

    private static List<String> violations(JsonNode report, String fileName) {
        for (JsonNode file : report.get("files")) {
            if (file.get("file").asString().endsWith(fileName)) {
                return file.get("violations").valueStream()
                        .map(violation -> violation.get("path").asString() + " " + violation.get("code").asString())
                        .collect(Collectors.toList());
            }
        }
        throw new AssertionError("no report for " + fileName + " in " + report);
    }
}
