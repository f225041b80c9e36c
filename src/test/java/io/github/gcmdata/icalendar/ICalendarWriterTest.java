package io.github.gcmdata.icalendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import biweekly.io.TimezoneAssignment;
import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.model.AgendaDay;
import io.github.gcmdata.model.AgendaItem;
import io.github.gcmdata.model.AgendaItemKind;
import io.github.gcmdata.model.AgentRef;
import io.github.gcmdata.model.AttendanceMode;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.DatasetMetadata;
import io.github.gcmdata.model.Event;
import io.github.gcmdata.model.EventKind;
import io.github.gcmdata.model.LocalizedText;
import io.github.gcmdata.model.Modality;
import io.github.gcmdata.model.Organisation;
import io.github.gcmdata.model.OrganisationKind;
import io.github.gcmdata.model.PartialDate;
import io.github.gcmdata.model.Place;
import io.github.gcmdata.model.Speaker;
import io.github.gcmdata.identifier.CountryCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * iCalendar read back by biweekly, an independent parser that computes each instant from the
 * VTIMEZONE written, and checked line by line against RFC 5545's rules.
 */
class ICalendarWriterTest {

    private static final String HOSTILE = "Quotes \"double\", a backslash \\ and \\n; semicolon, comma: colon\n"
            + "second line\r\nthird, accents éàüñ œ, 中文, 😀 " + "long ".repeat(40) + "end";

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        }
    }

    private static ICalendar parse(String ics) {
        List<List<ParseWarning>> warnings = new ArrayList<>();
        ICalendar calendar = Biweekly.parse(ics).warnings(warnings).first();
        assertThat(warnings.stream().flatMap(List::stream)).as("biweekly's warnings").isEmpty();
        return calendar;
    }

    /** RFC 5545 section 3.1: CR LF after every line, at most 75 octets, continuation lines start with a space. */
    private static void assertContentLines(String ics) {
        assertThat(ics).endsWith("\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleWithFullDatesReadsBackWithTheSameInstants(Path example) {
        Dataset dataset = GcmJson.standard().readDataset(example);
        List<Event> held = dataset.events().stream().filter(ICalendarWriter::canHold).collect(Collectors.toList());
        if (held.isEmpty()) {
            assertThatThrownBy(() -> ICalendarWriter.standard().write(dataset))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a calendar needs");
            return;
        }
        String ics = ICalendarWriter.standard().write(dataset);

        assertContentLines(ics);
        assertThat(ICalendarWriter.standard().write(dataset)).as("the same bytes on every run").isEqualTo(ics);
        ICalendar calendar = parse(ics);
        List<Instant> expected = new ArrayList<>();
        int items = 0;
        for (Event event : held) {
            if (event.startTime() != null && event.endTime() != null && event.timeZone() != null && !event.endDateUnknown()
                    && (event.endDate() == null || event.endDate().equals(event.startDate()))) {
                expected.add(ZonedDateTime.of(event.startDate().earliestDay(), event.startTime(), event.timeZone()).toInstant());
            }
            for (AgendaDay day : event.timeZone() == null ? List.<AgendaDay>of() : event.agenda()) {
                for (AgendaItem item : day.items()) {
                    expected.add(ZonedDateTime.of(day.date(), item.startTime(), event.timeZone()).toInstant());
                    items++;
                }
            }
        }
        List<VEvent> events = calendar.getEvents();
        assertThat(events).hasSize(held.size() + items);
        assertThat(events.stream().map(e -> e.getUid().getValue()).distinct()).hasSize(events.size());
        assertThat(events.stream().filter(e -> e.getDateStart().getValue().hasTime())
                .map(e -> e.getDateStart().getValue().toInstant())).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void threeMorningsOfIdm2022InNewYorkTime() {
        Dataset dataset = GcmJson.standard().readDataset(Path.of("examples/idm-2022-first-session.json"));
        ICalendar calendar = parse(ICalendarWriter.standard().write(dataset, "idm-2022-session-1"));

        VEvent session = calendar.getEvents().get(0);
        assertThat(session.getUid().getValue())
                .isEqualTo("https://gcmdata.github.io/gcm-reference-data/id/event/idm-2022-session-1");
        assertThat(session.getDateStart().getValue().hasTime()).as("three mornings are no one block of three days").isFalse();
        assertThat(session.getDateEnd().getValue().hasTime()).isFalse();
        assertThat(session.getOrganizer().getCommonName()).isEqualTo("International Organization for Migration");
        VEvent opening = calendar.getEvents().get(1);
        assertThat(opening.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2022-02-28T14:00:00Z"));
        assertThat(opening.getDateEnd().getValue().toInstant()).isEqualTo(Instant.parse("2022-02-28T14:30:00Z"));
        assertThat(opening.getDescription().getValue()).contains("Speakers: António Vitorino (Directeur général de l’OIM)",
                "Abdulla Shahid (Président de la 76e session de l’Assemblée générale des Nations Unies, video message)");
        assertThat(opening.getRelatedTo().get(0).getValue()).isEqualTo(session.getUid().getValue());
        TimezoneAssignment zone = calendar.getTimezoneInfo().getTimezone(opening.getDateStart());
        assertThat(zone.getComponent()).as("the instant comes from the VTIMEZONE written").isNotNull();
        assertThat(zone.getComponent().getTimezoneId().getValue()).isEqualTo("America/New_York");
    }

    @Test
    void anEventOfOneDayWithItsTimesIsTimedAndOneOfSeveralDaysIsAllDay() {
        ZoneId geneva = ZoneId.of("Europe/Zurich");
        Event oneDay = Event.builder("one-day", LocalizedText.of("en", "One day"), EventKind.WORKSHOP, LocalDate.of(2023, 3, 7))
                .startTime(LocalTime.of(10, 0)).endTime(LocalTime.of(13, 0)).timeZone(geneva)
                .build();
        Event twoDays = oneDay.toBuilder().id("two-days").endDate(PartialDate.parse("2023-03-08")).build();
        DatasetMetadata metadata = DatasetMetadata.builder("times", LocalizedText.of("en", "Times"))
                .dateModified(LocalDate.of(2026, 11, 22))
                .build();
        ICalendar calendar = parse(ICalendarWriter.standard().write(Dataset.builder(metadata).events(oneDay, twoDays).build()));

        VEvent timed = calendar.getEvents().get(0);
        assertThat(timed.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2023-03-07T09:00:00Z"));
        assertThat(timed.getDateEnd().getValue().toInstant()).isEqualTo(Instant.parse("2023-03-07T12:00:00Z"));
        VEvent allDay = calendar.getEvents().get(1);
        assertThat(allDay.getDateStart().getValue().hasTime()).isFalse();
        assertThat(allDay.getDateEnd().getValue().hasTime()).isFalse();
        assertThat(allDay.getDateEnd().getValue().getRawComponents().toString(false, false)).as("the day after its last")
                .isEqualTo("20230309");
    }

    /** Europe/Zurich leaves summer time at 03:00 on Sunday 29 October 2023. */
    private static Dataset acrossTheEndOfSummerTime(ZoneId zone, String name) {
        List<AgendaDay> days = new ArrayList<>();
        for (LocalDate date = LocalDate.of(2023, 10, 27); !date.isAfter(LocalDate.of(2023, 10, 30)); date = date.plusDays(1)) {
            days.add(new AgendaDay(date, null, List.of(AgendaItem.builder(AgendaItemKind.PANEL).startTime(LocalTime.of(9, 0)).endTime(LocalTime.of(12, 0)).number(1).name(LocalizedText.of("en", name))
                    .speakers(new Speaker("speaker", "A. Speaker", LocalizedText.of("en", name), Modality.REMOTE, null)).build(),
                    AgendaItem.builder(AgendaItemKind.OTHER).startTime(LocalTime.of(2, 30)).endTime(LocalTime.of(3, 30)).build())));
        }
        Event event = Event.builder("geneva-workshop", LocalizedText.of("en", name), EventKind.WORKSHOP, LocalDate.of(2023, 10, 27))
                .endDate(PartialDate.parse("2023-10-30"))
                .timeZone(zone)
                .attendanceMode(AttendanceMode.IN_PERSON)
                .location(new Place(LocalizedText.of("en", name), null, LocalizedText.of("fr", "Genève"), CountryCode.parse("CH")))
                .organizers(AgentRef.organisation("hosts"))
                .agenda(days)
                .build();
        Organisation hosts = Organisation.builder("hosts", LocalizedText.of("en", name), OrganisationKind.OTHER).build();
        DatasetMetadata metadata = DatasetMetadata.builder("dst", LocalizedText.of("en", name))
                .dateModified(LocalDate.of(2026, 11, 22))
                .build();
        return Dataset.builder(metadata).organisations(hosts).events(event).build();
    }

    @Test
    void anAgendaAcrossADaylightSavingChangeKeepsItsInstants() {
        ZoneId zurich = ZoneId.of("Europe/Zurich");
        Dataset dataset = acrossTheEndOfSummerTime(zurich, "Workshop");
        String ics = ICalendarWriter.standard().write(dataset);
        ICalendar calendar = parse(ics);

        List<Instant> starts = calendar.getEvents().stream().skip(1).map(e -> e.getDateStart().getValue().toInstant())
                .collect(Collectors.toList());
        List<Instant> expected = dataset.events().get(0).agenda().stream().flatMap(day -> day.items().stream()
                        .map(item -> ZonedDateTime.of(day.date(), item.startTime(), zurich).toInstant()))
                .collect(Collectors.toList());
        assertThat(starts).containsExactlyElementsOf(expected);
        assertThat(starts.get(0)).isEqualTo(Instant.parse("2023-10-27T07:00:00Z"));
        assertThat(starts.get(6)).isEqualTo(Instant.parse("2023-10-30T08:00:00Z"));
        assertThat(Duration.between(starts.get(2), starts.get(4))).as("Saturday 9:00 to Sunday 9:00").hasHours(25);
        assertThat(ics).contains("BEGIN:DAYLIGHT\r\nDTSTART:20230326T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n")
                .contains("BEGIN:STANDARD\r\nDTSTART:20231029T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n");
        assertThat(calendar.getTimezoneInfo().getTimezone(calendar.getEvents().get(1).getDateStart()).getComponent())
                .isNotNull();
    }

    @Test
    void hostileTextIsEscapedFoldedAndReadBackWhole() {
        Dataset dataset = acrossTheEndOfSummerTime(ZoneId.of("Europe/Zurich"), HOSTILE);
        String ics = ICalendarWriter.standard().write(dataset);

        assertContentLines(ics);
        ICalendar calendar = parse(ics);
        String expected = HOSTILE.replace("\r\n", "\n");
        assertThat(calendar.getEvents().get(0).getSummary().getValue()).isEqualTo(expected);
        assertThat(calendar.getEvents().get(0).getOrganizer().getCommonName()).isEqualTo(expected);
        assertThat(calendar.getEvents().get(0).getLocation().getValue()).isEqualTo(expected + ", Genève, CH");
        assertThat(calendar.getEvents().get(1).getDescription().getValue())
                .isEqualTo("Speakers: A. Speaker (" + expected + ", remote)");
    }

    @Test
    void writesItsLabelsInFrench() {
        Dataset dataset = acrossTheEndOfSummerTime(ZoneId.of("Europe/Zurich"), "Atelier");
        ICalendar calendar = parse(ICalendarWriter.builder().language(LanguageTag.FRENCH).build().write(dataset));

        assertThat(calendar.getEvents().get(1).getDescription().getValue())
                .isEqualTo("Intervenants\u00a0: A. Speaker (Atelier, à distance)");
        assertThat(calendar.getEvents().get(2).getSummary().getValue()).isEqualTo("Point de l’ordre du jour");
    }

    @Test
    void refusesWhatACalendarCannotHold() {
        Dataset dataset = GcmJson.standard().readDataset(Path.of("examples/idm-no-28.json"));

        assertThatThrownBy(() -> ICalendarWriter.standard().write(dataset, "idm-no-28"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the dataset idm-no-28 has no event with the id 'idm-no-28'");
        assertThatThrownBy(() -> ICalendarWriter.standard().write(dataset, "idm-2017"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the event idm-2017 is known only to the month or year (2017); a calendar needs days");
    }
}
