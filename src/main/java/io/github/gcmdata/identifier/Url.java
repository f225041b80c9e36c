package io.github.gcmdata.identifier;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * An absolute URL (RFC 3986), such as {@code https://publications.iom.int/books/idm-no-28}.
 *
 * <p>Parsing checks that the text is an absolute URI with a scheme, and keeps it as written.
 * Whether it is a web address a person can open ({@code http} or {@code https} with a host) is a
 * question for validation.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text  the URL as written, not null
 */
public record Url(@JsonValue String text) implements Comparable<Url> {

    private static final String STANDARD = "URL";

    /**
     * Creates a URL from text, as {@link #parse(CharSequence)} does: the component holds its
     * canonical form.
     *
     * @param text  the text, not null
     * @throws IdentifierFormatException if {@link #parse(CharSequence)} refuses the text
     */
    public Url {
        Objects.requireNonNull(text, "text");
        try {
            if (!new URI(text).isAbsolute()) {
                throw new IdentifierFormatException(STANDARD, "expected an absolute URL with a scheme such as https:", text);
            }
        } catch (URISyntaxException e) {
            throw new IdentifierFormatException(STANDARD, e.getReason() + " at index " + e.getIndex(), text);
        }
    }

    /**
     * Obtains a URL from text such as {@code https://www.iom.int/}.
     *
     * @param text  an absolute URI, not null
     * @return the URL, not null
     * @throws IdentifierFormatException if the text is not an absolute URI
     */
    @JsonCreator
    public static Url parse(CharSequence text) {
        return new Url(Objects.requireNonNull(text, "text").toString());
    }

    /**
     * Returns the URL as a {@link URI}.
     *
     * @return the URI, not null
     */
    public URI toUri() {
        return URI.create(text);
    }

    /**
     * Tells whether this is a web address: scheme {@code http} or {@code https}, and a host.
     *
     * @return true for a web address
     */
    public boolean isWebAddress() {
        URI uri = toUri();
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    }

    @Override
    public int compareTo(Url other) {
        return text.compareTo(other.text);
    }

    /**
     * Returns the URL as written, as {@link #text()}.
     *
     * @return the URL, not null
     */
    @Override
    public String toString() {
        return text;
    }
}
