package io.github.gcmdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.validation.GcmValidator;
import io.github.gcmdata.validation.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files of the format 0.1 keep reading, validating and writing as they did: a frozen copy of the
 * five examples as the first release shipped them. The examples in {@code examples/} may gain the
 * fields of later editions; these copies never change, so a later edition that cannot read them,
 * reads them into other records, or finds them invalid breaks its users' files.
 */
class FormatCompatibilityTest {

    private static final Path FROZEN = Path.of("src/test/resources/io/github/gcmdata/format-0.1");
    private static final GcmValidator VALIDATOR = GcmValidator.create();

    static List<Path> frozenExamples() throws IOException {
        try (Stream<Path> files = Files.list(FROZEN)) {
            return files.sorted().collect(Collectors.toList());
        }
    }

    @Test
    void theFrozenCopyHoldsTheFiveExamplesOfTheFirstRelease() throws IOException {
        assertThat(frozenExamples()).extracting(file -> file.getFileName().toString()).containsExactly(
                "idm-2022-first-session.json",
                "idm-no-28.json",
                "migration-governance-side-event-2017.json",
                "research-leaders-syndicate.json",
                "scenarios-tomorrows-world.json");
    }

    @ParameterizedTest
    @MethodSource("frozenExamples")
    void readsValidatesCleanAndWritesBackToTheSameBytes(Path file) throws IOException {
        byte[] frozen = Files.readAllBytes(file);

        Dataset dataset = GcmJson.standard().readDataset(file);
        ValidationReport report = VALIDATOR.validate(dataset);
        byte[] written = GcmJson.pretty().write(dataset).getBytes(StandardCharsets.UTF_8);

        assertThat(report.violations()).as(report.toString()).isEmpty();
        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(new String(frozen, StandardCharsets.UTF_8));
        assertThat(written).isEqualTo(frozen);
    }
}
