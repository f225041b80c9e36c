package io.github.gcmdata.identifier;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A country code of ISO 3166-1 in one of its three forms: alpha-2 ({@code CH}), alpha-3
 * ({@code CHE}) or numeric ({@code 756}, the same as the UN M49 code of a country).
 *
 * <p>Parsing checks the shape and upper-cases letters; the form follows from the shape. Whether ISO
 * has assigned the code is a question for validation. A numeric code is kept as three characters,
 * leading zeros included ({@code 004}), never as a number.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code  the code: two or three upper-case letters, or three digits, not null
 */
public record CountryCode(@JsonValue String code) implements Comparable<CountryCode> {

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

    /**
     * Creates a country code from text, as {@link #parse(CharSequence)} does: the component holds its
     * canonical form.
     *
     * @param code  the text, not null
     * @throws IdentifierFormatException if {@link #parse(CharSequence)} refuses the text
     */
    public CountryCode {
        code = canonical(Objects.requireNonNull(code, "code"));
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
        return new CountryCode(Objects.requireNonNull(text, "text").toString());
    }

    private static String canonical(String text) {
        String code = Ascii.toUpperCase(text);
        if ((code.length() == 2 || code.length() == 3) && Ascii.allBetween(code, 'A', 'Z')
                || code.length() == 3 && Ascii.allBetween(code, '0', '9')) {
            return code;
        }
        throw new IdentifierFormatException(
                STANDARD, "expected two letters, three letters or three digits", text);
    }

    /**
     * Returns the form of this code.
     *
     * @return the form, not null
     */
    public Form form() {
        if (Ascii.allBetween(code, '0', '9')) {
            return Form.NUMERIC;
        }
        return code.length() == 2 ? Form.ALPHA_2 : Form.ALPHA_3;
    }

    @Override
    public int compareTo(CountryCode other) {
        return code.compareTo(other.code);
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
