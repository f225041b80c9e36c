package io.github.gcmdata.validation.internal;

import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.AbstractMessageInterpolator;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;

/**
 * Interpolates messages from {@link MessageBundles} in one fixed locale, replacing
 * {@code {parameter}} terms by message parameters or constraint attributes, as Hibernate
 * Validator's {@code ParameterMessageInterpolator} does. Expression Language ({@code ${...}}) is
 * never evaluated, so no EL implementation is needed.
 */
public final class GcmMessageInterpolator extends AbstractMessageInterpolator {

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

    @Override
    protected String interpolate(MessageInterpolator.Context context, Locale locale, String term) {
        if (term.startsWith("$") || term.length() < 2) {
            return term;
        }
        String name = term.substring(1, term.length() - 1);
        Object value = null;
        if (context instanceof HibernateMessageInterpolatorContext hibernate) {
            value = hibernate.getMessageParameters().get(name);
        }
        if (value == null) {
            Map<String, Object> attributes = context.getConstraintDescriptor().getAttributes();
            value = attributes.get(name);
        }
        if (value == null && name.equals("value")) {
            value = ViolationDetail.shorten(context.getValidatedValue());
        }
        return value == null ? term : value.toString();
    }
}
