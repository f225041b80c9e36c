package io.github.gcmdata.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationReportTest {

    private static Violation violation(String path, String code) {
        return new Violation(path, code, "v", "m " + code);
    }

    @Test
    void ordersByPathWithIndicesAsNumbersThenByCode() {
        ValidationReport report = new ValidationReport(List.of(
                violation("/events/10/id", "id.invalid"),
                violation("/events/2/id", "reference.unresolved"),
                violation("/events/2/id", "id.duplicate"),
                violation("/events/2", "date.endBeforeStart"),
                violation("", "text.empty"),
                violation("/documents/0/symbol", "id.duplicate")));
        assertThat(report.violations()).extracting(Violation::jsonPointer, Violation::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("", "text.empty"),
                org.assertj.core.groups.Tuple.tuple("/documents/0/symbol", "id.duplicate"),
                org.assertj.core.groups.Tuple.tuple("/events/2", "date.endBeforeStart"),
                org.assertj.core.groups.Tuple.tuple("/events/2/id", "id.duplicate"),
                org.assertj.core.groups.Tuple.tuple("/events/2/id", "reference.unresolved"),
                org.assertj.core.groups.Tuple.tuple("/events/10/id", "id.invalid"));
    }

    @Test
    void findsViolationsAtOnePath() {
        ValidationReport report = new ValidationReport(List.of(violation("/a", "x"), violation("/a/0", "y")));
        assertThat(report.violationsAt("/a")).extracting(Violation::code).containsExactly("x");
        assertThat(report.violationsAt("/b")).isEmpty();
        assertThat(report.isValid()).isFalse();
    }

    @Test
    void printsOneViolationPerLinePathFirst() {
        ValidationReport report = new ValidationReport(List.of(violation("/b", "y"), violation("/a", "x")));
        assertThat(report.toString()).isEqualTo("/a [x] m x\n/b [y] m y");
        assertThat(new ValidationReport(List.of()).toString()).isEqualTo("no violations");
        assertThat(new ValidationReport(List.of()).isValid()).isTrue();
    }

    @Test
    void isImmutable() {
        ValidationReport report = new ValidationReport(List.of(violation("/a", "x")));
        assertThatThrownBy(() -> report.violations().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void violationRequiresPathCodeAndMessage() {
        assertThatThrownBy(() -> new Violation(null, "c", null, "m")).isInstanceOf(NullPointerException.class);
        assertThat(new Violation("/a", "c", null, "m").invalidValue()).isNull();
    }
}
