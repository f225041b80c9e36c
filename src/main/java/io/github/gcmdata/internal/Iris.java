package io.github.gcmdata.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The IRIs the exporters give records: a base, the record's kind and its identifier, such as
 * {@code https://gcmdata.github.io/gcm-reference-data/id/event/idm-2022-session-1}. The JSON-LD
 * writer, the shipped JSON-LD context and the iCalendar writer's UIDs all derive from this, so that
 * one record has one IRI wherever it is published.
 *
 * <p>Not part of the API: this package is not exported.
 */
public final class Iris {

    /** The default base: the project's own namespace, which publishers replace with theirs. */
    public static final URI DEFAULT_BASE = URI.create("https://gcmdata.github.io/gcm-reference-data/id/");

    private Iris() {
    }

    /**
     * Returns the IRI of a record.
     *
     * @param base  the base, ending with a slash, not null
     * @param kind  the record's kind, such as {@code event}, not null
     * @param id  the record's identifier; characters outside RFC 3986's unreserved set and the
     *     slash are percent-encoded
     * @return the IRI, not null
     */
    public static String of(URI base, String kind, String id) {
        return base + kind + "/" + encode(id);
    }

    /**
     * Checks that a base can prefix identifiers: absolute, hierarchical and ending with a slash.
     *
     * @param base  the base, not null
     * @return the base
     * @throws IllegalArgumentException if the base is not absolute or does not end with a slash
     */
    public static URI requireBase(URI base) {
        if (!base.isAbsolute() || base.isOpaque() || !base.toString().endsWith("/")) {
            throw new IllegalArgumentException("base IRI: should be absolute and end with '/', was " + base);
        }
        return base;
    }

    private static String encode(String id) {
        StringBuilder encoded = new StringBuilder(id.length());
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return encoded.toString();
    }
}
