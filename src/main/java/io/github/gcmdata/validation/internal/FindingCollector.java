package io.github.gcmdata.validation.internal;

import jakarta.validation.ClockProvider;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * The context {@link RecordValidator} gives the constraint validators: {@link Finding#reportAll}
 * hands it the findings as they are, instead of building Hibernate Validator's violations. One
 * instance serves one validation pass, constraint after constraint ({@link #start}).
 *
 * <p>A validator of this library reports only through {@link Finding#reportAll}, or by returning
 * false for the constraint's default violation. Building a violation by hand is refused loudly, so
 * that a validator written otherwise cannot lose a violation on this path.
 */
final class FindingCollector implements ConstraintValidatorContext {

    private final ClockProvider clockProvider;
    private final List<Finding> findings = new ArrayList<>();
    private String defaultTemplate = "";
    private boolean defaultDisabled;

    FindingCollector(ClockProvider clockProvider) {
        this.clockProvider = clockProvider;
    }

    /** Prepares for the next constraint, whose message template is given, and forgets earlier findings. */
    void start(String constraintTemplate) {
        defaultTemplate = constraintTemplate;
        defaultDisabled = false;
        if (!findings.isEmpty()) {
            findings.clear();
        }
    }

    /** Takes the findings of the constraint being checked. */
    void collect(List<Finding> found) {
        findings.addAll(found);
    }

    /** The findings of the constraint being checked, in the order reported. */
    List<Finding> findings() {
        return findings;
    }

    /** Tells whether the validator disabled the constraint's default violation. */
    boolean defaultDisabled() {
        return defaultDisabled;
    }

    @Override
    public void disableDefaultConstraintViolation() {
        defaultDisabled = true;
    }

    @Override
    public String getDefaultConstraintMessageTemplate() {
        return defaultTemplate;
    }

    @Override
    public ClockProvider getClockProvider() {
        return clockProvider;
    }

    @Override
    public ConstraintViolationBuilder buildConstraintViolationWithTemplate(String messageTemplate) {
        throw new IllegalStateException("a validator of io.github.gcmdata reports through Finding.reportAll,"
                + " which RecordValidator reads; it built the violation " + messageTemplate + " by hand");
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new ValidationException("RecordValidator's context is no " + type.getName());
    }
}
