package io.github.gcmdata.bench;

import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.model.Dataset;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading and writing a whole synthetic dataset: GcmJson against plain Jackson 3 on the same bytes
 * and records, with a token scan as the ceiling, at 10^3, 10^4 and 10^5 records.
 *
 * <p>Every contender runs with the same fork, warm-up and measurement settings, so the ratios hold
 * even where the absolute times move with the load of the machine.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@State(Scope.Benchmark)
public class ReadWriteBenchmark {

    /** The number of records in the dataset. */
    @Param({"1000", "10000", "100000"})
    public int records;

    private Fixture fixture;
    private ByteArrayOutputStream out;

    /** Generates the dataset of this size. */
    @Setup(Level.Trial)
    public void setUp() {
        fixture = new Fixture(records, true);
        out = new ByteArrayOutputStream(fixture.json.length + 1024);
    }

    /**
     * Reads the dataset with GcmJson's strict reader.
     *
     * @return the dataset
     */
    @Benchmark
    public Dataset readGcmJson() {
        return Fixture.GCM.read(fixture.json, Dataset.class);
    }

    /**
     * Reads the same bytes into the same records with plain Jackson 3.
     *
     * @return the dataset
     */
    @Benchmark
    public Dataset readPlainJackson() {
        return Fixture.PLAIN.readValue(fixture.json, Dataset.class);
    }

    /**
     * Reads every token of the same bytes, building nothing: the ceiling.
     *
     * @return a checksum of the tokens
     */
    @Benchmark
    public long readTokenScan() {
        return Fixture.scanTokens(fixture.json);
    }

    /**
     * Reads the dataset from a String with GcmJson, which encodes it to UTF-8 first.
     *
     * @return the dataset
     */
    @Benchmark
    public Dataset readStringGcmJson() {
        return Fixture.GCM.read(fixture.jsonText, Dataset.class);
    }

    /**
     * Reads the dataset from a String with plain Jackson 3, which parses the characters.
     *
     * @return the dataset
     */
    @Benchmark
    public Dataset readStringPlainJackson() {
        return Fixture.PLAIN.readValue(fixture.jsonText, Dataset.class);
    }

    /**
     * Reads the dataset element by element with GcmJson's streaming reader, holding none.
     *
     * @param blackhole  receives each element
     */
    @Benchmark
    public void readElementsGcmJson(Blackhole blackhole) {
        Fixture.GCM.readDatasetElements(new ByteArrayInputStream(fixture.json),
                (pointer, element) -> blackhole.consume(element));
    }

    /**
     * Reads the JSON lines record by record with GcmJson.
     *
     * @param blackhole  receives each record
     */
    @Benchmark
    public void readLinesGcmJson(Blackhole blackhole) {
        for (int i = 0; i < fixture.lines.length; i++) {
            Fixture.GCM.readLines(new ByteArrayInputStream(fixture.lines[i]), Fixture.LINE_TYPES.get(i))
                    .forEach(blackhole::consume);
        }
    }

    /**
     * Reads the same JSON lines with plain Jackson 3's reader of value sequences.
     *
     * @param blackhole  receives each record
     */
    @Benchmark
    public void readLinesPlainJackson(Blackhole blackhole) {
        for (int i = 0; i < fixture.lines.length; i++) {
            Fixture.readPlainLines(fixture.lines[i], Fixture.LINE_TYPES.get(i), blackhole::consume);
        }
    }

    /**
     * Writes the dataset with GcmJson to a stream.
     *
     * @return the bytes written
     */
    @Benchmark
    public int writeGcmJson() {
        out.reset();
        GcmJson.standard().write(fixture.dataset, out);
        return out.size();
    }

    /**
     * Writes the same records with plain Jackson 3 to a stream.
     *
     * @return the bytes written
     */
    @Benchmark
    public int writePlainJackson() {
        out.reset();
        Fixture.PLAIN.writeValue(out, fixture.dataset);
        return out.size();
    }

    /**
     * Writes the dataset with GcmJson as a String.
     *
     * @return the JSON
     */
    @Benchmark
    public String writeStringGcmJson() {
        return GcmJson.standard().write(fixture.dataset);
    }

    /**
     * Writes the same records with plain Jackson 3 as a String.
     *
     * @return the JSON
     */
    @Benchmark
    public String writeStringPlainJackson() {
        return Fixture.PLAIN.writeValueAsString(fixture.dataset);
    }
}
