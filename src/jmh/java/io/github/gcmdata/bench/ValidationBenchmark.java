package io.github.gcmdata.bench;

import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.validation.GcmValidator;
import io.github.gcmdata.validation.ValidationReport;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
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
 * The cost of {@code GcmValidator.validate(Dataset)} (Bean Validation of every record, converting
 * violations, plus the dataset's integrity) against bare Hibernate Validator validating the same
 * records one by one, built as GcmValidator builds its factory but with Hibernate Validator's
 * {@code ParameterMessageInterpolator} and nothing of this library's.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@State(Scope.Benchmark)
public class ValidationBenchmark {

    /** The number of records in the dataset. */
    @Param({"1000", "10000", "100000"})
    public int records;

    private Dataset dataset;
    /** The metadata and every top-level record of the dataset, in order. */
    private List<Object> topLevel;
    private GcmValidator gcm;
    private Validator bare;

    /** Generates the dataset and builds both validators, and checks the dataset is valid. */
    @Setup(Level.Trial)
    public void setUp() {
        // With the organisations its records refer to, so that its integrity holds.
        dataset = SyntheticData.withReferencedRecords(SyntheticData.of(records).dataset());
        topLevel = Fixture.topLevel(dataset);
        gcm = GcmValidator.create();
        bare = Fixture.bareValidator();
        ValidationReport report = gcm.validate(dataset);
        if (!report.isValid() || validateBare() != 0) {
            throw new IllegalStateException("the generated dataset should be valid: " + report);
        }
    }

    /**
     * Validates the dataset with GcmValidator: constraints and integrity.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport validateGcm() {
        return gcm.validate(dataset);
    }

    /**
     * Validates each top-level record with bare Hibernate Validator.
     *
     * @return the number of violations
     */
    @Benchmark
    public int validateBare() {
        int violations = 0;
        for (Object record : topLevel) {
            violations += bare.validate(record).size();
        }
        return violations;
    }
}
