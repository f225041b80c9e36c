package io.github.gcmdata.bench;

import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.model.Dataset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where GcmJson's reading time goes beyond plain Jackson 3: plain Jackson with one of GcmJson's
 * strict settings at a time, on the same bytes. Used to explain the read ratio, not as a target.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@State(Scope.Benchmark)
public class StrictnessCostBenchmark {

    private static final ObjectMapper DUPLICATES = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper UNKNOWN = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final ObjectMapper TRAILING = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /** The number of records in the dataset. */
    @Param({"10000"})
    public int records;

    private Fixture fixture;

    /** Generates the dataset of this size. */
    @Setup(Level.Trial)
    public void setUp() {
        fixture = new Fixture(records, false);
    }

    /**
     * Plain Jackson 3 with its defaults.
     *
     * @return the dataset
     */
    @Benchmark
    public Dataset plain() {
        return Fixture.PLAIN.readValue(fixture.json, Dataset.class);
    }

    /**
     * Plain Jackson 3 that rejects a property given twice in one object.
     *
     * @return the dataset
     */
    @Benchmark
    public Dataset plainRejectingDuplicates() {
        return DUPLICATES.readValue(fixture.json, Dataset.class);
    }

    /**
     * Plain Jackson 3 that rejects unknown properties.
     *
     * @return the dataset
     */
    @Benchmark
    public Dataset plainRejectingUnknown() {
        return UNKNOWN.readValue(fixture.json, Dataset.class);
    }

    /**
     * Plain Jackson 3 that rejects content after the document.
     *
     * @return the dataset
     */
    @Benchmark
    public Dataset plainRejectingTrailing() {
        return TRAILING.readValue(fixture.json, Dataset.class);
    }

    /**
     * GcmJson, with every strict setting.
     *
     * @return the dataset
     */
    @Benchmark
    public Dataset gcmJson() {
        return Fixture.GCM.read(fixture.json, Dataset.class);
    }
}
