package io.github.gcmdata.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.gcmdata.model.Dataset;
import java.time.Duration;

/**
 * Coverage-guided fuzzing of {@link GcmJson#read(byte[], Class)} with Jazzer.
 *
 * <p>In a normal build each {@code @FuzzTest} only replays its inputs under
 * {@code src/test/resources/io/github/gcmdata/json/GcmJsonFuzzTestInputs/<method>/}: the seeds and
 * every finding kept as a regression input. To fuzz, see "Fuzzing" in the README.
 */
class GcmJsonFuzzTest {

    private static final GcmJson JSON = GcmJson.standard();
    /**
     * The longest one input may take. Not a JUnit {@code @Timeout}: JUnit would apply that to the
     * whole fuzzing run, which is one invocation of the test.
     */
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    /**
     * Any bytes end in a dataset or in a {@link GcmJsonException} that names a problem and a place;
     * any other exception, ten seconds for one input, or a stack overflow is a finding. A dataset
     * that was read writes, and reads back equal.
     */
    @FuzzTest(maxDuration = "10m")
    @DictionaryEntries({"\"metadata\"", "\"id\"", "\"name\"", "\"en\"", "\"events\"", "\"publications\"",
        "\"persons\"", "\"organisations\"", "\"memberships\"", "\"kind\"", "\"startDate\"", "\"agenda\"",
        "\"items\"", "\"startTime\"", "\"endTime\"", "\"tableOfContents\"", "\"entries\"", "\"editions\"",
        "\"inLanguage\"", "\"isbns\"", "\"isbn\"", "\"issn\"", "\"participantCount\"", "\"value\"",
        "\"precision\"", "\"timeZone\"", "\"relatedObjectives\"", "\"workshop\"", "\"panel\"", "\"exact\"",
        "\"2022-02-20\"", "\"09:00\"", "\"units\"", "\\u", "\\ud800", "null", "true", "1e9"})
    void readDataset(byte[] input) {
        long start = System.nanoTime();
        try {
            Dataset dataset = JSON.read(input, Dataset.class);
            String written = JSON.write(dataset);
            assertThat(JSON.readDataset(written)).isEqualTo(dataset);
        } catch (GcmJsonException e) {
            assertThat(e.problem()).isNotNull();
            assertThat(e.jsonPointer()).isNotNull();
            assertThat(e.reason()).isNotBlank();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(PATIENCE);
    }
}
