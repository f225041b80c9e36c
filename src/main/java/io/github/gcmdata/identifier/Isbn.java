package io.github.gcmdata.identifier;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * An International Standard Book Number (ISO 2108), such as {@code 978-92-9068-780-1}.
 *
 * <p>Parsing accepts ISBN-13 and ISBN-10, with or without hyphens or spaces, and keeps the digits
 * only. An ISBN-10 whose check digit is right is normalised to its ISBN-13 form ({@code 978} prefix
 * and a recomputed check digit), so that one book has one value. An ISBN-10 whose check digit is
 * wrong is kept as written: converting it would compute a fresh, correct check digit and hide the
 * error. Check digits are not verified while parsing; {@link #hasValidCheckDigit()} tells, and
 * validation reports the problem with the expected digit.
 *
 * <p>The JSON form is the compact digit string, {@code "9789290687801"}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Isbn implements Comparable<Isbn> {

    private static final String STANDARD = "ISBN";

    private final String digits;

    private Isbn(String digits) {
        this.digits = digits;
    }

    /**
     * Obtains an ISBN from text such as {@code 978-92-9068-780-1} or {@code 92-9068-780-X}.
     *
     * @param text  the ISBN with optional hyphens or spaces, not null
     * @return the ISBN, normalised to ISBN-13 where the text is a correct ISBN-10, not null
     * @throws IdentifierFormatException if the text is not 10 or 13 digits (an ISBN-10 may end in
     *     {@code X}), or holds other characters than digits, hyphens and spaces
     */
    @JsonCreator
    public static Isbn parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        StringBuilder digits = new StringBuilder(13);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == 'X' || c == 'x') {
                digits.append('X');
            } else if (c != '-' && c != ' ') {
                throw new IdentifierFormatException(STANDARD, "unexpected character '" + c + "'", text);
            }
        }
        int xAt = digits.indexOf("X");
        if (digits.length() == 13) {
            if (xAt >= 0) {
                throw new IdentifierFormatException(STANDARD, "an ISBN-13 has no 'X'", text);
            }
            return new Isbn(digits.toString());
        }
        if (digits.length() == 10) {
            if (xAt >= 0 && xAt != 9) {
                throw new IdentifierFormatException(STANDARD, "'X' may only be the check digit", text);
            }
            String isbn10 = digits.toString();
            if (checkDigit10(isbn10) != isbn10.charAt(9)) {
                return new Isbn(isbn10);
            }
            String body = "978" + isbn10.substring(0, 9);
            return new Isbn(body + checkDigit13(body));
        }
        throw new IdentifierFormatException(
                STANDARD, "expected 10 or 13 digits, found " + digits.length(), text);
    }

    /**
     * Returns the compact digits: thirteen, or ten for an ISBN-10 kept because of a wrong check digit.
     *
     * @return the digits of this ISBN, not null
     */
    @JsonValue
    public String digits() {
        return digits;
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
        return isIsbn13() ? checkDigit13(digits.substring(0, 12)) : checkDigit10(digits);
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

    private static char checkDigit10(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (10 - i) * (digits.charAt(i) - '0');
        }
        int check = (11 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    @Override
    public int compareTo(Isbn other) {
        return digits.compareTo(other.digits);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Isbn && digits.equals(((Isbn) other).digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
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
