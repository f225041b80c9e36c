package io.github.gcmdata.validation.internal;

import io.github.gcmdata.internal.Ellipsis;
import io.github.gcmdata.validation.ViolationCode;
import java.util.Objects;

/**
 * What a validator of this library attaches to each violation it reports, as Hibernate
 * Validator's dynamic payload: the rule broken, where below the constrained element the problem
 * lies, which field it concerns, and the offending value as text.
 *
 * @param code  the rule broken, not null
 * @param pointerSuffix  a JSON Pointer relative to the constrained element, such as {@code /fr} or
 *     {@code /agenda/1/date}; empty for the element itself; not null
 * @param field  the JSON name of the field the problem concerns, or null for the constrained
 *     element's own
 * @param value  the offending value as text, or null
 */
public record ViolationDetail(ViolationCode code, String pointerSuffix, String field, String value) {

    /** The longest offending value kept, in characters. */
    public static final int MAX_VALUE_LENGTH = 80;

    /**
     * Checks the code and the suffix, and shortens the value.
     *
     * @param code  the rule broken, not null
     * @param pointerSuffix  a JSON Pointer relative to the constrained element, such as {@code /fr} or
     *     {@code /agenda/1/date}; empty for the element itself; not null
     * @param field  the JSON name of the field the problem concerns, or null for the constrained
     *     element's own
     * @param value  the offending value as text, or null
     * @throws NullPointerException if the code or the suffix is null
     */
    public ViolationDetail {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(pointerSuffix, "pointerSuffix");
        value = shorten(value);
    }

    /**
     * Shortens a value to at most {@value #MAX_VALUE_LENGTH} characters, ending in an ellipsis when
     * cut.
     *
     * @param value  the value, or null
     * @return the value, shortened, or null
     */
    public static String shorten(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        // At most MAX_VALUE_LENGTH characters in all, the ellipsis included.
        return text.length() <= MAX_VALUE_LENGTH ? text : Ellipsis.after(text, MAX_VALUE_LENGTH - 1);
    }
}
