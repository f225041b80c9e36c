package io.github.gcmdata.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmdata.model.AgendaDay;
import io.github.gcmdata.model.Event;
import io.github.gcmdata.model.EventKind;
import io.github.gcmdata.model.LocalizedText;
import io.github.gcmdata.model.PartialDate;
import io.github.gcmdata.model.TableOfContentsEntry;
import io.github.gcmdata.validation.ViolationCode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
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
        @ValueSource(strings = {"iom", "IOM", "idm-2022", "person:amy-pope", "a", "z", "Z", "0", "9", "x_1.2", "A-RES-73-195",
            "zz-9", "z.Z"})
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

        @Test
        void namesTheYearAndTheCurrentYear() {
            PartialDate date = PartialDate.parse("2027-03");

            assertThat(new NotInFutureValidator().findings(date, clock)).containsExactly(
                    Finding.of(ViolationCode.PUBLICATION_YEAR_IN_FUTURE, date, "year", 2027, "currentYear", Year.of(2026)));
        }

        @Test
        void judgesAYearGivenAsANumberByTheSameRule() {
            assertThat(new NotInFutureYearValidator().findings(2026, clock)).isEmpty();
            assertThat(new NotInFutureYearValidator().findings(-44, clock)).isEmpty();
            assertThat(new NotInFutureYearValidator().findings(2027, clock)).containsExactly(
                    Finding.of(ViolationCode.PUBLICATION_YEAR_IN_FUTURE, 2027, "year", 2027, "currentYear", Year.of(2026)));
        }
    }

    @Nested
    class EventDates {

        private final LocalDate day = LocalDate.of(2022, 5, 17);

        private Event.Builder event(PartialDate start) {
            return Event.builder("e", LocalizedText.of("en", "Regional review"), EventKind.WORKSHOP, start);
        }

        private Event oneDay(String startTime, String endTime) {
            return event(PartialDate.of(day)).startTime(LocalTime.parse(startTime)).endTime(LocalTime.parse(endTime)).build();
        }

        @Test
        void refusesAnEndTimeBeforeTheStartTimeOnOneDay() {
            assertThat(new EventChronologyValidator().findings(oneDay("14:00", "10:00"))).containsExactly(
                    Finding.at(ViolationCode.DATE_END_BEFORE_START, "/endTime", "endTime", LocalTime.parse("10:00"),
                            "start", LocalTime.parse("14:00")));
            Event sameEndDay = oneDay("14:00", "10:00").toBuilder().endDate(PartialDate.of(day)).build();
            assertThat(codes(new EventChronologyValidator().findings(sameEndDay))).containsExactly("date.endBeforeStart");
        }

        @Test
        void comparesTimesOnlyWhenTheEventIsOneKnownDay() {
            Event twoDays = oneDay("14:00", "10:00").toBuilder().endDate(PartialDate.of(day.plusDays(1))).build();
            Event openEnded = oneDay("14:00", "10:00").toBuilder().endDateUnknown(true).build();
            Event inAMonth = event(PartialDate.parse("2022-05")).startTime(LocalTime.parse("14:00"))
                    .endTime(LocalTime.parse("10:00")).build();

            assertThat(new EventChronologyValidator().findings(twoDays)).isEmpty();
            assertThat(new EventChronologyValidator().findings(openEnded)).isEmpty();
            assertThat(new EventChronologyValidator().findings(inAMonth)).isEmpty();
        }

        @Test
        void acceptsTimesInOrderOrOnlyOne() {
            assertThat(new EventChronologyValidator().findings(oneDay("10:00", "14:00"))).isEmpty();
            assertThat(new EventChronologyValidator().findings(oneDay("10:00", "10:00"))).isEmpty();
            assertThat(new EventChronologyValidator().findings(
                    event(PartialDate.of(day)).startTime(LocalTime.parse("14:00")).build())).isEmpty();
            assertThat(new EventChronologyValidator().findings(
                    event(PartialDate.of(day)).endTime(LocalTime.parse("10:00")).build())).isEmpty();
        }

        @Test
        void refusesAnAgendaDayOutsideTheEventAndNamesItsDates() {
            Event twoDays = event(PartialDate.of(day)).endDate(PartialDate.of(day.plusDays(1)))
                    .agenda(AgendaDay.builder(day.minusDays(1)).build(), AgendaDay.builder(day.plusDays(1)).build(),
                            AgendaDay.builder(day.plusDays(2)).build())
                    .build();

            assertThat(new AgendaWithinEventValidator().findings(twoDays)).containsExactly(
                    Finding.at(ViolationCode.AGENDA_DAY_OUTSIDE_EVENT, "/agenda/0/date", "date", day.minusDays(1),
                            "start", PartialDate.of(day), "end", PartialDate.of(day.plusDays(1))),
                    Finding.at(ViolationCode.AGENDA_DAY_OUTSIDE_EVENT, "/agenda/2/date", "date", day.plusDays(2),
                            "start", PartialDate.of(day), "end", PartialDate.of(day.plusDays(1))));
        }

        @Test
        void takesTheStartAsTheEndOfAOneDayEventAndNoEndForAnOpenOne() {
            Event oneDay = event(PartialDate.of(day)).agenda(AgendaDay.builder(day.plusDays(1)).build()).build();
            Event openEnded = event(PartialDate.of(day)).endDateUnknown(true)
                    .agenda(AgendaDay.builder(day.minusDays(1)).build(), AgendaDay.builder(day.plusYears(1)).build())
                    .build();

            assertThat(new AgendaWithinEventValidator().findings(oneDay)).containsExactly(
                    Finding.at(ViolationCode.AGENDA_DAY_OUTSIDE_EVENT, "/agenda/0/date", "date", day.plusDays(1),
                            "start", PartialDate.of(day), "end", PartialDate.of(day)));
            assertThat(new AgendaWithinEventValidator().findings(openEnded)).containsExactly(
                    Finding.at(ViolationCode.AGENDA_DAY_OUTSIDE_EVENT, "/agenda/0/date", "date", day.minusDays(1),
                            "start", PartialDate.of(day), "end", "…"));
        }

        @Test
        void leavesTheAgendaOfAnEventThatEndsBeforeItStartsToTheChronology() {
            Event reversed = event(PartialDate.of(day)).endDate(PartialDate.of(day.minusDays(3)))
                    .agenda(AgendaDay.builder(day.plusDays(5)).build())
                    .build();

            assertThat(new AgendaWithinEventValidator().findings(reversed)).isEmpty();
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
