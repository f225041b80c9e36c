package io.github.gcmdata.testing;

import io.github.gcmdata.validation.ValidationReport;
import io.github.gcmdata.validation.Violation;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link ValidationReport}; start them with
 * {@link GcmAssertions#assertThat(ValidationReport)}.
 *
 * <pre>{@code
 * assertThat(GcmValidator.create().validate(dataset))
 *         .hasViolation("/publications/0/editions/0/isbns/0/isbn", "isbn.checksum")
 *         .hasNoViolationAt("/publications/0/name")
 *         .hasViolationCount(1);
 * }</pre>
 *
 * <p>Paths are JSON Pointers as {@link Violation#path()} gives them, compared exactly; codes are
 * the stable codes listed in {@link Violation}.
 */
// AssertJ is optional, so this module does not require it transitively (see module-info); a
// user's module that uses these assertions requires org.assertj.core itself.
@SuppressWarnings("exports")
public final class ValidationReportAssert extends AbstractAssert<ValidationReportAssert, ValidationReport> {

    ValidationReportAssert(ValidationReport actual) {
        super(actual, ValidationReportAssert.class);
    }

    /**
     * Verifies that the report holds no violation.
     *
     * @return this assertion, for chaining
     * @throws AssertionError if the report is null or holds a violation; the message lists each one
     */
    public ValidationReportAssert isValid() {
        isNotNull();
        if (!actual.isValid()) {
            failWithMessage("%s", Reports.expectedValid("report", actual.violations()));
        }
        return this;
    }

    /**
     * Verifies that the report holds a violation with this code at exactly this path.
     *
     * @param path  the JSON Pointer, such as {@code /events/0/endDate}, not null
     * @param code  the code, such as {@code date.endBeforeStart}, not null
     * @return this assertion, for chaining
     * @throws AssertionError if the report is null or holds no such violation; the message lists
     *     the violations it holds
     */
    public ValidationReportAssert hasViolation(String path, String code) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        isNotNull();
        boolean found = actual.violationsAt(path).stream().anyMatch(v -> v.code().equals(code));
        if (!found) {
            failWithMessage("%s", "Expecting a violation " + code + " at " + Reports.path(path) + " but "
                    + Reports.found(actual.violations()));
        }
        return this;
    }

    /**
     * Verifies that the report holds no violation at exactly this path (violations below it, at
     * longer paths, do not count).
     *
     * @param path  the JSON Pointer, such as {@code /events/0/startDate}, not null
     * @return this assertion, for chaining
     * @throws AssertionError if the report is null or holds a violation at the path; the message
     *     lists those violations
     */
    public ValidationReportAssert hasNoViolationAt(String path) {
        Objects.requireNonNull(path, "path");
        isNotNull();
        List<Violation> there = actual.violationsAt(path);
        if (!there.isEmpty()) {
            failWithMessage("%s", "Expecting no violation at " + Reports.path(path) + " but " + Reports.found(there));
        }
        return this;
    }

    /**
     * Verifies how many violations the report holds.
     *
     * @param expected  the number of violations, 0 or more
     * @return this assertion, for chaining
     * @throws AssertionError if the report is null or holds another number of violations; the
     *     message lists them
     */
    public ValidationReportAssert hasViolationCount(int expected) {
        isNotNull();
        if (actual.violations().size() != expected) {
            failWithMessage("%s", "Expecting " + Reports.count(expected) + " but " + Reports.found(actual.violations()));
        }
        return this;
    }
}
