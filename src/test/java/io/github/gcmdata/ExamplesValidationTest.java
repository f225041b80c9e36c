package io.github.gcmdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.reference.ReferenceData;
import io.github.gcmdata.testing.GcmAssertions;
import io.github.gcmdata.validation.GcmValidator;
import io.github.gcmdata.validation.ValidationReport;
import io.github.gcmdata.validation.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled datasets are valid, and a corrupted copy of each is caught at the right place. */
class ExamplesValidationTest {

    private static final GcmValidator VALIDATOR = GcmValidator.create();

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleIsValid(Path example) {
        ValidationReport report = VALIDATOR.validate(GcmJson.standard().readDataset(example));

        assertThat(report.violations()).as(report.toString()).isEmpty();
    }

    @Test
    void theReferenceDataIsValid() {
        ValidationReport report = VALIDATOR.validate(ReferenceData.dataset());

        assertThat(report.violations()).as(report.toString()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void aDanglingReferenceInEachExampleIsReportedAtItsField(Path example) {
        Dataset dataset = GcmJson.standard().readDataset(example);
        ExampleCorruptions.Corruption corruption = ExampleCorruptions.danglingReference(dataset);

        assertThat(VALIDATOR.validate(corruption.dataset()).violations())
                .extracting(Violation::path, Violation::code)
                .contains(tuple(corruption.path(), "reference.unresolved"));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void swappedDatesInEachExampleAreReportedAtTheEnd(Path example) {
        Dataset dataset = GcmJson.standard().readDataset(example);
        ExampleCorruptions.Corruption corruption = ExampleCorruptions.swappedDates(dataset);

        assertThat(VALIDATOR.validate(corruption.dataset()).violations())
                .extracting(Violation::path, Violation::code)
                .contains(tuple(corruption.path(), "date.endBeforeStart"));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theAssertionsReportEachCorruptionAtItsField(Path example) {
        Dataset dataset = GcmJson.standard().readDataset(example);
        ExampleCorruptions.Corruption dangling = ExampleCorruptions.danglingReference(dataset);
        ExampleCorruptions.Corruption swapped = ExampleCorruptions.swappedDates(dataset);

        GcmAssertions.assertThat(dataset).isValid();
        GcmAssertions.assertThat(VALIDATOR.validate(dangling.dataset())).hasViolation(dangling.path(), "reference.unresolved");
        GcmAssertions.assertThat(VALIDATOR.validate(swapped.dataset())).hasViolation(swapped.path(), "date.endBeforeStart");
        assertThatThrownBy(() -> GcmAssertions.assertThat(dangling.dataset()).isValid())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(dangling.path() + "  reference.unresolved");
    }

    @Test
    void aWrongIsbnCheckDigitIsReportedAtTheIsbn() {
        Dataset dataset = GcmJson.standard().readDataset(Path.of("examples", "idm-no-28.json"));
        String digits = dataset.publications().get(0).editions().get(0).isbns().get(0).isbn().digits();
        ExampleCorruptions.Corruption corruption = ExampleCorruptions.wrongIsbnCheckDigit(dataset);

        ValidationReport report = VALIDATOR.validate(corruption.dataset());

        assertThat(report.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.path()).isEqualTo(corruption.path());
            assertThat(violation.code()).isEqualTo("isbn.checksum");
            assertThat(violation.message()).contains(String.valueOf(digits.charAt(12)));
        });
    }
}
