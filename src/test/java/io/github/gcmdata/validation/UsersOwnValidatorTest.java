package io.github.gcmdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.RecordKind;
import io.github.gcmdata.validation.internal.MessageBundles;
import io.github.gcmdata.validation.internal.ViolationDetail;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A user's own {@code jakarta.validation.Validator}, built as a user builds one (Hibernate
 * Validator, no Expression Language, nothing of the library's configuration), finds on the
 * library's records the same constraint violations as {@link GcmValidator}, whose default engine
 * does not run Hibernate Validator: the annotations stay the one source of the rules.
 */
class UsersOwnValidatorTest {

    private static ValidatorFactory factory;
    private static Validator own;

    @BeforeAll
    static void buildTheUsersValidator() {
        factory = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        own = factory.getValidator();
    }

    @AfterAll
    static void closeIt() {
        factory.close();
    }

    /** The codes of a user's violations: from the library's detail, or from the constraint's message. */
    private static List<String> codes(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(violation -> {
            HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
            ViolationDetail detail = hibernate.getDynamicPayload(ViolationDetail.class);
            return detail != null ? detail.code().code()
                    : MessageBundles.codeOf(violation.getMessageTemplate()).orElseThrow().code();
        }).sorted().collect(Collectors.toList());
    }

    private static List<String> codes(ValidationReport report) {
        return report.violations().stream().map(Violation::code).sorted().collect(Collectors.toList());
    }

    @Test
    void findsTheConstraintViolationsOfEachRecordThatGcmValidatorFinds() {
        Dataset dataset = EngineAgreementTest.everyRuleBroken();
        GcmValidator gcm = GcmValidator.create();
        int records = 0;
        for (RecordKind kind : RecordKind.values()) {
            for (Object record : kind.records(dataset)) {
                assertThat(codes(own.validate(record))).as("%s %s", kind, record).isEqualTo(codes(gcm.validate(record)));
                records++;
            }
        }
        assertThat(records).isGreaterThan(10);
    }

    @Test
    void validatesAWholeDatasetByCascading() {
        Dataset dataset = EngineAgreementTest.everyRuleBroken();
        // The integrity of the whole is GcmValidator's own (DatasetIntegrity), not a constraint.
        Set<String> integrity = Set.of(ViolationCode.ID_DUPLICATE.code(), ViolationCode.REFERENCE_UNRESOLVED.code(),
                ViolationCode.RELATION_SELF.code());
        List<String> constraintCodes = codes(GcmValidator.create().validate(dataset)).stream()
                .filter(code -> !integrity.contains(code))
                .collect(Collectors.toList());
        assertThat(codes(own.validate(dataset))).isNotEmpty().isEqualTo(constraintCodes);
    }

    @Test
    void keepsTheLibrarysMessageKeysForTheUsersOwnBundle() {
        Set<ConstraintViolation<Object>> violations = own.validate(Fixtures.event(" "));
        assertThat(violations).extracting(ConstraintViolation::getMessageTemplate).containsExactly("{gcm.id.blank}");
        assertThat(violations).extracting(violation -> violation.getPropertyPath().toString()).containsExactly("id");
    }
}
