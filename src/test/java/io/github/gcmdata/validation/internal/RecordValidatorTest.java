package io.github.gcmdata.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gcmdata.constraints.WellFormedId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What {@link RecordValidator} refuses to plan: a constraint it does not run exactly as Hibernate
 * Validator does is never skipped; its record type, and every type that cascades into it, is left to
 * Hibernate Validator with the reason, and validating it here fails loudly. EngineAgreementTest
 * proves that the records of the model are all planned, and agree with Hibernate Validator.
 */
class RecordValidatorTest {

    /** A Jakarta constraint that {@link StandardValidators} does not hold. */
    record Sized(@Size(max = 3) String name) {
    }

    record HoldsSized(@Valid Sized sized) {
    }

    record HoldsSizedElements(List<@Valid Sized> sized) {
    }

    interface Other {
    }

    record Grouped(@Positive(groups = {Default.class, Other.class}) Integer count) {
    }

    /** Well planned, but not public: its components cannot be read without reflection. */
    record Hidden(@WellFormedId String id) {
    }

    @Test
    void leavesAConstraintWithoutAValidatorItCanRunToHibernateValidatorAndSaysWhy() {
        assertThat(RecordValidator.unsupported(Sized.class)).hasValueSatisfying(reason ->
                assertThat(reason).contains("Sized.name", "@Size", "no validator"));
        assertThat(RecordValidator.supports(Sized.class)).isFalse();
    }

    @Test
    void leavesATypeThatCascadesIntoAnUnsupportedOneToHibernateValidator() {
        assertThat(RecordValidator.unsupported(HoldsSized.class)).hasValueSatisfying(reason ->
                assertThat(reason).contains("@Size"));
        assertThat(RecordValidator.unsupported(HoldsSizedElements.class)).hasValueSatisfying(reason ->
                assertThat(reason).contains("@Size"));
    }

    @Test
    void leavesConstraintsInOtherGroupsToHibernateValidator() {
        assertThat(RecordValidator.unsupported(Grouped.class)).hasValueSatisfying(reason ->
                assertThat(reason).contains("groups other than Default"));
    }

    @Test
    void refusesToValidateAnUnsupportedType() {
        RecordValidator validator = new RecordValidator(new GcmMessageInterpolator(Locale.ENGLISH), Clock.systemUTC());
        assertThatThrownBy(() -> validator.validate(new HoldsSized(new Sized("long")), "", (p, c, v, m) -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("@Size");
    }

    @Test
    void leavesARecordItCannotReadWithoutReflectionToHibernateValidator() {
        assertThat(RecordValidator.unsupported(Hidden.class)).hasValueSatisfying(reason ->
                assertThat(reason).contains("Hidden.id", "not public"));
    }
}
