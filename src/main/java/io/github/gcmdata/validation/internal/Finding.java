package io.github.gcmdata.validation.internal;

import io.github.gcmdata.validation.ViolationCode;
import jakarta.validation.ConstraintValidatorContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
     * <p>Given the context of {@link RecordValidator}, which runs the same validators without
     * Hibernate Validator's engine, the findings are handed to it as they are.
     *
     * @param context  the validator's context, not null if there are findings
     * @param findings  the findings, not null
     * @return true if there are none
     */
    static boolean reportAll(ConstraintValidatorContext context, List<Finding> findings) {
        if (findings.isEmpty()) {
            return true;
        }
        if (context instanceof FindingCollector collector) {
            collector.collect(findings);
            return false;
        }
        context.disableDefaultConstraintViolation();
        HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
        String constraintTemplate = context.getDefaultConstraintMessageTemplate();
        for (Finding finding : findings) {
            ViolationDetail detail = finding.detail();
            finding.messageParameters(detail).forEach(hibernate::addMessageParameter);
            hibernate.withDynamicPayload(detail);
            var builder = hibernate.buildConstraintViolationWithTemplate(finding.template(constraintTemplate));
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

    /** What travels with the violation: the code, the suffix, the field and the value as text. */
    ViolationDetail detail() {
        return new ViolationDetail(code, pointerSuffix, field, value == null ? null : value.toString());
    }

    /**
     * The message template of this finding: the code's, unless the constraint has one of its own.
     * The constraints' default message is empty: each finding then gets its own code's message.
     */
    String template(String constraintTemplate) {
        return constraintTemplate.isEmpty() ? MessageBundles.template(code) : constraintTemplate;
    }

    /** The message parameters of this finding, by name: {@code value}, then its own parameters. */
    Map<String, String> messageParameters(ViolationDetail detail) {
        Map<String, String> named = new LinkedHashMap<>();
        named.put("value", detail.value() == null ? "" : detail.value());
        for (int i = 0; i + 1 < parameters.size(); i += 2) {
            named.put(parameters.get(i).toString(), String.valueOf(parameters.get(i + 1)));
        }
        return named;
    }
}
