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
 * <p>Immutable and thread-safe.
 *
 * @param address  the address, its domain in lower case, not null
 */
public record EmailAddress(@JsonValue String address) implements Comparable<EmailAddress> {

    private static final String STANDARD = "e-mail address";

    /**
     * Creates an e-mail address from text, as {@link #parse(CharSequence)} does: the component holds its
     * canonical form.
     *
     * @param address  the text, not null
     * @throws IdentifierFormatException if {@link #parse(CharSequence)} refuses the text
     */
    public EmailAddress {
        address = canonical(Objects.requireNonNull(address, "address"));
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
        return new EmailAddress(Objects.requireNonNull(text, "text").toString());
    }

    private static String canonical(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                throw new IdentifierFormatException(STANDARD, "no spaces or control characters allowed", text);
            }
        }
        int at = text.indexOf('@');
        if (at <= 0 || at != text.lastIndexOf('@') || at == text.length() - 1) {
            throw new IdentifierFormatException(STANDARD, "expected local-part@domain", text);
        }
        return text.substring(0, at + 1) + text.substring(at + 1).toLowerCase(Locale.ROOT);
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
