package io.github.gcmdata.identifier;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * An International Standard Serial Number (ISO 3297), such as {@code 1726-4030}.
 *
 * <p><b>Printed forms.</b> Parsing reads an ISSN as pages print it, by the rule that {@link Isbn}
 * follows too:
 *
 * <ul>
 * <li>at most 40 characters, more than any printed form needs; longer text is rejected unread;
 * <li>spaces around it are ignored (a space is U+0020 or the no-break space U+00A0);
 * <li>an optional label, in any case, followed by a colon, spaces or both: the standard's own
 *     {@code ISSN} ({@code ISSN 1726-2224}, as IOM's publication pages print it), or the
 *     {@code e-ISSN} / {@code eISSN} and {@code p-ISSN} / {@code pISSN} that publishers print for
 *     the electronic and the print medium (not {@code ISSN-L}, the linking ISSN of a title);
 * <li>then eight characters with the standard's separator: a hyphen after the fourth, or none
 *     ({@code 1726-2224}, {@code 17262224}); the last may be {@code X}.
 * </ul>
 *
 * <p>The value is kept in its printed form without the label, {@code NNNN-NNNC}. The check digit
 * is not verified while parsing: {@link #hasValidCheckDigit()} tells, and validation reports it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value  the ISSN in its printed form, {@code NNNN-NNNC}, not null
 */
public record Issn(@JsonValue String value) implements Comparable<Issn> {

    private static final String STANDARD = "ISSN";
    /**
     * The labels printed before the number: ISO 3297's own, and the e-ISSN and p-ISSN that
     * publishers print for the electronic and the print medium. Not ISSN-L: a linking ISSN names
     * the title across its media, not the one medium an ISSN here stands for.
     */
    private static final List<String> LABELS = List.of("ISSN", "e-ISSN", "eISSN", "p-ISSN", "pISSN");

    /**
     * Creates an ISSN from text, as {@link #parse(CharSequence)} does: the component holds its
     * canonical form.
     *
     * @param value  the text, not null
     * @throws IdentifierFormatException if {@link #parse(CharSequence)} refuses the text
     */
    public Issn {
        value = canonical(Objects.requireNonNull(value, "value"));
    }

    /**
     * Obtains an ISSN from text as a page prints it, such as {@code ISSN 1726-2224},
     * {@code 1726-4030} or {@code 17264030}, by the rule of printed forms in the class description.
     *
     * @param text  the ISSN as printed, not null
     * @return the ISSN in its printed form without the label, not null
     * @throws IdentifierFormatException if the text is longer than 40 characters, or is not, after
     *     an optional label, seven digits and a check character ({@code 0}-{@code 9} or {@code X}),
     *     with an optional hyphen after the fourth
     */
    @JsonCreator
    public static Issn parse(CharSequence text) {
        return new Issn(Objects.requireNonNull(text, "text").toString());
    }

    private static String canonical(String text) {
        String compact = PrintedForm.of(text, STANDARD, LABELS).body();
        if (compact.length() == 9 && compact.charAt(4) == '-') {
            compact = compact.substring(0, 4) + compact.substring(5);
        }
        if (compact.length() != 8) {
            throw new IdentifierFormatException(STANDARD, "expected 8 characters as NNNN-NNNC", text);
        }
        for (int i = 0; i < 7; i++) {
            if (compact.charAt(i) < '0' || compact.charAt(i) > '9') {
                throw new IdentifierFormatException(STANDARD, "expected a digit at position " + (i + 1), text);
            }
        }
        char check = Character.toUpperCase(compact.charAt(7));
        if ((check < '0' || check > '9') && check != 'X') {
            throw new IdentifierFormatException(STANDARD, "the check character must be a digit or X", text);
        }
        return compact.substring(0, 4) + "-" + compact.substring(4, 7) + check;
    }

    /**
     * Returns the check character that the standard computes from the first seven digits.
     *
     * @return {@code '0'} to {@code '9'} or {@code 'X'}
     */
    public char expectedCheckDigit() {
        return CheckCharacters.mod11(value, 7);
    }

    /**
     * Returns the check character as written.
     *
     * @return the last character
     */
    public char actualCheckDigit() {
        return value.charAt(value.length() - 1);
    }

    /**
     * Tells whether the check character is the one the standard computes.
     *
     * @return true if the check character is right
     */
    public boolean hasValidCheckDigit() {
        return expectedCheckDigit() == actualCheckDigit();
    }

    @Override
    public int compareTo(Issn other) {
        return value.compareTo(other.value);
    }

    /**
     * Returns the ISSN in its printed form, as {@link #value()}.
     *
     * @return the ISSN, not null
     */
    @Override
    public String toString() {
        return value;
    }
}
