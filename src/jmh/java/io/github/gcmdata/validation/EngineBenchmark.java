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
 * {@code GcmValidator.validate(Dataset)} with each engine of the constraints: the plan read from
 * the annotations (the default) against Hibernate Validator's engine running the same validators.
 * In the library's package, to reach the package-private switch without widening the API.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@State(Scope.Benchmark)
public class EngineBenchmark {

    /** The number of records in the dataset. */
    @Param({"10000"})
    public int records;

    private Dataset dataset;
    private GcmValidator planned;
    private GcmValidator hibernate;

    /** Used by JMH. */
    public EngineBenchmark() {
    }

    /** Generates the dataset and checks that both engines find it valid. */
    @Setup(Level.Trial)
    public void setUp() {
        dataset = SyntheticData.withReferencedRecords(SyntheticData.of(records).dataset());
        planned = GcmValidator.create();
        hibernate = planned.withEngine(GcmValidator.Engine.HIBERNATE_VALIDATOR);
        if (!validatePlanned().isValid() || !validateHibernateValidator().isValid()) {
            throw new IllegalStateException("the generated dataset should be valid");
        }
    }

    /**
     * Validates with the plan read from the annotations.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport validatePlanned() {
        return planned.validate(dataset);
    }

    /**
     * Validates with Hibernate Validator's engine.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport validateHibernateValidator() {
        return hibernate.validate(dataset);
    }
}
