package io.github.gcmdata.identifier;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * A country code of ISO 3166-1 in one of its three forms: alpha-2 ({@code CH}), alpha-3
 * ({@code CHE}) or numeric ({@code 756}, the same as the UN M49 code of a country).
 *
 * <p>Parsing checks the shape and upper-cases letters; the form follows from the shape. Whether ISO
 * has assigned the code is a question for validation. A numeric code is kept as three characters,
 * leading zeros included ({@code 004}), never as a number.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CountryCode implements Comparable<CountryCode> {

    /** The three forms of an ISO 3166-1 code. */
    public enum Form {
        /** Two letters, such as {@code CH}. */
        ALPHA_2,
        /** Three letters, such as {@code CHE}. */
        ALPHA_3,
        /** Three digits, such as {@code 756}. */
        NUMERIC
    }

    private static final String STANDARD = "ISO 3166-1";

    private final String code;
    private final Form form;

    private CountryCode(String code, Form form) {
        this.code = code;
        this.form = form;
    }

    /**
     * Obtains a country code from text such as {@code CH}, {@code che} or {@code 756}.
     *
     * @param text  two letters, three letters or three digits, not null
     * @return the code, letters upper-cased, not null
     * @throws IdentifierFormatException if the text has none of the three shapes
     */
    @JsonCreator
    public static CountryCode parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String input = text.toString();
        // Only ASCII is upper-cased: other letters can become ASCII ones (ß to SS, dotless ı to I).
        String code = isAscii(input) ? input.toUpperCase(Locale.ROOT) : input;
        if (code.length() == 2 && allBetween(code, 'A', 'Z')) {
            return new CountryCode(code, Form.ALPHA_2);
        }
        if (code.length() == 3 && allBetween(code, 'A', 'Z')) {
            return new CountryCode(code, Form.ALPHA_3);
        }
        if (code.length() == 3 && allBetween(code, '0', '9')) {
            return new CountryCode(code, Form.NUMERIC);
        }
        throw new IdentifierFormatException(
                STANDARD, "expected two letters, three letters or three digits", text);
    }

    private static boolean isAscii(String text) {
        return allBetween(text, '\0', '\u007f');
    }

    private static boolean allBetween(String text, char low, char high) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < low || text.charAt(i) > high) {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the code as text.
     *
     * @return the code, not null
     */
    @JsonValue
    public String code() {
        return code;
    }

    /**
     * Returns the form of this code.
     *
     * @return the form, not null
     */
    public Form form() {
        return form;
    }

    @Override
    public int compareTo(CountryCode other) {
        return code.compareTo(other.code);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CountryCode && code.equals(((CountryCode) other).code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /**
     * Returns the code, as {@link #code()}.
     *
     * @return the code, not null
     */
    @Override
    public String toString() {
        return code;
    }
}
