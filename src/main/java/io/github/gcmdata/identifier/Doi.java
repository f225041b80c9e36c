package io.github.gcmdata.identifier;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Digital Object Identifier (ISO 26324), such as {@code 10.18356/9789210026659}.
 *
 * <p>Parsing accepts the bare name, the {@code doi:} form and the resolver URLs
 * ({@code https://doi.org/...}), and keeps the bare name: a {@code 10.} prefix with a registrant
 * code, a slash and a suffix without spaces. DOIs compare case-insensitively, as the standard says;
 * the text keeps the case it was written in.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Doi implements Comparable<Doi> {

    private static final String STANDARD = "DOI";
    private static final Pattern SHAPE = Pattern.compile("10\\.[0-9]{4,9}(?:\\.[0-9]+)*/\\S+");
    private static final String[] PREFIXES = {
        "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"
    };

    private final String name;

    private Doi(String name) {
        this.name = name;
    }

    /**
     * Obtains a DOI from text such as {@code 10.18356/9789210026659} or
     * {@code https://doi.org/10.18356/9789210026659}.
     *
     * @param text  the DOI, bare or with a {@code doi:} or resolver prefix, not null
     * @return the DOI as its bare name, not null
     * @throws IdentifierFormatException if the text does not have the shape of a DOI
     */
    @JsonCreator
    public static Doi parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String name = text.toString();
        for (String prefix : PREFIXES) {
            if (name.regionMatches(true, 0, prefix, 0, prefix.length())) {
                name = name.substring(prefix.length());
                break;
            }
        }
        if (!SHAPE.matcher(name).matches()) {
            throw new IdentifierFormatException(STANDARD, "expected 10.<registrant>/<suffix> without spaces", text);
        }
        return new Doi(name);
    }

    /**
     * Returns the bare name, such as {@code 10.18356/9789210026659}.
     *
     * @return the name, not null
     */
    @JsonValue
    public String name() {
        return name;
    }

    @Override
    public int compareTo(Doi other) {
        return key().compareTo(other.key());
    }

    /** The name with ASCII letters upper-cased: the DOI Handbook (2.4) folds only ASCII case. */
    private String key() {
        return Ascii.toUpperCase(name);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Doi && key().equals(((Doi) other).key());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }

    /**
     * Returns the bare name, as {@link #name()}.
     *
     * @return the name, not null
     */
    @Override
    public String toString() {
        return name;
    }
}
