package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.gcmdata.identifier.LanguageTag;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Text in one or more languages, keyed by BCP 47 language tag, such as
 * {@code {"en": "International Organization for Migration", "fr": "Organisation internationale pour
 * les migrations"}}.
 *
 * <p>Tags are brought to their canonical case and kept in alphabetical order, so that equal texts
 * print alike. A text may be empty, and an entry may be blank: both are representable, and
 * validation reports them. Reading asks for one language and falls back sensibly:
 * {@link #get(LanguageTag)} gives the asked language, else English, else the first entry.
 *
 * <pre>{@code
 * LocalizedText name = LocalizedText.of("en", "International Organization for Migration",
 *                                       "fr", "Organisation internationale pour les migrations");
 * name.get(LanguageTag.FRENCH);   // "Organisation internationale pour les migrations"
 * name.get(LanguageTag.SPANISH);  // no Spanish: falls back to English
 * }</pre>
 *
 * <p>The JSON form is an object keyed by tag. This class is immutable and thread-safe.
 */
public final class LocalizedText {

    private static final LocalizedText EMPTY = new LocalizedText(Map.of());

    private final Map<String, String> texts;

    private LocalizedText(Map<String, String> texts) {
        this.texts = texts;
    }

    /**
     * Obtains a text from a map of language tags to texts.
     *
     * @param texts  the texts by BCP 47 tag, not null, with no null key or value
     * @return the text, not null
     * @throws NullPointerException if the map, a key or a value is null
     * @throws io.github.gcmdata.identifier.IdentifierFormatException if a key is not a well-formed tag
     * @throws IllegalArgumentException if two keys are the same tag in different case
     */
    @JsonCreator
    public static LocalizedText of(Map<String, String> texts) {
        Objects.requireNonNull(texts, "texts");
        return copyOf(texts.entrySet());
    }

    /** The one place that checks entries, whichever factory they come through. */
    private static LocalizedText copyOf(Collection<Map.Entry<String, String>> entries) {
        if (entries.isEmpty()) {
            return EMPTY;
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        for (Map.Entry<String, String> entry : entries) {
            String key = Objects.requireNonNull(entry.getKey(), "language tag is null");
            String tag = LanguageTag.parse(key).tag();
            String text = Objects.requireNonNull(entry.getValue(), () -> "text for language " + tag + " is null");
            if (sorted.put(tag, text) != null) {
                throw new IllegalArgumentException("language " + tag + " given twice");
            }
        }
        return new LocalizedText(Collections.unmodifiableMap(sorted));
    }

    /** Pairs of tag and text, nulls included, so that {@link #copyOf} names the one that is null. */
    private static LocalizedText ofPairs(String... tagsAndTexts) {
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        for (int i = 0; i + 1 < tagsAndTexts.length; i += 2) {
            entries.add(new AbstractMap.SimpleImmutableEntry<>(tagsAndTexts[i], tagsAndTexts[i + 1]));
        }
        return copyOf(entries);
    }

    /**
     * Obtains a text in one language.
     *
     * @param tag  a BCP 47 language tag, not null
     * @param text  the text, not null
     * @return the text, not null
     * @throws NullPointerException if the tag or the text is null; the message names the language
     * @throws io.github.gcmdata.identifier.IdentifierFormatException if the tag is not a well-formed tag
     */
    public static LocalizedText of(String tag, String text) {
        return ofPairs(tag, text);
    }

    /**
     * Obtains a text in two languages.
     *
     * @param tag1  the first language tag, not null
     * @param text1  the text in the first language, not null
     * @param tag2  the second language tag, not null
     * @param text2  the text in the second language, not null
     * @return the text, not null
     * @throws NullPointerException if a tag or a text is null; the message names the language
     * @throws io.github.gcmdata.identifier.IdentifierFormatException if a tag is not a well-formed tag
     * @throws IllegalArgumentException if two tags are the same tag in different case
     */
    public static LocalizedText of(String tag1, String text1, String tag2, String text2) {
        return ofPairs(tag1, text1, tag2, text2);
    }

    /**
     * Obtains a text in three languages, such as IOM's English, French and Spanish.
     *
     * @param tag1  the first language tag, not null
     * @param text1  the text in the first language, not null
     * @param tag2  the second language tag, not null
     * @param text2  the text in the second language, not null
     * @param tag3  the third language tag, not null
     * @param text3  the text in the third language, not null
     * @return the text, not null
     * @throws NullPointerException if a tag or a text is null; the message names the language
     * @throws io.github.gcmdata.identifier.IdentifierFormatException if a tag is not a well-formed tag
     * @throws IllegalArgumentException if two tags are the same tag in different case
     */
    public static LocalizedText of(String tag1, String text1, String tag2, String text2, String tag3, String text3) {
        return ofPairs(tag1, text1, tag2, text2, tag3, text3);
    }

    /**
     * Returns a text with no language.
     *
     * @return the empty text, not null
     */
    public static LocalizedText empty() {
        return EMPTY;
    }

    /**
     * Returns the texts by language tag, in alphabetical order of tag.
     *
     * @return an unmodifiable map, not null
     */
    @JsonValue
    public Map<String, String> asMap() {
        return texts;
    }

    /**
     * Returns the text in exactly this language, with no fallback.
     *
     * @param language  the language, not null
     * @return the text, or empty if there is none in that language
     */
    public Optional<String> exactly(LanguageTag language) {
        return Optional.ofNullable(texts.get(language.tag()));
    }

    /**
     * Returns the text in the asked language, else in English, else the first in tag order.
     *
     * <p>A region-specific request ({@code es-419}) also finds a text tagged with its language alone
     * ({@code es}).
     *
     * @param language  the language asked for, not null
     * @return the best text, or empty if this text has no language at all
     */
    public Optional<String> get(LanguageTag language) {
        return bestTag(language).map(texts::get);
    }

    /**
     * Returns the text in the locale's language, with the fallback of {@link #get(LanguageTag)}.
     *
     * @param locale  the locale, not null
     * @return the best text, or empty if this text has no language at all
     */
    public Optional<String> get(Locale locale) {
        return get(LanguageTag.of(locale));
    }

    /**
     * Returns this text reduced to the one entry that {@link #get(LanguageTag)} would choose.
     *
     * @param language  the language asked for, not null
     * @return a text with at most one entry, not null
     */
    public LocalizedText only(LanguageTag language) {
        return bestTag(language).map(tag -> of(tag, texts.get(tag))).orElse(EMPTY);
    }

    private Optional<String> bestTag(LanguageTag language) {
        for (String tag : new String[] {language.tag(), language.language(), LanguageTag.ENGLISH.tag()}) {
            if (texts.containsKey(tag)) {
                return Optional.of(tag);
            }
        }
        return texts.keySet().stream().findFirst();
    }

    /**
     * Tells whether this text has no language.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return texts.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText text && texts.equals(text.texts);
    }

    @Override
    public int hashCode() {
        return texts.hashCode();
    }

    /**
     * Returns the texts as {@code tag=text} pairs, such as {@code {en=IOM, fr=OIM}}.
     *
     * @return a description of this text, not null
     */
    @Override
    public String toString() {
        return texts.toString();
    }
}
