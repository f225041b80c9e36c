package io.github.gcmdata.identifier;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * An International Standard Book Number (ISO 2108), such as {@code 978-92-9068-780-1}.
 *
 * <p><b>Printed forms.</b> Parsing reads an ISBN as pages print it, by the rule that {@link Issn}
 * follows too:
 *
 * <ul>
 * <li>at most 40 characters, more than any printed form needs; longer text is rejected unread;
 * <li>spaces around it are ignored (a space is U+0020 or the no-break space U+00A0);
 * <li>an optional label, the standard's own: {@code ISBN}, or {@code ISBN-13} / {@code ISBN-10}
 *     from the transition to 13 digits, or the {@code e-ISBN} (also {@code eISBN}) that publishers
 *     print for an electronic edition, in any case, followed by a colon, spaces or both;
 * <li>then the digits with the standard's separators: a hyphen or a space between two digits, one
 *     at a time ({@code 978-92-9068-780-1}, {@code 978 92 9068 780 1}, {@code 9789290687801}).
 * </ul>
 *
 * <p>So {@code ISBN 978-92-9068-780-1}, {@code ISBN-13: 978-92-9068-780-1} and
 * {@code 9789290687801} are one value, while {@code 978--92-9068-780-1}, {@code ISSN 978...} and
 * a label {@code ISBN-10} before 13 digits are rejected. Only the digits are kept.
 *
 * <p>An ISBN-13 starts with 978 or 979, the only prefixes ISO 2108 allocates. An ISBN-10 whose
 * check digit is right is normalised to its ISBN-13 form ({@code 978} prefix and a recomputed check
 * digit), so that one book has one value. An ISBN-10 whose check digit is wrong is kept as written:
 * converting it would compute a fresh, correct check digit and hide the error. Check digits are not
 * verified while parsing; {@link #hasValidCheckDigit()} tells, and validation reports the problem
 * with the expected digit.
 *
 * <p>The JSON form is the compact digit string, {@code "9789290687801"}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param digits  the compact digits: thirteen, or ten for an ISBN-10 kept because of a wrong check digit, not null
 */
public record Isbn(@JsonValue String digits) implements Comparable<Isbn> {

    private static final String STANDARD = "ISBN";
    /**
     * The labels printed before the number: ISO 2108's own, the longer ones first as each starts
     * with ISBN, and the e-ISBN of an electronic edition that publishers print beside them.
     */
    private static final List<String> LABELS = List.of("ISBN-13", "ISBN-10", "ISBN", "e-ISBN", "eISBN");
    private static final String SEPARATOR_BETWEEN_DIGITS = "a hyphen or space may only stand between two digits";

    /**
     * Creates an ISBN from text, as {@link #parse(CharSequence)} does: the component holds its
     * canonical form.
     *
     * @param digits  the text, not null
     * @throws IdentifierFormatException if {@link #parse(CharSequence)} refuses the text
     */
    public Isbn {
        digits = canonical(Objects.requireNonNull(digits, "digits"));
    }

    /**
     * Obtains an ISBN from text as a page prints it, such as {@code ISBN 978-92-9068-780-1} or
     * {@code 92-9068-780-0}.
     *
     * <p>The text follows the rule of printed forms in the class description: an optional label,
     * then 10 or 13 digits (an ISBN-10 may end in {@code X}) with a hyphen or a space between two
     * digits where the page puts one.
     *
     * @param text  the ISBN as printed, not null
     * @return the ISBN, normalised to ISBN-13 where the text is a correct ISBN-10, not null
     * @throws IdentifierFormatException if the text is longer than 40 characters; is not 10 or 13
     *     digits; holds other characters than the label, digits, hyphens and spaces; has two
     *     separators in a row or one at an end; has a label that says ISBN-10 for 13 digits or
     *     ISBN-13 for 10; or is an ISBN-13 that does not start with 978 or 979
     */
    @JsonCreator
    public static Isbn parse(CharSequence text) {
        return new Isbn(Objects.requireNonNull(text, "text").toString());
    }

    private static String canonical(String text) {
        PrintedForm printed = PrintedForm.of(text, STANDARD, LABELS);
        String body = printed.body();
        StringBuilder digits = new StringBuilder(13);
        boolean afterDigit = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
                afterDigit = true;
            } else if (c == 'X' || c == 'x') {
                digits.append('X');
                afterDigit = true;
            } else if (c == '-' || PrintedForm.isSpace(c)) {
                if (!afterDigit) {
                    throw new IdentifierFormatException(STANDARD, SEPARATOR_BETWEEN_DIGITS, text);
                }
                afterDigit = false;
            } else {
                throw new IdentifierFormatException(STANDARD, "unexpected character '" + c + "'", text);
            }
        }
        if (digits.length() > 0 && !afterDigit) {
            throw new IdentifierFormatException(STANDARD, SEPARATOR_BETWEEN_DIGITS, text);
        }
        int xAt = digits.indexOf("X");
        if (digits.length() == 13) {
            if (xAt >= 0) {
                throw new IdentifierFormatException(STANDARD, "an ISBN-13 has no 'X'", text);
            }
            requireLabelFits(printed, "ISBN-10", text);
            if (!digits.toString().startsWith("978") && !digits.toString().startsWith("979")) {
                throw new IdentifierFormatException(STANDARD, "an ISBN-13 starts with 978 or 979", text);
            }
            return digits.toString();
        }
        if (digits.length() == 10) {
            if (xAt >= 0 && xAt != 9) {
                throw new IdentifierFormatException(STANDARD, "'X' may only be the check digit", text);
            }
            requireLabelFits(printed, "ISBN-13", text);
            String isbn10 = digits.toString();
            if (CheckCharacters.mod11(isbn10, 9) != isbn10.charAt(9)) {
                return isbn10;
            }
            String body13 = "978" + isbn10.substring(0, 9);
            return body13 + checkDigit13(body13);
        }
        throw new IdentifierFormatException(
                STANDARD, "expected 10 or 13 digits, found " + digits.length(), text);
    }

    private static void requireLabelFits(PrintedForm printed, String wrongLabel, CharSequence text) {
        if (printed.label().equals(wrongLabel)) {
            throw new IdentifierFormatException(STANDARD, "the label " + wrongLabel + " does not fit "
                    + (wrongLabel.equals("ISBN-10") ? 13 : 10) + " digits", text);
        }
    }

    /**
     * Tells whether this value is in ISBN-13 form.
     *
     * @return true unless this is an ISBN-10 kept as written
     */
    public boolean isIsbn13() {
        return digits.length() == 13;
    }

    /**
     * Returns the check digit that the standard computes from the other digits.
     *
     * @return the expected check digit, {@code '0'} to {@code '9'} or, for an ISBN-10, {@code 'X'}
     */
    public char expectedCheckDigit() {
        return isIsbn13() ? checkDigit13(digits.substring(0, 12)) : CheckCharacters.mod11(digits, 9);
    }

    /**
     * Returns the check digit as written.
     *
     * @return the last character of the digits
     */
    public char actualCheckDigit() {
        return digits.charAt(digits.length() - 1);
    }

    /**
     * Tells whether the check digit is the one the standard computes.
     *
     * @return true if the check digit is right
     */
    public boolean hasValidCheckDigit() {
        return expectedCheckDigit() == actualCheckDigit();
    }

    private static char checkDigit13(String digits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int digit = digits.charAt(i) - '0';
            sum += (i % 2 == 0) ? digit : 3 * digit;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    @Override
    public int compareTo(Isbn other) {
        return digits.compareTo(other.digits);
    }

    /**
     * Returns the compact digits, as {@link #digits()}.
     *
     * @return the digits, not null
     */
    @Override
    public String toString() {
        return digits;
    }
}
