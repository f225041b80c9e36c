package io.github.gcmdata.validation.internal;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Locale;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.AbstractMessageInterpolator;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;
import org.hibernate.validator.messageinterpolation.MessageParameterEscaping;

/**
 * Interpolates messages from {@link MessageBundles} in one fixed locale, replacing
 * {@code {parameter}} terms by message parameters or constraint attributes, as Hibernate
 * Validator's {@code ParameterMessageInterpolator} does. Expression Language ({@code ${...}}) is
 * never evaluated, so no EL implementation is needed.
 *
 * <p>Hibernate Validator calls it for its violations, and {@link RecordValidator} for the same
 * violations found without Hibernate Validator's engine: one interpolation, so the same messages.
 */
public final class GcmMessageInterpolator extends AbstractMessageInterpolator {

    /**
     * How message parameters are escaped before they reach a message: Hibernate Validator is
     * configured with it, and {@link RecordValidator} applies it, so that a value holding braces,
     * dollars or backslashes reads the same in both.
     */
    public static final MessageParameterEscaping PARAMETER_ESCAPING = MessageParameterEscaping.ESCAPE;

    private final Locale locale;

    /**
     * Creates an interpolator for a locale.
     *
     * @param locale  the locale of the messages, not null
     */
    public GcmMessageInterpolator(Locale locale) {
        super(new MessageBundles(), unused -> null, MessageBundles.SUPPORTED, Locale.ENGLISH,
                context -> MessageBundles.supported(locale), false);
        this.locale = MessageBundles.supported(locale);
    }

    @Override
    public String interpolate(String messageTemplate, MessageInterpolator.Context context) {
        return interpolate(messageTemplate, context, locale);
    }

    /**
     * Interpolates a message from what {@link RecordValidator} knows of a violation.
     *
     * @param messageTemplate  the template, not null
     * @param parameters  the message parameters by name, not null
     * @param attributes  the attributes of the constraint by name, not null
     * @param validatedValue  the value validated: the property's, or the record's for a constraint on a record
     * @return the message, not null
     */
    String interpolate(String messageTemplate, Map<String, ?> parameters, Map<String, ?> attributes, Object validatedValue) {
        return interpolate(messageTemplate, new Values(parameters, attributes, validatedValue), locale);
    }

    @Override
    protected String interpolate(MessageInterpolator.Context context, Locale locale, String term) {
        // Hibernate Validator's tokenizer hands over whole terms: an expression ${...}, or {name}.
        if (term.startsWith("$")) {
            return term;
        }
        String name = term.substring(1, term.length() - 1);
        Map<String, ?> parameters;
        Map<String, ?> attributes;
        if (context instanceof Values values) {
            parameters = values.parameters;
            attributes = values.attributes;
        } else {
            parameters = context instanceof HibernateMessageInterpolatorContext hibernate
                    ? hibernate.getMessageParameters() : Map.of();
            attributes = context.getConstraintDescriptor().getAttributes();
        }
        Object value = resolve(name, parameters, attributes, context.getValidatedValue());
        return value == null ? term : value.toString();
    }

    /** A message parameter, else an attribute of the constraint, else for {@code value} the validated value. */
    private static Object resolve(String name, Map<String, ?> parameters, Map<String, ?> attributes, Object validatedValue) {
        Object value = parameters.get(name);
        if (value == null) {
            value = attributes.get(name);
        }
        if (value == null && name.equals("value")) {
            value = ViolationDetail.shorten(validatedValue);
        }
        return value;
    }

    /** The context of a message interpolated for {@link RecordValidator}. */
    static final class Values implements MessageInterpolator.Context {

        private final Map<String, ?> parameters;
        private final Map<String, ?> attributes;
        private final Object validatedValue;

        Values(Map<String, ?> parameters, Map<String, ?> attributes, Object validatedValue) {
            this.parameters = parameters;
            this.attributes = attributes;
            this.validatedValue = validatedValue;
        }

        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            // Only this class reads the context, and it reads the attributes above.
            throw new UnsupportedOperationException("RecordValidator knows the constraint's attributes, not its descriptor");
        }

        @Override
        public Object getValidatedValue() {
            return validatedValue;
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            if (type.isInstance(this)) {
                return type.cast(this);
            }
            throw new jakarta.validation.ValidationException("no " + type.getName());
        }
    }
}
