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

    /** Planned, but its constraint keeps Jakarta's own message, which names no violation code. */
    public record Uncoded(@Positive Integer count) {
    }

    /** Hibernate Validator sees {@code getLength()} as a property and validates its constraint. */
    public record WithGetter(@WellFormedId String id) {
        @Positive
        public int getLength() {
            return id.length();
        }
    }

    public record WithIsGetter(@WellFormedId String id) {
        @jakarta.validation.constraints.AssertTrue
        public boolean isLong() {
            return id.length() > 3;
        }
    }

    public record WithHasGetter(@WellFormedId String id) {
        @jakarta.validation.constraints.AssertTrue
        public boolean hasId() {
            return id != null;
        }
    }

    /** A getter of an interface, a constraint on the interface: Hibernate Validator inherits both. */
    @jakarta.validation.constraints.NotNull
    interface Named {
    }

    interface ShortNamed extends Marker {
        @Size(max = 3)
        default String getShortName() {
            return "x";
        }
    }

    interface Marker {
    }

    public record Inheriting(@WellFormedId String id) implements Named {
    }

    public record InheritingGetter(@WellFormedId String id) implements ShortNamed {
    }

    @jakarta.validation.GroupSequence({Other.class, Sequenced.class})
    public record Sequenced(@WellFormedId String id) {
    }

    public record Repeated(@WellFormedId @jakarta.validation.constraints.Pattern.List({
            @jakarta.validation.constraints.Pattern(regexp = "a.*"),
            @jakarta.validation.constraints.Pattern(regexp = ".*z")}) String id) {
    }

    /** Constrained methods that Hibernate Validator's getter strategy does not take for getters. */
    public record Planned(@WellFormedId String id, @Valid List<@Valid Planned> children) {
        @Positive
        public static int getCount() {
            return 0;
        }

        @Positive
        public int getLength(int times) {
            return id.length() * times;
        }

        @Positive
        public int get() {
            return 1;
        }

        @Positive
        public int isShort() {
            return id.length() < 3 ? 1 : 0;
        }

        @Positive
        public boolean is() {
            return true;
        }

        @Positive
        public int hasChildren() {
            return children.size();
        }

        @Positive
        public boolean has() {
            return true;
        }
    }

    /**
     * The reason a type is left to Hibernate Validator, the same from the plan kept for the JVM and
     * from a plan built afresh (which mutation testing can change; the kept one it cannot).
     */
    private static java.util.Optional<String> unsupported(Class<?> type) {
        java.util.Optional<String> kept = RecordValidator.unsupported(type);
        assertThat(ValidationPlan.afresh(type).unsupported()).as("built afresh").isEqualTo(kept);
        return kept;
    }

    @Test
    void leavesAConstraintWithoutAValidatorItCanRunToHibernateValidatorAndSaysWhy() {
        assertThat(unsupported(Sized.class)).hasValueSatisfying(reason ->
                assertThat(reason).contains("Sized.name", "@Size", "no validator"));
        assertThat(RecordValidator.supports(Sized.class)).isFalse();
    }

    @Test
    void leavesATypeThatCascadesIntoAnUnsupportedOneToHibernateValidator() {
        assertThat(unsupported(HoldsSized.class)).hasValueSatisfying(reason ->
                assertThat(reason).contains("@Size"));
        assertThat(unsupported(HoldsSizedElements.class)).hasValueSatisfying(reason ->
                assertThat(reason).contains("@Size"));
    }

    @Test
    void leavesConstraintsInOtherGroupsToHibernateValidator() {
        assertThat(unsupported(Grouped.class)).hasValueSatisfying(reason ->
                assertThat(reason).contains("groups other than Default"));
    }

    @Test
    void leavesAConstraintOnAGetterToHibernateValidator() {
        assertThat(unsupported(WithGetter.class)).hasValueSatisfying(reason ->
                assertThat(reason).contains("@Positive on the getter WithGetter.getLength"));
        assertThat(unsupported(WithIsGetter.class)).hasValueSatisfying(reason ->
                assertThat(reason).contains("@AssertTrue on the getter WithIsGetter.isLong"));
        assertThat(unsupported(WithHasGetter.class)).hasValueSatisfying(reason ->
                assertThat(reason).contains("@AssertTrue on the getter WithHasGetter.hasId"));
    }

    @Test
    void leavesWhatARecordInheritsFromAnInterfaceToHibernateValidator() {
        assertThat(unsupported(Inheriting.class)).hasValue("Inheriting inherits @NotNull from Named");
        assertThat(unsupported(InheritingGetter.class)).hasValueSatisfying(reason ->
                assertThat(reason).contains("@Size on the getter ShortNamed.getShortName"));
    }

    @Test
    void leavesARedefinedDefaultGroupAndRepeatedConstraintsToHibernateValidator() {
        assertThat(unsupported(Sequenced.class)).hasValueSatisfying(reason ->
                assertThat(reason).contains("@GroupSequence"));
        assertThat(unsupported(Repeated.class)).isPresent();
    }

    @Test
    void plansARecordWhoseMethodsAreNoGettersAndThatHoldsItself() {
        assertThat(unsupported(Planned.class)).isEmpty();
        assertThat(RecordValidator.supports(Planned.class)).isTrue();
        RecordValidator validator = new RecordValidator(new GcmMessageInterpolator(Locale.ENGLISH), Clock.systemUTC());
        List<String> pointers = new java.util.ArrayList<>();
        Planned nested = new Planned("ok", List.of(new Planned("not ok!", List.of())));
        validator.withOwnPlans().validate(nested, "/x", (pointer, code, value, message) -> pointers.add(pointer + " " + code));
        assertThat(pointers).containsExactly("/x/children/0/id id.invalid");
    }

    @Test
    void refusesToValidateAnUnsupportedType() {
        RecordValidator validator = new RecordValidator(new GcmMessageInterpolator(Locale.ENGLISH), Clock.systemUTC());
        for (RecordValidator planned : List.of(validator, validator.withOwnPlans())) {
            assertThatThrownBy(() -> planned.validate(new HoldsSized(new Sized("long")), "", (p, c, v, m) -> { }))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("@Size");
        }
    }

    @Test
    void leavesARecordItCannotReadWithoutReflectionToHibernateValidator() {
        assertThat(unsupported(Hidden.class)).hasValueSatisfying(reason ->
                assertThat(reason).contains("Hidden.id", "not public"));
    }

    @Test
    void refusesAViolationOfAConstraintWhoseMessageNamesNoCode() {
        RecordValidator validator = new RecordValidator(new GcmMessageInterpolator(Locale.ENGLISH), Clock.systemUTC());
        assertThat(unsupported(Uncoded.class)).isEmpty();

        validator.validate(new Uncoded(1), "", (p, c, v, m) -> {
            throw new AssertionError(c);
        });
        assertThatThrownBy(() -> validator.validate(new Uncoded(0), "/x", (p, c, v, m) -> { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no violation code")
                .hasMessageContaining("Positive")
                .hasMessageContaining("/x/count");
    }
}
