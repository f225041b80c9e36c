package io.github.gcmdata.identifier;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A language tag of BCP 47, such as {@code fr}, {@code en-GB} or {@code es-419}.
 *
 * <p>Parsing checks that the tag is well-formed and brings it to its canonical case ({@code EN-gb}
 * becomes {@code en-GB}). A tag has a language subtag: ISO 639's special codes are ones
 * ({@code und} undetermined, {@code mul} multiple languages, {@code zxx} no linguistic content,
 * {@code mis} uncoded, {@code qaa} to {@code qtz} private use), and a tag of private-use subtags
 * only ({@code x-...}) is rejected. Whether the language subtag names a language that ISO 639 lists
 * is a question for validation.
 *
 * <p>Immutable and thread-safe.
 *
 * @param tag  the tag in canonical case, such as {@code es-419}, not null
 */
public record LanguageTag(@JsonValue String tag) implements Comparable<LanguageTag> {

    /**
     * Canonical forms already found, by the text they were found for. A dataset uses a handful of
     * tags many times, and {@link Locale.Builder} took a twentieth of the time of reading one (JFR,
     * {@code SideBySideBenchmark.readGcmJson}); the bound keeps input with endless distinct tags from
     * filling the heap. Only well-formed text is kept: a refused tag is refused again each time. Declared before
     * the constants, which use it as the class initializes.
     */
    private static final Map<String, String> CANONICAL = new ConcurrentHashMap<>();
    private static final int CANONICAL_MAX = 1024;

    /** English, the fallback language of {@code LocalizedText}. */
    public static final LanguageTag ENGLISH = new LanguageTag("en");
    /** French. */
    public static final LanguageTag FRENCH = new LanguageTag("fr");
    /** Spanish. */
    public static final LanguageTag SPANISH = new LanguageTag("es");

    private static final String STANDARD = "BCP 47";
    /** ISO 639-2's code for an undetermined language. */
    private static final String UNDETERMINED = "und";

    /**
     * Creates a language tag from text, as {@link #parse(CharSequence)} does: the component holds its
     * canonical form.
     *
     * @param tag  the text, not null
     * @throws IdentifierFormatException if {@link #parse(CharSequence)} refuses the text
     */
    public LanguageTag {
        tag = canonical(Objects.requireNonNull(tag, "tag"));
    }

    /**
     * Obtains a language tag from text such as {@code fr} or {@code es-419}.
     *
     * @param text  a well-formed BCP 47 tag, not null
     * @return the tag in canonical case, not null
     * @throws IdentifierFormatException if the text is not a well-formed tag, or has only
     *     private-use subtags ({@code x-...})
     */
    @JsonCreator
    public static LanguageTag parse(CharSequence text) {
        return new LanguageTag(Objects.requireNonNull(text, "text").toString());
    }

    private static String canonical(String text) {
        String known = CANONICAL.get(text);
        if (known != null) {
            return known;
        }
        String canonical = canonicalForm(text);
        if (CANONICAL.size() < CANONICAL_MAX) {
            CANONICAL.put(text, canonical);
        }
        return canonical;
    }

    private static String canonicalForm(String text) {
        if (text.isEmpty()) {
            throw new IdentifierFormatException(STANDARD, "a language tag cannot be empty", text);
        }
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(text).build();
        } catch (IllformedLocaleException e) {
            throw new IdentifierFormatException(STANDARD, "not a well-formed tag (" + e.getMessage() + ")", text);
        }
        String canonical = locale.toLanguageTag();
        if (!locale.getLanguage().isEmpty()) {
            return canonical;
        }
        // Java keeps the undetermined language "und" as no language, and writes und-x-... as x-...
        if (text.regionMatches(true, 0, UNDETERMINED, 0, UNDETERMINED.length())) {
            return canonical.startsWith(UNDETERMINED) ? canonical : UNDETERMINED + "-" + canonical;
        }
        throw new IdentifierFormatException(STANDARD, "only private-use subtags (x-...): a language subtag is"
                + " required, such as und for an undetermined language (und-x-...)", text);
    }

    /**
     * Obtains the language tag of a locale.
     *
     * @param locale  the locale, not null; one without a language, such as {@link Locale#ROOT},
     *     gives {@code und}
     * @return the tag, not null
     * @throws IdentifierFormatException if the locale has only private-use extensions
     */
    public static LanguageTag of(Locale locale) {
        return parse(locale.toLanguageTag());
    }

    /**
     * Returns the primary language subtag, such as {@code es} for {@code es-419}, or {@code und}
     * for an undetermined language.
     *
     * @return the language subtag, lower-case, not null
     */
    public String language() {
        int end = tag.indexOf('-');
        return end < 0 ? tag : tag.substring(0, end);
    }

    /**
     * Returns the locale this tag describes.
     *
     * @return the locale, not null
     */
    public Locale toLocale() {
        return Locale.forLanguageTag(tag);
    }

    @Override
    public int compareTo(LanguageTag other) {
        return tag.compareTo(other.tag);
    }

    /**
     * Returns the tag, as {@link #tag()}.
     *
     * @return the tag, not null
     */
    @Override
    public String toString() {
        return tag;
    }
}
