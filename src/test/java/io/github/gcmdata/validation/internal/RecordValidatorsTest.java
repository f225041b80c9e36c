package io.github.gcmdata.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmdata.model.LocalizedText;
import io.github.gcmdata.model.PartialDate;
import io.github.gcmdata.model.TableOfContentsEntry;
import io.github.gcmdata.validation.ViolationCode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The validators' logic for texts, identifiers, numbers and dates, with tables of vectors. */
class RecordValidatorsTest {

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(finding -> finding.code().code()).collect(Collectors.toList());
    }

    @Nested
    class Texts {

        @Test
        void reportsEachBlankEntryAtItsLanguage() {
            LocalizedText text = LocalizedText.of(Map.of("en", "IOM", "fr", " ", "es", ""));
            List<Finding> findings = LocalizedTextValidator.findings(text, true);
            assertThat(findings).extracting(Finding::code, Finding::pointerSuffix)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(ViolationCode.TEXT_BLANK, "/fr"),
                            org.assertj.core.groups.Tuple.tuple(ViolationCode.TEXT_BLANK, "/es"));
        }

        @Test
        void reportsEmptyRequiredTextOnly() {
            assertThat(codes(LocalizedTextValidator.findings(LocalizedText.empty(), true))).containsExactly("text.empty");
            assertThat(LocalizedTextValidator.findings(LocalizedText.empty(), false)).isEmpty();
        }

        @Test
        void reportsUnknownLanguageOfAnEntry() {
            List<Finding> findings = LocalizedTextValidator.findings(LocalizedText.of("xx", "Texte"), false);
            assertThat(codes(findings)).containsExactly("language.unknown");
            assertThat(findings.get(0).pointerSuffix()).isEqualTo("/xx");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "\t\n", "\u2003"})
        void rejectsBlankStrings(String text) {
            assertThat(codes(new TextValidator().findings(text))).containsExactly("text.blank");
        }

        @Test
        void acceptsTextAndNull() {
            assertThat(new TextValidator().findings("Amy Pope")).isEmpty();
            assertThat(new TextValidator().isValid(null, null)).isTrue();
        }
    }

    @Nested
    class Ids {

        @ParameterizedTest
        @ValueSource(strings = {"iom", "IOM", "idm-2022", "person:amy-pope", "a", "x_1.2", "A-RES-73-195"})
        void acceptsIdentifiers(String id) {
            assertThat(new IdValidator().findings(id)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"-iom", "iom-", "i om", "iom/1", "é", "a:", "#x"})
        void rejectsIdentifiersOutsideThePattern(String id) {
            assertThat(codes(new IdValidator().findings(id))).containsExactly("id.invalid");
        }

        @Test
        void acceptsExactlyWhatTheDocumentedPatternMatches() {
            java.util.regex.Pattern documented = java.util.regex.Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9._:-]*[A-Za-z0-9])?");
            String alphabet = "aZ09._:- /é#";
            java.util.Random random = new java.util.Random(15);
            for (int i = 0; i < 20_000; i++) {
                StringBuilder id = new StringBuilder();
                for (int length = random.nextInt(6); length >= 0; length--) {
                    id.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                String text = id.toString();
                boolean valid = !text.isBlank() && documented.matcher(text).matches();
                assertThat(new IdValidator().findings(text).isEmpty()).as("\"%s\"", text).isEqualTo(valid);
            }
        }

        @Test
        void rejectsBlankAndTooLongIdentifiers() {
            assertThat(codes(new IdValidator().findings(" "))).containsExactly("id.blank");
            assertThat(codes(new IdValidator().findings("a".repeat(129)))).containsExactly("id.invalid");
            assertThat(new IdValidator().findings("a".repeat(128))).isEmpty();
        }
    }

    @Nested
    class Objectives {

        @ParameterizedTest
        @ValueSource(ints = {1, 12, 23})
        void acceptsOneToTwentyThree(int number) {
            assertThat(new ObjectiveNumberValidator().findings(number)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 24, -1, 100})
        void rejectsOthers(int number) {
            assertThat(codes(new ObjectiveNumberValidator().findings(number))).containsExactly("objective.outOfRange");
        }
    }

    @Nested
    class PublicationYears {

        private final Clock clock = Clock.fixed(Instant.parse("2026-06-15T12:00:00Z"), ZoneOffset.UTC);

        @ParameterizedTest
        @ValueSource(strings = {"2018", "2026", "2026-12", "2026-12-31", "1951"})
        void acceptsThisYearAndBefore(String date) {
            assertThat(new NotInFutureValidator().findings(PartialDate.parse(date), clock)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"2027", "2027-01-01", "9999"})
        void rejectsLaterYears(String date) {
            assertThat(codes(new NotInFutureValidator().findings(PartialDate.parse(date), clock)))
                    .containsExactly("publication.yearInFuture");
        }
    }

    @Nested
    class TableOfContents {

        private TableOfContentsEntry nested(int depth) {
            TableOfContentsEntry entry = new TableOfContentsEntry(LocalizedText.of("en", "level " + depth), null, null);
            for (int level = depth - 1; level >= 1; level--) {
                entry = new TableOfContentsEntry(LocalizedText.of("en", "level " + level), null, List.of(entry));
            }
            return entry;
        }

        @Test
        void acceptsSixLevels() {
            assertThat(TableOfContentsDepthValidator.findings(List.of(nested(6)), 6)).isEmpty();
        }

        @Test
        void reportsTheFirstEntryTooDeepAtItsPointer() {
            List<Finding> findings = TableOfContentsDepthValidator.findings(List.of(nested(6), nested(8)), 6);
            assertThat(findings).extracting(Finding::code, Finding::pointerSuffix)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(ViolationCode.TOC_TOO_DEEP,
                            "/1/entries/0/entries/0/entries/0/entries/0/entries/0/entries/0"));
        }
    }
}
