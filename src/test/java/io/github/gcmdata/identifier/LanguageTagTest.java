package io.github.gcmdata.identifier;

import static io.github.gcmdata.identifier.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTagTest {

    private static final String STANDARD = "BCP 47";

    @Nested
    class CanonicalCase {

        @ParameterizedTest
        @CsvSource({
            "EN-gb,      en-GB",
            "en-GB,      en-GB",
            "FR,         fr",
            "es-419,     es-419",
            "zh-hant-tw, zh-Hant-TW",
            "SR-LATN-rs, sr-Latn-RS",
            "ar,         ar",
        })
        void bringsTheTagToCanonicalCase(String text, String canonical) {
            LanguageTag tag = LanguageTag.parse(text);

            assertThat(tag.tag()).isEqualTo(canonical);
            assertThat(tag).hasToString(canonical);
        }

        @Test
        void tagsDifferingOnlyInCaseAreEqual() {
            assertThat(LanguageTag.parse("EN-gb")).isEqualTo(LanguageTag.parse("en-GB")).hasSameHashCodeAs(LanguageTag.parse("en-gb"));
            assertThat(LanguageTag.parse("en-GB")).isNotEqualTo(LanguageTag.parse("en"));
        }

        @Test
        void aTagReadAgainHasTheSameCanonicalFormAndARefusedOneIsRefusedAgain() {
            assertThat(LanguageTag.parse("ES-419").tag()).isEqualTo("es-419");
            assertThat(LanguageTag.parse("ES-419").tag()).isEqualTo("es-419");
            for (int i = 0; i < 2; i++) {
                assertThatExceptionOfType(IdentifierFormatException.class).isThrownBy(() -> LanguageTag.parse("en_GB"));
            }
        }

        @Test
        void moreDistinctTagsThanItRemembersStillReadCorrectly() {
            for (int i = 0; i < 3_000; i++) {
                String suffix = Integer.toString(i, 36);
                assertThat(LanguageTag.parse("EN-X-N" + suffix).tag()).isEqualTo("en-x-n" + suffix);
            }
        }

        @Test
        void constantsEqualTheirParsedTags() {
            assertThat(LanguageTag.ENGLISH).isEqualTo(LanguageTag.parse("EN"));
            assertThat(LanguageTag.FRENCH).isEqualTo(LanguageTag.parse("fr"));
            assertThat(LanguageTag.SPANISH).isEqualTo(LanguageTag.parse("es"));
        }

        @Test
        void comparesByTag() {
            assertThat(LanguageTag.parse("en")).isLessThan(LanguageTag.parse("en-GB"));
            assertThat(LanguageTag.parse("en-GB")).isLessThan(LanguageTag.parse("fr"));
        }
    }

    @Nested
    class Language {

        @ParameterizedTest
        @CsvSource({
            "es-419,     es",
            "en-GB,      en",
            "zh-Hant-TW, zh",
            "fr,         fr",
        })
        void isThePrimaryLanguageSubtag(String text, String language) {
            assertThat(LanguageTag.parse(text).language()).isEqualTo(language);
        }

        @Test
        void convertsFromAndToLocale() {
            assertThat(LanguageTag.of(Locale.CANADA_FRENCH).tag()).isEqualTo("fr-CA");
            assertThat(LanguageTag.parse("fr-CA").toLocale()).isEqualTo(Locale.CANADA_FRENCH);
        }

        @Test
        void localeWithoutLanguageIsTheUndeterminedLanguage() {
            assertThat(LanguageTag.of(Locale.ROOT).tag()).isEqualTo("und");
            assertThat(LanguageTag.of(Locale.ROOT).language()).isEqualTo("und");
        }
    }

    /** ISO 639-2's special codes are language subtags of BCP 47 like any other (RFC 5646, 4.1). */
    @Nested
    class SpecialLanguages {

        @ParameterizedTest
        @CsvSource({
            "und,        und, und",
            "UND,        und, und",
            "und-Latn,   und-Latn, und",
            "und-CH,     und-CH, und",
            "und-x-iom,  und-x-iom, und",
            "mul,        mul, mul",
            "zxx,        zxx, zxx",
            "mis,        mis, mis",
            "qaa,        qaa, qaa",
            "QTZ-Latn,   qtz-Latn, qtz",
        })
        void areReadAsLanguages(String text, String tag, String language) {
            LanguageTag parsed = LanguageTag.parse(text);

            assertThat(parsed.tag()).isEqualTo(tag);
            assertThat(parsed.language()).isEqualTo(language);
            assertThat(LanguageTag.parse(parsed.tag())).isEqualTo(parsed);
        }
    }

    @Nested
    class Rejection {

        @Test
        void rejectsEmptyText() {
            assertRejected(() -> LanguageTag.parse(""), STANDARD, "", "a language tag cannot be empty");
        }

        @ParameterizedTest
        @ValueSource(strings = {"f r", "123", "en_GB", "en-", "-en", "e", "toolonglanguage", "en--GB"})
        void rejectsMalformedTags(String text) {
            assertRejected(() -> LanguageTag.parse(text), STANDARD, text);
            assertThatExceptionOfType(IdentifierFormatException.class)
                    .isThrownBy(() -> LanguageTag.parse(text))
                    .satisfies(e -> assertThat(e.reason()).startsWith("not a well-formed tag"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"x-private", "X-IOM", "i-enochian"})
        void rejectsPrivateUseTagsWithoutALanguageSubtag(String text) {
            assertRejected(() -> LanguageTag.parse(text), STANDARD, text,
                    "only private-use subtags (x-...): a language subtag is required, such as und for an undetermined"
                            + " language (und-x-...)");
        }

        @Test
        void rejectsNull() {
            assertThatNullPointerException().isThrownBy(() -> LanguageTag.parse(null));
        }
    }
}
