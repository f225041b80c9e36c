package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.KnownLanguage;
import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.validation.ViolationCode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Validates {@link KnownLanguage}. */
public final class LanguageValidator extends FindingValidator<KnownLanguage, LanguageTag> {

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());
    /** ISO 639-2's codes that name no one language: undetermined, multiple, no linguistic content, uncoded. */
    private static final Set<String> SPECIAL = Set.of("und", "mul", "zxx", "mis");
    /** The three-letter codes of languages that have a two-letter one, mapped to it. */
    private static final Map<String, String> ALPHA_3_OF_ALPHA_2 = alpha3OfAlpha2();
    /**
     * The two-letter tags whose language is known once parsed ({@code en}, {@code fr}, ...): the keys
     * of nearly every localized text, answered without parsing each again.
     */
    private static final Set<String> KNOWN_TWO_LETTER_TAGS = ISO_639_1.stream()
            .filter(tag -> isKnown(LanguageTag.parse(tag).language()))
            .collect(Collectors.toUnmodifiableSet());

    /** Creates the validator. */
    public LanguageValidator() {
    }

    @Override
    List<Finding> findings(LanguageTag tag) {
        return isKnown(tag.language()) ? List.of() : List.of(Finding.of(ViolationCode.LANGUAGE_UNKNOWN, tag.tag()));
    }

    /** ISO 639-2 qaa to qtz: reserved for local use, private-use language subtags of BCP 47. */
    private static boolean isPrivateUse(String language) {
        return language.length() == 3 && language.charAt(0) == 'q'
                && language.charAt(1) >= 'a' && language.charAt(1) <= 't'
                && language.charAt(2) >= 'a' && language.charAt(2) <= 'z';
    }

    /**
     * Tells whether the language of a tag, such as a key of a localized text, is known, as {@link
     * #isKnown} says of its language subtag once parsed.
     *
     * @param tag  a language tag, not null
     * @return true if known
     * @throws io.github.gcmdata.identifier.IdentifierFormatException if the tag is not well formed
     */
    static boolean isKnownTag(String tag) {
        return KNOWN_TWO_LETTER_TAGS.contains(tag) || isKnown(LanguageTag.parse(tag).language());
    }

    /**
     * Tells whether a language subtag names a language: one of ISO 639-2's special codes, a
     * two-letter code the JDK lists, or a three-letter code with no two-letter form for which CLDR
     * knows a name.
     *
     * @param language  the lower-case language subtag, not null
     * @return true if known
     */
    static boolean isKnown(String language) {
        if (SPECIAL.contains(language) || isPrivateUse(language)) {
            return true;
        }
        if (language.length() == 2) {
            return ISO_639_1.contains(language);
        }
        if (language.length() != 3 || ALPHA_3_OF_ALPHA_2.containsKey(language)) {
            return false;
        }
        String name = new Locale.Builder().setLanguage(language).build().getDisplayLanguage(Locale.ENGLISH);
        return !name.isEmpty() && !name.equalsIgnoreCase(language);
    }

    private static Map<String, String> alpha3OfAlpha2() {
        Map<String, String> map = new HashMap<>();
        for (String alpha2 : ISO_639_1) {
            try {
                map.put(new Locale.Builder().setLanguage(alpha2).build().getISO3Language(), alpha2);
            } catch (java.util.MissingResourceException e) {
                // No three-letter code known for it: nothing to map.
            }
        }
        return Map.copyOf(map);
    }
}
