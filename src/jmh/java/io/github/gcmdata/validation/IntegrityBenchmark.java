package io.github.gcmdata.validation;

import io.github.gcmdata.bench.SyntheticData;
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

/**
 * The dataset integrity check alone (unique identifiers, resolved references), without Bean
 * Validation: in the library's package, so that it can call the package-private {@code
 * DatasetIntegrity} without widening the library's API. Run 10^6 as single shots:
 * {@code -p records=1000000 -bm ss -wi 1 -i 3}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@State(Scope.Benchmark)
public class IntegrityBenchmark {

    /** The number of records in the dataset. */
    @Param({"1000", "10000", "100000", "1000000"})
    public int records;

    private Dataset dataset;

    /** Used by JMH. */
    public IntegrityBenchmark() {
    }

    /** Generates the dataset. */
    @Setup(Level.Trial)
    public void setUp() {
        // With the organisations its records refer to, so that its integrity holds.
        dataset = SyntheticData.withReferencedRecords(SyntheticData.of(records).dataset());
        if (integrity() != 0) {
            throw new IllegalStateException("the generated dataset should be whole");
        }
    }

    /**
     * Feeds every record to a new {@code DatasetIntegrity} and resolves the references.
     *
     * @return the number of problems (none)
     */
    @Benchmark
    public int integrity() {
        DatasetIntegrity integrity = new DatasetIntegrity(DatasetIntegrity.Resolver.NONE);
        integrity.accept(dataset);
        return integrity.finish().size();
    }
}
