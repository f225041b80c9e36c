package io.github.gcmdata.identifier;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * An e-mail address, such as {@code ngiordano@iom.int}.
 *
 * <p>Parsing checks the shape every address has: one {@code @} between a non-empty local part and
 * a non-empty domain, and no spaces or control characters. The finer rules of RFC 5321 (allowed
 * characters, domain labels) are a question for validation. The domain is lower-cased, since the
 * DNS ignores its case; the local part keeps its case, since the receiving server may not.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EmailAddress implements Comparable<EmailAddress> {

    private static final String STANDARD = "e-mail address";

    private final String address;

    private EmailAddress(String address) {
        this.address = address;
    }

    /**
     * Obtains an e-mail address from text such as {@code ngiordano@iom.int}.
     *
     * @param text  the address, not null
     * @return the address with its domain lower-cased, not null
     * @throws IdentifierFormatException if the text is not one local part, one {@code @} and one
     *     domain, without spaces or control characters
     */
    @JsonCreator
    public static EmailAddress parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String input = text.toString();
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                throw new IdentifierFormatException(STANDARD, "no spaces or control characters allowed", text);
            }
        }
        int at = input.indexOf('@');
        if (at <= 0 || at != input.lastIndexOf('@') || at == input.length() - 1) {
            throw new IdentifierFormatException(STANDARD, "expected local-part@domain", text);
        }
        return new EmailAddress(input.substring(0, at + 1) + input.substring(at + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Returns the address as text.
     *
     * @return the address, not null
     */
    @JsonValue
    public String address() {
        return address;
    }

    /**
     * Returns the part before the {@code @}.
     *
     * @return the local part, not null
     */
    public String localPart() {
        return address.substring(0, address.indexOf('@'));
    }

    /**
     * Returns the part after the {@code @}.
     *
     * @return the domain, lower-case, not null
     */
    public String domain() {
        return address.substring(address.indexOf('@') + 1);
    }

    @Override
    public int compareTo(EmailAddress other) {
        return address.compareTo(other.address);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EmailAddress && address.equals(((EmailAddress) other).address);
    }

    @Override
    public int hashCode() {
        return address.hashCode();
    }

    /**
     * Returns the address, as {@link #address()}.
     *
     * @return the address, not null
     */
    @Override
    public String toString() {
        return address;
    }
}
