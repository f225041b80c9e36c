package io.github.gcmdata.testing;

import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.validation.GcmValidator;
import io.github.gcmdata.validation.ValidationReport;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Dataset}; start them with {@link GcmAssertions#assertThat(Dataset)}.
 *
 * <pre>{@code
 * assertThat(dataset).isValid();
 * assertThat(dataset).usingValidator(GcmValidator.create().withClock(fixedClock)).isValid();
 * assertThat(broken).validationReport().hasViolation("/events/0/endDate", "date.endBeforeStart");
 * }</pre>
 *
 * <p>The dataset is validated with a {@link GcmValidator} shared by every assertion (English
 * messages, the system clock) unless {@link #usingValidator(GcmValidator)} gives another.
 */
// AssertJ is optional, so this module does not require it transitively (see module-info); a
// user's module that uses these assertions requires org.assertj.core itself.
@SuppressWarnings("exports")
public final class DatasetAssert extends AbstractAssert<DatasetAssert, Dataset> {

    /** Initialization-on-demand holder: one validator for every assertion, made on first use. */
    private static final class SharedValidator {
        static final GcmValidator INSTANCE = GcmValidator.create();
    }

    private GcmValidator validator;

    DatasetAssert(Dataset actual) {
        super(actual, DatasetAssert.class);
    }

    /**
     * Validates with another validator from now on, such as one with a fixed clock or French
     * messages.
     *
     * @param validator  the validator, not null
     * @return this assertion, for chaining
     */
    public DatasetAssert usingValidator(GcmValidator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
        return this;
    }

    /**
     * Verifies that the dataset breaks no rule: neither a constraint of its records nor its
     * integrity (unique identifiers, resolved references).
     *
     * @return this assertion, for chaining
     * @throws AssertionError if the dataset is null or has violations; the message lists each one
     */
    public DatasetAssert isValid() {
        isNotNull();
        ValidationReport report = validate();
        if (!report.isValid()) {
            failWithMessage("%s", Reports.expectedValid("dataset " + actual.metadata().id(), report.violations()));
        }
        return this;
    }

    /**
     * Validates the dataset and continues with assertions on the report.
     *
     * @return the assertions on the report, not null
     * @throws AssertionError if the dataset is null
     */
    public ValidationReportAssert validationReport() {
        isNotNull();
        return new ValidationReportAssert(validate());
    }

    private ValidationReport validate() {
        GcmValidator chosen = validator != null ? validator : SharedValidator.INSTANCE;
        return chosen.validate(actual);
    }
}
