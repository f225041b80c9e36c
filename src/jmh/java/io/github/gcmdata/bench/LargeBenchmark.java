package io.github.gcmdata.bench;

import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.model.Dataset;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The same contenders as {@link ReadWriteBenchmark} at 10^6 records (about 1 GB of JSON), read from
 * files in the page cache: single shots, one warm-up and three measured, because one operation
 * takes seconds. The written dataset is held in memory (about 2.3 GB); writes go to a stream that
 * only counts.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
@State(Scope.Benchmark)
public class LargeBenchmark {

    /** The number of records in the dataset. */
    @Param({"1000000"})
    public int records;

    private DataFiles files;

    /** Generates the files of this size, once for every run. */
    @Setup(Level.Trial)
    public void setUp() {
        files = DataFiles.of(records, DataFiles.DEFAULT_FOLDER);
    }

    /** The records to write, built only for the write benchmarks. */
    @State(Scope.Benchmark)
    public static class Written {
        Dataset dataset;

        /**
         * Reads the dataset to write.
         *
         * @param large  the benchmark's state
         */
        @Setup(Level.Trial)
        public void setUp(LargeBenchmark large) {
            dataset = Fixture.GCM.read(large.files.dataset, Dataset.class);
        }
    }

    /** An output stream that counts and forgets. */
    static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    private InputStream open(java.nio.file.Path file) {
        try {
            return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the dataset file with GcmJson.
     *
     * @return the dataset
     */
    @Benchmark
    public Dataset readGcmJson() {
        return Fixture.GCM.read(files.dataset, Dataset.class);
    }

    /**
     * Reads the same file into the same records with plain Jackson 3.
     *
     * @return the dataset
     */
    @Benchmark
    public Dataset readPlainJackson() {
        return Fixture.PLAIN.readValue(files.dataset, Dataset.class);
    }

    /**
     * Reads every token of the file, building nothing.
     *
     * @return a checksum of the tokens
     */
    @Benchmark
    public long readTokenScan() {
        long checksum = 0;
        try (JsonParser parser = Fixture.PLAIN.createParser(files.dataset)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                checksum += token.ordinal();
            }
        }
        return checksum;
    }

    /**
     * Reads the dataset file element by element with GcmJson, holding none.
     *
     * @param blackhole  receives each element
     */
    @Benchmark
    public void readElementsGcmJson(Blackhole blackhole) {
        Fixture.GCM.readDatasetElements(files.dataset, (pointer, element) -> blackhole.consume(element));
    }

    /**
     * Reads the JSON lines files record by record with GcmJson.
     *
     * @param blackhole  receives each record
     */
    @Benchmark
    public void readLinesGcmJson(Blackhole blackhole) {
        for (int i = 0; i < files.lines.size(); i++) {
            try (var lines = Fixture.GCM.readLines(files.lines.get(i), Fixture.LINE_TYPES.get(i))) {
                lines.forEach(blackhole::consume);
            }
        }
    }

    /**
     * Reads the same files with plain Jackson 3's reader of value sequences.
     *
     * @param blackhole  receives each record
     */
    @Benchmark
    public void readLinesPlainJackson(Blackhole blackhole) {
        for (int i = 0; i < files.lines.size(); i++) {
            try (var values = Fixture.PLAIN.readerFor(Fixture.LINE_TYPES.get(i)).readValues(files.lines.get(i))) {
                while (values.hasNext()) {
                    blackhole.consume(values.next());
                }
            }
        }
    }

    /**
     * Writes the dataset with GcmJson.
     *
     * @param written  the records
     * @return the bytes written
     */
    @Benchmark
    public long writeGcmJson(Written written) {
        Counting out = new Counting();
        GcmJson.standard().write(written.dataset, out);
        return out.count;
    }

    /**
     * Writes the same records with plain Jackson 3.
     *
     * @param written  the records
     * @return the bytes written
     */
    @Benchmark
    public long writePlainJackson(Written written) {
        Counting out = new Counting();
        Fixture.PLAIN.writeValue(out, written.dataset);
        return out.count;
    }
}
