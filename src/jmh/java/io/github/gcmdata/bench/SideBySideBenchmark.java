package io.github.gcmdata.bench;

import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.validation.GcmValidator;
import io.github.gcmdata.validation.ValidationReport;
import jakarta.validation.Validator;
import java.io.ByteArrayOutputStream;
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
 * The library against the baseline a user would write without it, side by side in one run on the
 * same bytes and the same records: reading (plain Jackson 3 with its defaults), writing, validating
 * (bare Hibernate Validator on each top-level record, with its own {@code ParameterMessageInterpolator}
 * and nothing of this library) and reading then validating. {@code Report} prints each library
 * figure as a ratio to its baseline's.
 *
 * <p>The dataset is whole (it holds the records its records refer to), so both sides report no
 * violation, and GcmValidator's figure includes the dataset's integrity, which the baseline does not
 * check at all.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@State(Scope.Benchmark)
public class SideBySideBenchmark {

    /** The number of records in the dataset. */
    @Param({"10000", "100000"})
    public int records;

    private byte[] json;
    private Dataset dataset;
    private GcmValidator gcm;
    private Validator bare;
    private ByteArrayOutputStream out;

    /** Generates the dataset and its bytes, builds both validators, and checks both sides agree. */
    @Setup(Level.Trial)
    public void setUp() {
        dataset = SyntheticData.withReferencedRecords(SyntheticData.of(records).dataset());
        json = GcmJson.standard().write(dataset).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out = new ByteArrayOutputStream(json.length + 1024);
        gcm = GcmValidator.create();
        bare = Fixture.bareValidator();
        if (!Fixture.PLAIN.readValue(json, Dataset.class).equals(dataset) || !readGcmJson().equals(dataset)) {
            throw new IllegalStateException("the readers read other records than were written");
        }
        ValidationReport report = readValidateGcm();
        if (!report.isValid() || readValidateBaseline() != 0) {
            throw new IllegalStateException("the generated dataset should be valid: " + report);
        }
        System.out.printf("%n# %d records, %d bytes of JSON%n", records, json.length);
    }

    /**
     * Reads the dataset with GcmJson's strict reader.
     *
     * @return the dataset
     */
    @Benchmark
    public Dataset readGcmJson() {
        return Fixture.GCM.read(json, Dataset.class);
    }

    /**
     * Reads the same bytes into the same records with plain Jackson 3.
     *
     * @return the dataset
     */
    @Benchmark
    public Dataset readPlainJackson() {
        return Fixture.PLAIN.readValue(json, Dataset.class);
    }

    /**
     * Writes the dataset with GcmJson to a stream.
     *
     * @return the bytes written
     */
    @Benchmark
    public int writeGcmJson() {
        out.reset();
        GcmJson.standard().write(dataset, out);
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
        Fixture.PLAIN.writeValue(out, dataset);
        return out.size();
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
        return validateBare(dataset);
    }

    private int validateBare(Dataset records) {
        int violations = 0;
        for (Object record : Fixture.topLevel(records)) {
            violations += bare.validate(record).size();
        }
        return violations;
    }

    /**
     * Reads the dataset with GcmJson and validates it with GcmValidator.
     *
     * @return the report
     */
    @Benchmark
    public ValidationReport readValidateGcm() {
        return gcm.validate(Fixture.GCM.read(json, Dataset.class));
    }

    /**
     * Reads the same bytes with plain Jackson 3 and validates each top-level record with bare
     * Hibernate Validator.
     *
     * @return the number of violations
     */
    @Benchmark
    public int readValidateBaseline() {
        return validateBare(Fixture.PLAIN.readValue(json, Dataset.class));
    }
}
