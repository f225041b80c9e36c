package io.github.gcmdata.validation.internal;

import io.github.gcmdata.validation.ViolationCode;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Objects;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * One problem a validator finds, before it becomes a constraint violation: the validators compute
 * findings as plain values (which tests check directly), then {@link #reportAll} hands them to
 * Hibernate Validator.
 *
 * @param code  the rule broken, not null
 * @param pointerSuffix  the JSON Pointer below the constrained element, or empty, not null
 * @param field  the JSON name of the field concerned, or null for the constrained element's own
 * @param value  the offending value, or null
 * @param parameters  message parameters, as name and value pairs, not null
 */
public record Finding(ViolationCode code, String pointerSuffix, String field, Object value, List<Object> parameters) {

    /**
     * Checks the components and copies the parameters.
     *
     * @param code  the rule broken, not null
     * @param pointerSuffix  the JSON Pointer below the constrained element, or empty, not null
     * @param field  the JSON name of the field concerned, or null for the constrained element's own
     * @param value  the offending value, or null
     * @param parameters  message parameters, as name and value pairs, not null
     * @throws NullPointerException if the code, the suffix or the parameters are null
     */
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(pointerSuffix, "pointerSuffix");
        parameters = List.copyOf(parameters);
    }

    /**
     * A finding at the constrained element itself.
     *
     * @param code  the rule broken, not null
     * @param value  the offending value, or null
     * @param parameters  message parameters, as name and value pairs
     * @return the finding, not null
     */
    static Finding of(ViolationCode code, Object value, Object... parameters) {
        return new Finding(code, "", null, value, List.of(parameters));
    }

    /**
     * A finding below the constrained element.
     *
     * @param code  the rule broken, not null
     * @param pointerSuffix  the JSON Pointer below the constrained element, not null
     * @param field  the JSON name of the field concerned, or null
     * @param value  the offending value, or null
     * @param parameters  message parameters, as name and value pairs
     * @return the finding, not null
     */
    static Finding at(ViolationCode code, String pointerSuffix, String field, Object value, Object... parameters) {
        return new Finding(code, pointerSuffix, field, value, List.of(parameters));
    }

    /**
     * Reports every finding as a constraint violation, replacing the constraint's default one. The
     * message template is the code's key in the library's bundle ({@link MessageBundles#template}),
     * unless the constraint was given a message template of its own (its default is empty), which
     * then serves every finding; the parameters include {@code value}, and a {@link ViolationDetail}
     * travels as dynamic payload. A finding below the constrained element gets a last path node
     * named by its pointer suffix, which {@code GcmValidator} replaces by the suffix.
     *
     * @param context  the validator's context, not null if there are findings
     * @param findings  the findings, not null
     * @return true if there are none
     */
    static boolean reportAll(ConstraintValidatorContext context, List<Finding> findings) {
        if (findings.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        // The constraints' default message is empty: each finding then gets its own code's message.
        String constraintTemplate = context.getDefaultConstraintMessageTemplate();
        for (Finding finding : findings) {
            ViolationDetail detail = new ViolationDetail(finding.code, finding.pointerSuffix, finding.field,
                    finding.value == null ? null : finding.value.toString());
            hibernate.addMessageParameter("value", detail.value() == null ? "" : detail.value());
            for (int i = 0; i + 1 < finding.parameters.size(); i += 2) {
                hibernate.addMessageParameter(finding.parameters.get(i).toString(),
                        String.valueOf(finding.parameters.get(i + 1)));
            }
            hibernate.withDynamicPayload(detail);
            var builder = hibernate.buildConstraintViolationWithTemplate(
                    constraintTemplate.isEmpty() ? MessageBundles.template(finding.code) : constraintTemplate);
            if (finding.pointerSuffix.isEmpty()) {
                builder.addConstraintViolation();
            } else {
                // A node of its own keeps violations at different places apart: Hibernate Validator
                // collects violations in a set, and two blank entries of one text have equal messages.
                builder.addPropertyNode(finding.pointerSuffix).addConstraintViolation();
            }
        }
        return false;
    }
}
