package io.github.gcmdata.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gcmdata.identifier.IdentifierFormatException;
import io.github.gcmdata.identifier.LanguageTag;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalizedTextTest {

    private static final String EN = "International Organization for Migration";
    private static final String FR = "Organisation internationale pour les migrations";
    private static final String ES = "Organización Internacional para las Migraciones";

    private static final LocalizedText IOM = LocalizedText.of("fr", FR, "en", EN, "es", ES);

    @Nested
    class CanonicalTags {

        @Test
        void tagsAreKeptInAlphabeticalOrder() {
            Map<String, String> texts = new LinkedHashMap<>();
            texts.put("fr", FR);
            texts.put("es", ES);
            texts.put("en-GB", "Colour");
            texts.put("en", EN);

            assertThat(LocalizedText.of(texts).asMap()).containsExactly(
                    Map.entry("en", EN), Map.entry("en-GB", "Colour"), Map.entry("es", ES), Map.entry("fr", FR));
        }

        @Test
        void tagsAreBroughtToCanonicalCase() {
            assertThat(LocalizedText.of("EN-gb", "Colour", "FR", "Couleur").asMap())
                    .containsExactly(Map.entry("en-GB", "Colour"), Map.entry("fr", "Couleur"));
        }

        @Test
        void textsGivenInDifferentOrderOrCaseAreEqualAndPrintAlike() {
            LocalizedText one = LocalizedText.of("fr", FR, "EN", EN);
            LocalizedText other = LocalizedText.of("en", EN, "fr", FR);

            assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
            assertThat(one).hasToString(other.toString()).hasToString("{en=" + EN + ", fr=" + FR + "}");
        }

        @Test
        void textsWithDifferentEntriesAreNotEqual() {
            assertThat(LocalizedText.of("en", EN)).isNotEqualTo(LocalizedText.of("en", FR)).isNotEqualTo(LocalizedText.of("fr", EN));
        }

        @Test
        void mapIsUnmodifiable() {
            assertThatThrownBy(() -> IOM.asMap().put("de", "IOM")).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        void changingTheSourceMapAfterwardsDoesNotChangeTheText() {
            Map<String, String> texts = new HashMap<>(Map.of("en", EN));
            LocalizedText text = LocalizedText.of(texts);

            texts.put("fr", FR);

            assertThat(text.asMap()).containsOnlyKeys("en");
        }

        @Test
        void blankEntryIsRepresentable() {
            assertThat(LocalizedText.of("en", " ").exactly(LanguageTag.ENGLISH)).contains(" ");
        }
    }

    @Nested
    class Rejection {

        @Test
        void rejectsTheSameTagTwiceInDifferentCase() {
            Map<String, String> texts = new LinkedHashMap<>();
            texts.put("en", EN);
            texts.put("EN", "Other");

            assertThatIllegalArgumentException().isThrownBy(() -> LocalizedText.of(texts)).withMessage("language en given twice");
        }

        @Test
        void rejectsTheSameRegionalTagTwiceInDifferentCase() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> LocalizedText.of("en-GB", "Colour", "EN-gb", "Color"))
                    .withMessage("language en-GB given twice");
        }

        @Test
        void rejectsNullKey() {
            Map<String, String> texts = new HashMap<>();
            texts.put(null, EN);

            assertThatNullPointerException().isThrownBy(() -> LocalizedText.of(texts)).withMessage("language tag is null");
        }

        @Test
        void rejectsNullValueNamingTheLanguage() {
            Map<String, String> texts = new HashMap<>();
            texts.put("FR", null);

            assertThatNullPointerException().isThrownBy(() -> LocalizedText.of(texts)).withMessage("text for language fr is null");
        }

        @Test
        void pairsRejectANullTextNamingTheLanguage() {
            assertThatNullPointerException().isThrownBy(() -> LocalizedText.of("fr", null))
                    .withMessage("text for language fr is null");
            assertThatNullPointerException().isThrownBy(() -> LocalizedText.of("en", EN, "FR", null))
                    .withMessage("text for language fr is null");
            assertThatNullPointerException().isThrownBy(() -> LocalizedText.of("en", EN, "es", "texto", "fr", null))
                    .withMessage("text for language fr is null");
        }

        @Test
        void pairsRejectANullTag() {
            assertThatNullPointerException().isThrownBy(() -> LocalizedText.of(null, EN)).withMessage("language tag is null");
        }

        @Test
        void pairsRejectTheSameTagTwiceNamingIt() {
            assertThatIllegalArgumentException().isThrownBy(() -> LocalizedText.of("en", EN, "EN", "again"))
                    .withMessage("language en given twice");
        }

        @Test
        void rejectsNullMap() {
            assertThatNullPointerException().isThrownBy(() -> LocalizedText.of((Map<String, String>) null));
        }

        @Test
        void rejectsMalformedTag() {
            assertThatExceptionOfType(IdentifierFormatException.class)
                    .isThrownBy(() -> LocalizedText.of("f r", EN))
                    .withMessageStartingWith("BCP 47: ")
                    .withMessageEndingWith(" in \"f r\"");
        }
    }

    @Nested
    class Fallback {

        @ParameterizedTest
        @CsvSource({
            "fr,     fr",
            "FR,     fr",
            "es,     es",
            "fr-CA,  fr",
            "es-419, es",
            "en-GB,  en",
            "de,     en",
            "ar,     en",
        })
        void asksTagThenItsLanguageThenEnglish(String asked, String chosen) {
            LanguageTag language = LanguageTag.parse(asked);

            assertThat(IOM.get(language)).isEqualTo(IOM.exactly(LanguageTag.parse(chosen)));
            assertThat(IOM.get(language)).isPresent();
        }

        @Test
        void exactRegionalTagWinsOverItsLanguage() {
            LocalizedText text = LocalizedText.of("es", "general", "es-419", "Latinoamérica");

            assertThat(text.get(LanguageTag.parse("es-419"))).contains("Latinoamérica");
            assertThat(text.get(LanguageTag.parse("es-ES"))).contains("general");
            assertThat(text.get(LanguageTag.parse("es"))).contains("general");
        }

        @Test
        void languageWinsOverEnglish() {
            LocalizedText text = LocalizedText.of("en", EN, "fr", FR);

            assertThat(text.get(LanguageTag.parse("fr-CH"))).contains(FR);
        }

        @Test
        void withoutAskedLanguageOrEnglishTheFirstTagInOrderIsChosen() {
            LocalizedText text = LocalizedText.of("fr", FR, "es", ES);

            assertThat(text.get(LanguageTag.parse("de"))).contains(ES);
        }

        @Test
        void regionalTagIsNotFoundByItsLanguageAlone() {
            LocalizedText text = LocalizedText.of("fr", FR, "en-GB", "Colour");

            assertThat(text.get(LanguageTag.ENGLISH)).contains("Colour");
            assertThat(text.exactly(LanguageTag.ENGLISH)).isEmpty();
            assertThat(text.get(LanguageTag.parse("de"))).as("first in tag order, en-GB before fr").contains("Colour");
        }

        @Test
        void localeUsesTheSameFallback() {
            assertThat(IOM.get(Locale.CANADA_FRENCH)).contains(FR);
            assertThat(IOM.get(Locale.GERMAN)).contains(EN);
        }

        @Test
        void exactlyHasNoFallback() {
            assertThat(IOM.exactly(LanguageTag.FRENCH)).contains(FR);
            assertThat(IOM.exactly(LanguageTag.parse("fr-CA"))).isEmpty();
            assertThat(IOM.exactly(LanguageTag.parse("de"))).isEmpty();
        }

        @Test
        void emptyTextHasNothingInAnyLanguage() {
            assertThat(LocalizedText.empty().get(LanguageTag.ENGLISH)).isEmpty();
            assertThat(LocalizedText.empty().exactly(LanguageTag.ENGLISH)).isEmpty();
        }
    }

    @Nested
    class Only {

        @Test
        void keepsTheOneEntryThatGetChooses() {
            assertThat(IOM.only(LanguageTag.FRENCH)).isEqualTo(LocalizedText.of("fr", FR));
            assertThat(IOM.only(LanguageTag.parse("es-419"))).isEqualTo(LocalizedText.of("es", ES));
            assertThat(IOM.only(LanguageTag.parse("de"))).isEqualTo(LocalizedText.of("en", EN));
        }

        @Test
        void fallsBackToTheFirstTagWithoutEnglish() {
            assertThat(LocalizedText.of("fr", FR, "es", ES).only(LanguageTag.parse("de"))).isEqualTo(LocalizedText.of("es", ES));
        }

        @Test
        void ofEmptyTextIsEmpty() {
            assertThat(LocalizedText.empty().only(LanguageTag.ENGLISH)).isSameAs(LocalizedText.empty());
        }
    }

    @Nested
    class Empty {

        @Test
        void emptyMapGivesTheEmptyText() {
            assertThat(LocalizedText.of(Map.of())).isSameAs(LocalizedText.empty());
            assertThat(LocalizedText.empty().isEmpty()).isTrue();
            assertThat(LocalizedText.empty().asMap()).isEmpty();
            assertThat(LocalizedText.empty()).hasToString("{}");
        }

        @Test
        void textWithAnEntryIsNotEmpty() {
            assertThat(LocalizedText.of("en", "").isEmpty()).isFalse();
            assertThat(LocalizedText.of("en", "")).isNotEqualTo(LocalizedText.empty());
        }
    }
}
