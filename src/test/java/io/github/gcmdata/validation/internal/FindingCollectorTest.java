package io.github.gcmdata.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gcmdata.validation.ViolationCode;
import jakarta.validation.ClockProvider;
import jakarta.validation.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.junit.jupiter.api.Test;

/** The context RecordValidator gives the validators: it collects findings, one constraint at a time. */
class FindingCollectorTest {

    private final ClockProvider clock = () -> Clock.fixed(Instant.parse("2026-06-15T12:00:00Z"), ZoneOffset.UTC);
    private final FindingCollector collector = new FindingCollector(clock);
    private final Finding blank = Finding.of(ViolationCode.TEXT_BLANK, "\" \"");
    private final Finding zero = Finding.of(ViolationCode.NUMBER_NOT_POSITIVE, 0);

    @Test
    void keepsTheFindingsOfOneConstraintInTheOrderReported() {
        collector.start("");
        collector.collect(List.of(blank));
        collector.collect(List.of(zero));

        assertThat(collector.findings()).containsExactly(blank, zero);
    }

    @Test
    void forgetsTheFindingsAndTheDisabledDefaultOfTheConstraintBefore() {
        collector.start("");
        collector.collect(List.of(blank));
        collector.disableDefaultConstraintViolation();
        assertThat(collector.defaultDisabled()).isTrue();

        collector.start("{gcm.number.notPositive}");

        assertThat(collector.findings()).isEmpty();
        assertThat(collector.defaultDisabled()).isFalse();
        assertThat(collector.getDefaultConstraintMessageTemplate()).isEqualTo("{gcm.number.notPositive}");
    }

    @Test
    void givesTheValidatorsTheClockOfTheValidation() {
        assertThat(collector.getClockProvider()).isSameAs(clock);
    }

    @Test
    void refusesAViolationBuiltByHandAndNamesIt() {
        collector.start("");

        assertThatThrownBy(() -> collector.buildConstraintViolationWithTemplate("{gcm.text.blank}"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Finding.reportAll")
                .hasMessageContaining("{gcm.text.blank}");
    }

    @Test
    void unwrapsToItselfOnlySoThatAValidatorExpectingHibernateValidatorsContextFailsLoudly() {
        assertThat(collector.unwrap(FindingCollector.class)).isSameAs(collector);
        assertThatThrownBy(() -> collector.unwrap(HibernateConstraintValidatorContext.class))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining(HibernateConstraintValidatorContext.class.getName());
    }
}
