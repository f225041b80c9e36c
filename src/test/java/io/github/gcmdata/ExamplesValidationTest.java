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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
                .extracting(Violation::jsonPointer, Violation::code)
                .contains(tuple(corruption.jsonPointer(), "reference.unresolved"));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void swappedDatesInEachExampleAreReportedAtTheEnd(Path example) {
        Dataset dataset = GcmJson.standard().readDataset(example);
        ExampleCorruptions.Corruption corruption = ExampleCorruptions.swappedDates(dataset);

        assertThat(VALIDATOR.validate(corruption.dataset()).violations())
                .extracting(Violation::jsonPointer, Violation::code)
                .contains(tuple(corruption.jsonPointer(), "date.endBeforeStart"));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theAssertionsReportEachCorruptionAtItsField(Path example) {
        Dataset dataset = GcmJson.standard().readDataset(example);
        ExampleCorruptions.Corruption dangling = ExampleCorruptions.danglingReference(dataset);
        ExampleCorruptions.Corruption swapped = ExampleCorruptions.swappedDates(dataset);

        GcmAssertions.assertThat(dataset).isValid();
        GcmAssertions.assertThat(VALIDATOR.validate(dangling.dataset())).hasViolation(dangling.jsonPointer(), "reference.unresolved");
        GcmAssertions.assertThat(VALIDATOR.validate(swapped.dataset())).hasViolation(swapped.jsonPointer(), "date.endBeforeStart");
        assertThatThrownBy(() -> GcmAssertions.assertThat(dangling.dataset()).isValid())
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(dangling.jsonPointer() + "  reference.unresolved");
    }

    @Test
    void aWrongIsbnCheckDigitIsReportedAtTheIsbn() {
        Dataset dataset = GcmJson.standard().readDataset(Path.of("examples", "idm-no-28.json"));
        String digits = dataset.publications().get(0).editions().get(0).isbns().get(0).isbn().digits();
        ExampleCorruptions.Corruption corruption = ExampleCorruptions.wrongIsbnCheckDigit(dataset);

        ValidationReport report = VALIDATOR.validate(corruption.dataset());

        assertThat(report.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.jsonPointer()).isEqualTo(corruption.jsonPointer());
            assertThat(violation.code()).isEqualTo("isbn.checksum");
            assertThat(violation.message()).contains(String.valueOf(digits.charAt(12)));
        });
    }

    /**
     * The whole pipeline shared between threads: eight threads read every example and a corrupted
     * copy of each with one GcmJson, validate them with one GcmValidator and write them, and get
     * byte for byte what one thread gets.
     */
    @Test
    void eightThreadsSharingOneReaderAndOneValidatorGetWhatOneThreadGets() throws Exception {
        GcmJson json = GcmJson.pretty();
        GcmValidator validator = GcmValidator.create(Locale.FRENCH);
        List<byte[]> inputs = new ArrayList<>();
        for (Path example : examples()) {
            Dataset dataset = json.readDataset(example);
            inputs.add(Files.readAllBytes(example));
            inputs.add(json.write(ExampleCorruptions.danglingReference(dataset).dataset()).getBytes(StandardCharsets.UTF_8));
            inputs.add(json.write(ExampleCorruptions.swappedDates(dataset).dataset()).getBytes(StandardCharsets.UTF_8));
        }
        List<String> alone = new ArrayList<>();
        for (byte[] input : inputs) {
            alone.add(pipeline(json, validator, input));
        }
        assertThat(alone).filteredOn(outcome -> outcome.startsWith("[]")).hasSize(examples().size());

        int threads = 8;
        int rounds = 3;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                int offset = thread;
                Callable<List<String>> task = () -> {
                    start.await();
                    List<String> outcomes = new ArrayList<>(java.util.Collections.nCopies(inputs.size(), (String) null));
                    for (int round = 0; round < rounds; round++) {
                        // Each thread starts at another input, so that different work overlaps.
                        for (int i = 0; i < inputs.size(); i++) {
                            int index = (i + offset) % inputs.size();
                            String outcome = pipeline(json, validator, inputs.get(index));
                            if (outcomes.get(index) != null && !outcomes.get(index).equals(outcome)) {
                                return List.of("round " + round + " differs for input " + index);
                            }
                            outcomes.set(index, outcome);
                        }
                    }
                    return outcomes;
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            for (Future<List<String>> result : results) {
                assertThat(result.get(2, TimeUnit.MINUTES)).isEqualTo(alone);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reads, validates and writes: the report, then the JSON written. */
    private static String pipeline(GcmJson json, GcmValidator validator, byte[] input) {
        Dataset dataset = json.read(input, Dataset.class);
        ValidationReport report = validator.validate(dataset);
        return report.violations() + "\n" + json.write(dataset);
    }
}
