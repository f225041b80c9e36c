package io.github.gcmdata.validation.internal;

import io.github.gcmdata.internal.PointerPath;
import io.github.gcmdata.validation.ViolationCode;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Validates the records of the model as Hibernate Validator does, with the same constraint
 * validators and the same messages, but from a {@link ValidationPlan} read once from the
 * annotations instead of through Hibernate Validator's engine (its validator cache, path nodes,
 * value extraction and violation objects cost as much as the checks themselves).
 *
 * <p>Each violation is handed over as {@code GcmValidator} makes it from Hibernate Validator's:
 * the JSON Pointer of the constrained element and the finding's suffix, the code, the offending
 * value, and the message with the JSON name of the innermost component in front. A type the plan
 * cannot run exactly ({@link #supports}) is left to Hibernate Validator.
 *
 * <p>Immutable and thread-safe: the validators are shared, as Hibernate Validator shares them.
 */
public final class RecordValidator {

    private final GcmMessageInterpolator interpolator;
    private final ClockProvider clockProvider;
    /** The plan of each record type: those kept for the JVM, or plans built for this validator alone. */
    private final Function<Class<?>, ValidationPlan.Bean> plans;

    /** Receives each violation found. */
    @FunctionalInterface
    public interface ViolationSink {

        /**
         * Takes one violation.
         *
         * @param jsonPointer  where, not null
         * @param code  the code, not null
         * @param invalidValue  the offending value, shortened, or null
         * @param message  the message, with the field in front, not null
         */
        void violation(String jsonPointer, String code, String invalidValue, String message);
    }

    /**
     * Creates a validator.
     *
     * @param interpolator  the interpolator of the messages, the one Hibernate Validator uses, not null
     * @param clock  the clock of "now" for the constraints that ask, not null
     */
    public RecordValidator(GcmMessageInterpolator interpolator, Clock clock) {
        this(interpolator, clock, ValidationPlan::of);
    }

    private RecordValidator(GcmMessageInterpolator interpolator, Clock clock, Function<Class<?>, ValidationPlan.Bean> plans) {
        this.interpolator = Objects.requireNonNull(interpolator, "interpolator");
        Objects.requireNonNull(clock, "clock");
        this.clockProvider = () -> clock;
        this.plans = plans;
    }

    /**
     * Returns a validator like this one that builds its own plans, from the annotations, instead of
     * using those kept for the JVM; for the tests that prove the plans give Hibernate Validator's
     * report, so that they still prove it when mutation testing changes the plan-building code in a
     * JVM whose plans were kept before the change. Slower on first use of each type.
     *
     * @return the validator, not null
     */
    public RecordValidator withOwnPlans() {
        Map<Class<?>, ValidationPlan.Bean> own = new ConcurrentHashMap<>();
        return new RecordValidator(interpolator, clockProvider.getClock(), type -> own.computeIfAbsent(type, ValidationPlan::afresh));
    }

    /**
     * Tells whether records of a type are validated here, exactly as Hibernate Validator would.
     *
     * @param type  the record type, not null
     * @return true if the plan of the type, and of every type it cascades into, is supported
     */
    public static boolean supports(Class<?> type) {
        return unsupported(type).isEmpty();
    }

    /**
     * Tells why records of a type are left to Hibernate Validator: the first constraint, cascade or
     * annotation of the type, or of a type it cascades into, that the plan cannot run exactly as
     * Hibernate Validator does.
     *
     * @param type  the record type, not null
     * @return the reason, or empty if the type is {@link #supports supported}
     */
    public static Optional<String> unsupported(Class<?> type) {
        return ValidationPlan.of(type).unsupported();
    }

    /**
     * Validates a record and what it cascades into.
     *
     * @param record  a record of a {@link #supports supported} type, not null
     * @param jsonPointer  the JSON Pointer of the record, put in front of every pointer, not null
     * @param sink  receives the violations, not null
     * @throws IllegalArgumentException if the type is not supported
     */
    public void validate(Object record, String jsonPointer, ViolationSink sink) {
        ValidationPlan.Bean plan = plans.apply(record.getClass());
        plan.unsupported().ifPresent(reason -> {
            throw new IllegalArgumentException("not validated without Hibernate Validator: " + reason);
        });
        new Walk(jsonPointer, sink).bean(plan, record);
    }

    /** One pass over one record: where it stands, as JSON Pointer tokens, and the findings of each check. */
    private final class Walk {

        private final String prefix;
        private final ViolationSink sink;
        private final FindingCollector collector = new FindingCollector(clockProvider);
        /** Where the walk stands below the record. */
        private final PointerPath path = new PointerPath();

        Walk(String prefix, ViolationSink sink) {
            this.prefix = prefix;
            this.sink = sink;
        }

        void bean(ValidationPlan.Bean plan, Object bean) {
            for (ValidationPlan.Check check : plan.checks) {
                check(check, bean);
            }
            for (ValidationPlan.Property property : plan.properties) {
                Object value = property.valueOf(bean);
                path.enter(property.jsonName);
                for (ValidationPlan.Check check : property.checks) {
                    check(check, value);
                }
                if (value != null) {
                    if (property.list) {
                        elements(property, (List<?>) value);
                    } else if (property.cascade != null) {
                        bean(property.cascade, value);
                    }
                }
                path.leave();
            }
        }

        private void elements(ValidationPlan.Property property, List<?> elements) {
            for (int i = 0; i < elements.size(); i++) {
                Object element = elements.get(i);
                path.enter(i);
                for (ValidationPlan.Check check : property.elementChecks) {
                    check(check, element);
                }
                if (element != null && property.cascade != null) {
                    bean(property.cascade, element);
                }
                path.leave();
            }
        }

        private void check(ValidationPlan.Check check, Object value) {
            collector.start(check.messageTemplate);
            if (check.validator.isValid(value, collector)) {
                return;
            }
            List<Finding> findings = collector.findings();
            if (findings.isEmpty()) {
                if (!collector.defaultDisabled()) {
                    defaultViolation(check, value);
                }
                return;
            }
            // Hibernate Validator keeps one of equal violations, and adds the parameters of each
            // finding to those of the findings before it in the same call.
            Map<String, Object> parameters = new LinkedHashMap<>();
            List<String> reported = new ArrayList<>();
            for (Finding finding : findings) {
                ViolationDetail detail = finding.detail();
                finding.messageParameters(detail).forEach((name, parameter) ->
                        parameters.put(name, GcmMessageInterpolator.PARAMETER_ESCAPING.apply(parameter)));
                String template = finding.template(check.messageTemplate);
                String message = interpolator.interpolate(template, parameters, check.attributes, value);
                String key = detail.pointerSuffix() + '\n' + template + '\n' + message;
                if (reported.contains(key)) {
                    continue;
                }
                reported.add(key);
                String field = detail.field() != null ? detail.field() : path.innermostName();
                sink.violation(pointer() + detail.pointerSuffix(), detail.code().code(), detail.value(),
                        field.isEmpty() ? message : field + ": " + message);
            }
        }

        /** The violation of a constraint whose validator said no without a finding: the constraint's own message. */
        private void defaultViolation(ValidationPlan.Check check, Object value) {
            String code = MessageBundles.codeOf(check.messageTemplate).map(ViolationCode::code)
                    .orElseThrow(() -> new IllegalStateException("no violation code for the constraint "
                            + check.constraint + " at " + pointer()));
            String message = interpolator.interpolate(check.messageTemplate, Map.of(), check.attributes, value);
            String field = path.innermostName();
            sink.violation(pointer(), code, ViolationDetail.shorten(value), field.isEmpty() ? message : field + ": " + message);
        }

        private String pointer() {
            return path.pointer(prefix);
        }
    }
}
