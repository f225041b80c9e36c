package io.github.gcmdata.testing;

import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.validation.ValidationReport;

/**
 * The entry point of the GCM assertions for AssertJ: one {@code assertThat} per type.
 *
 * <pre>{@code
 * import static io.github.gcmdata.testing.GcmAssertions.assertThat;
 *
 * assertThat(dataset).isValid();
 *
 * ValidationReport report = GcmValidator.create().validate(broken);
 * assertThat(report)
 *         .hasViolation("/events/0/endDate", "date.endBeforeStart")
 *         .hasNoViolationAt("/events/0/startDate")
 *         .hasViolationCount(1);
 * }</pre>
 *
 * <p>The overloads live beside AssertJ's own: a test may statically import both
 * {@code org.assertj.core.api.Assertions.assertThat} and this class's {@code assertThat}, and the
 * compiler picks these for a {@link Dataset} or a {@link ValidationReport}.
 *
 * <p>On failure, the message lists every violation, one per line, JSON Pointer first:
 * {@code /events/0/endDate  date.endBeforeStart  endDate: end should not be before start
 * 2022-02-28, was 2022-02-27}.
 */
public final class GcmAssertions {

    private GcmAssertions() {
    }

    /**
     * Starts assertions on a dataset, which is validated by a shared English
     * {@code GcmValidator} when an assertion needs it.
     *
     * @param actual  the dataset, may be null (every assertion then fails)
     * @return the assertions, not null
     */
    public static DatasetAssert assertThat(Dataset actual) {
        return new DatasetAssert(actual);
    }

    /**
     * Starts assertions on a validation report.
     *
     * @param actual  the report, may be null (every assertion then fails)
     * @return the assertions, not null
     */
    public static ValidationReportAssert assertThat(ValidationReport actual) {
        return new ValidationReportAssert(actual);
    }
}
