package io.github.gcmdata.icalendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import biweekly.io.TimezoneAssignment;
import io.github.gcmdata.identifier.EmailAddress;
import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.identifier.PhoneNumber;
import io.github.gcmdata.identifier.Url;
import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.model.AgendaDay;
import io.github.gcmdata.model.AgendaItem;
import io.github.gcmdata.model.AgendaItemKind;
import io.github.gcmdata.model.AgentRef;
import io.github.gcmdata.model.AttendanceMode;
import io.github.gcmdata.model.ContactPoint;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.DatasetMetadata;
import io.github.gcmdata.model.Event;
import io.github.gcmdata.model.EventKind;
import io.github.gcmdata.model.LocalizedText;
import io.github.gcmdata.model.Modality;
import io.github.gcmdata.model.Organisation;
import io.github.gcmdata.model.OrganisationKind;
import io.github.gcmdata.model.PartialDate;
import io.github.gcmdata.model.Person;
import io.github.gcmdata.model.Place;
import io.github.gcmdata.model.Speaker;
import io.github.gcmdata.model.SpeakerRole;
import io.github.gcmdata.model.State;
import io.github.gcmdata.identifier.CountryCode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
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

    private static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
    private static final DatasetMetadata METADATA = DatasetMetadata.builder("calendar", LocalizedText.of("en", "Calendar"))
            .dateModified(LocalDate.of(2026, 11, 22))
            .build();
    private static final ICalendarWriter WRITER = ICalendarWriter.standard();

    /** A workshop in Geneva on 7 March 2023, 10:00 to 13:00, with nothing else. */
    private static Event.Builder workshop() {
        return Event.builder("workshop", LocalizedText.of("en", "Workshop"), EventKind.WORKSHOP, LocalDate.of(2023, 3, 7))
                .startTime(LocalTime.of(10, 0)).endTime(LocalTime.of(13, 0)).timeZone(ZURICH);
    }

    /** One agenda day on the workshop's day with these items. */
    private static AgendaDay day(AgendaItem... items) {
        return new AgendaDay(LocalDate.of(2023, 3, 7), null, List.of(items));
    }

    private static AgendaItem.Builder item(AgendaItemKind kind, int hour) {
        return AgendaItem.builder(kind).startTime(LocalTime.of(hour, 0)).endTime(LocalTime.of(hour, 30));
    }

    private static String write(ICalendarWriter writer, Event event, Dataset.Builder others) {
        String ics = writer.write(others.metadata(METADATA).events(event).build());
        assertContentLines(ics);
        parse(ics);
        return ics;
    }

    private static String write(Event event) {
        return write(WRITER, event, Dataset.builder(METADATA));
    }

    /** The unfolded lines of each VEVENT, in order. */
    private static List<List<String>> vevents(String ics) {
        List<List<String>> events = new ArrayList<>();
        List<String> current = null;
        for (String line : ics.replace("\r\n ", "").split("\r\n")) {
            if (line.equals("BEGIN:VEVENT")) {
                current = new ArrayList<>();
                events.add(current);
            } else if (line.equals("END:VEVENT")) {
                current = null;
            } else if (current != null) {
                current.add(line);
            }
        }
        return events;
    }

    /** The lines of a VEVENT that hold a property. */
    private static List<String> property(List<String> vevent, String name) {
        return vevent.stream().filter(line -> line.startsWith(name + ":") || line.startsWith(name + ";"))
                .collect(Collectors.toList());
    }

    @Nested
    class Refusals {

        @Test
        void aDatasetWithoutEventsHasNothingToWrite() {
            assertThatThrownBy(() -> WRITER.write(Dataset.builder(METADATA).build()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the dataset calendar has no event with full dates, which a calendar needs");
        }

        @Test
        void aDatasetWhoseEventsAreKnownOnlyToTheYearSaysSo() {
            Event year = workshop().startDate(PartialDate.parse("2017")).build();

            assertThatThrownBy(() -> WRITER.write(Dataset.builder(METADATA).events(year).build()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the dataset calendar has no event with full dates, which a calendar needs"
                            + " (its events are known only to the month or year)");
        }

        @Test
        void anEventWhoseEndIsKnownOnlyToTheMonthSaysItIsTheEnd() {
            Event month = workshop().endDate(PartialDate.parse("2023-04")).build();

            assertThat(ICalendarWriter.canHold(month)).isFalse();
            assertThatThrownBy(() -> WRITER.write(Dataset.builder(METADATA).events(month).build(), "workshop"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the event workshop is known only to the end month or year (2023-03-07 to 2023-04);"
                            + " a calendar needs days");
        }

        @Test
        void aBaseThatIsNotAnAbsoluteIriEndingWithASlashIsRefused() {
            assertThatThrownBy(() -> ICalendarWriter.builder().base(URI.create("https://data.example.org/gcm")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("base IRI: should be absolute and end with '/', was https://data.example.org/gcm");
        }
    }

    @Nested
    class StampsAndUids {

        @Test
        void theStampIsTheDatasetsDateModifiedAtMidnightUtcOnEveryComponent() {
            String ics = write(workshop().agenda(day(item(AgendaItemKind.PANEL, 10).build())).build());

            assertThat(vevents(ics)).hasSize(2)
                    .allSatisfy(vevent -> assertThat(property(vevent, "DTSTAMP")).containsExactly("DTSTAMP:20261122T000000Z"));
        }

        @Test
        void aFixedStampWinsOverTheDatasetsDate() {
            ICalendarWriter writer = ICalendarWriter.builder().stamp(Instant.parse("2025-01-02T03:04:05Z")).build();

            String ics = write(writer, workshop().build(), Dataset.builder(METADATA));

            assertThat(property(vevents(ics).get(0), "DTSTAMP")).containsExactly("DTSTAMP:20250102T030405Z");
        }

        @Test
        void withoutADateModifiedTheStampIsTheTimeOfWriting() {
            DatasetMetadata undated = DatasetMetadata.builder("undated", LocalizedText.of("en", "Undated")).build();
            Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            String ics = WRITER.write(Dataset.builder(undated).events(workshop().build()).build());
            Instant after = Instant.now();

            String stamp = property(vevents(ics).get(0), "DTSTAMP").get(0).substring("DTSTAMP:".length());
            Instant written = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
                    .parse(stamp, Instant::from);
            assertThat(written).isBetween(before, after);
        }

        @Test
        void uidsAreIrisUnderTheBaseAndAnItemIsRelatedToItsEvent() {
            ICalendarWriter writer = ICalendarWriter.builder().base(URI.create("https://data.example.org/gcm/"))
                    .stamp(Instant.parse("2025-01-02T03:04:05Z")).language(LanguageTag.ENGLISH).build();
            Event event = workshop().agenda(day(item(AgendaItemKind.PANEL, 10).build(), item(AgendaItemKind.PANEL, 10).build()))
                    .build();

            List<List<String>> vevents = vevents(write(writer, event, Dataset.builder(METADATA)));

            assertThat(property(vevents.get(0), "UID")).containsExactly("UID:https://data.example.org/gcm/event/workshop");
            assertThat(property(vevents.get(1), "UID"))
                    .containsExactly("UID:https://data.example.org/gcm/event/workshop#2023-03-07T1000");
            assertThat(property(vevents.get(2), "UID")).as("two items at one time still have two UIDs")
                    .containsExactly("UID:https://data.example.org/gcm/event/workshop#2023-03-07T1000-2");
            assertThat(property(vevents.get(1), "RELATED-TO"))
                    .containsExactly("RELATED-TO:https://data.example.org/gcm/event/workshop");
        }

        @Test
        void anEventIsRelatedToItsParentAndItsChildren() {
            Event event = workshop().superEventRef("forum").subEventRefs("panel-1", "panel 2").build();

            assertThat(property(vevents(write(event)).get(0), "RELATED-TO")).containsExactly(
                    "RELATED-TO;RELTYPE=PARENT:https://gcmdata.github.io/gcm-reference-data/id/event/forum",
                    "RELATED-TO;RELTYPE=CHILD:https://gcmdata.github.io/gcm-reference-data/id/event/panel-1",
                    "RELATED-TO;RELTYPE=CHILD:https://gcmdata.github.io/gcm-reference-data/id/event/panel%202");
        }
    }

    @Nested
    class Organizers {

        private final ContactPoint press = new ContactPoint(null, EmailAddress.parse("press@example.org"), null);

        @Test
        void withoutOrganiserTheFirstContactAddressIsTheOrganizer() {
            Event event = workshop().contactPoints(new ContactPoint(null, null, PhoneNumber.of("022 717 91 11", "+41227179111")),
                    press).build();

            assertThat(property(vevents(write(event)).get(0), "ORGANIZER")).containsExactly("ORGANIZER:mailto:press@example.org");
        }

        @Test
        void withoutOrganiserOrAddressThereIsNoOrganizer() {
            assertThat(property(vevents(write(workshop().build())).get(0), "ORGANIZER")).isEmpty();
        }

        @Test
        void anOrganisationIsNamedAndReachedAtItsWebAddress() {
            Organisation iom = Organisation.builder("iom", LocalizedText.of("en", "IOM"), OrganisationKind.INTERGOVERNMENTAL)
                    .url(Url.parse("https://www.iom.int/")).build();
            Event event = workshop().organizers(AgentRef.organisation("iom"))
                    .agenda(day(item(AgendaItemKind.PANEL, 10).build())).build();

            List<List<String>> vevents = vevents(write(WRITER, event, Dataset.builder(METADATA).organisations(iom)));

            assertThat(vevents).allSatisfy(vevent -> assertThat(property(vevent, "ORGANIZER"))
                    .as("the event and its items").containsExactly("ORGANIZER;CN=IOM:https://www.iom.int/"));
        }

        @Test
        void theContactAddressWinsOverTheOrganisationsWebAddress() {
            Organisation iom = Organisation.builder("iom", LocalizedText.of("en", "IOM: Geneva"), OrganisationKind.INTERGOVERNMENTAL)
                    .url(Url.parse("https://www.iom.int/")).build();
            Event event = workshop().organizers(AgentRef.organisation("iom")).contactPoints(press).build();

            assertThat(property(vevents(write(WRITER, event, Dataset.builder(METADATA).organisations(iom))).get(0), "ORGANIZER"))
                    .containsExactly("ORGANIZER;CN=\"IOM: Geneva\":mailto:press@example.org");
        }

        @Test
        void anOrganisationWithoutWebAddressIsReachedAtItsIri() {
            Organisation iom = Organisation.builder("iom", LocalizedText.of("en", "IOM"), OrganisationKind.INTERGOVERNMENTAL).build();
            Event event = workshop().organizers(AgentRef.organisation("iom")).build();

            assertThat(property(vevents(write(WRITER, event, Dataset.builder(METADATA).organisations(iom))).get(0), "ORGANIZER"))
                    .containsExactly("ORGANIZER;CN=IOM:https://gcmdata.github.io/gcm-reference-data/id/organisation/iom");
        }

        @Test
        void aStateOrAPersonIsReachedAtItsIriUnderItsKind() {
            State swiss = State.builder("CHE", LocalizedText.of("en", "Switzerland", "fr", "Suisse")).build();
            Person chair = Person.builder("chair", "Jane Doe").build();
            Dataset.Builder others = Dataset.builder(METADATA).states(swiss).persons(chair);
            ICalendarWriter french = ICalendarWriter.builder().language(LanguageTag.FRENCH).build();

            assertThat(property(vevents(write(french, workshop().organizers(AgentRef.state("CHE")).build(), others)).get(0),
                    "ORGANIZER")).containsExactly("ORGANIZER;CN=Suisse:https://gcmdata.github.io/gcm-reference-data/id/state/CHE");
            assertThat(property(vevents(write(WRITER, workshop().organizers(AgentRef.person("chair")).build(), others)).get(0),
                    "ORGANIZER")).containsExactly("ORGANIZER;CN=Jane Doe:https://gcmdata.github.io/gcm-reference-data/id/person/chair");
        }

        @Test
        void anOrganiserTheDatasetDoesNotHoldHasNoNameAndIsNamedByItsIdentifierInTheDescription() {
            Event event = workshop().organizers(AgentRef.organisation("unknown"), AgentRef.organisation("iom")).build();
            Organisation iom = Organisation.builder("iom", LocalizedText.of("en", "IOM"), OrganisationKind.INTERGOVERNMENTAL).build();

            List<String> vevent = vevents(write(WRITER, event, Dataset.builder(METADATA).organisations(iom))).get(0);

            assertThat(property(vevent, "ORGANIZER"))
                    .containsExactly("ORGANIZER:https://gcmdata.github.io/gcm-reference-data/id/organisation/unknown");
            assertThat(property(vevent, "DESCRIPTION")).containsExactly("DESCRIPTION:Organisers: unknown\\, IOM");
        }
    }

    @Nested
    class Texts {

        @Test
        void theDescriptionHasTheEventsDescriptionThemeAndOrganisersInParagraphs() {
            Organisation iom = Organisation.builder("iom", LocalizedText.of("en", "IOM"), OrganisationKind.INTERGOVERNMENTAL).build();
            Event event = workshop().description(LocalizedText.of("en", "Two panels.")).theme(LocalizedText.of("en", "Data"))
                    .organizers(AgentRef.organisation("iom")).build();

            assertThat(property(vevents(write(WRITER, event, Dataset.builder(METADATA).organisations(iom))).get(0), "DESCRIPTION"))
                    .containsExactly("DESCRIPTION:Two panels.\\n\\nData\\n\\nOrganisers: IOM");
        }

        @Test
        void anEventWithoutDescriptionLocationOrContactHasNoneOfThoseProperties() {
            List<String> vevent = vevents(write(workshop().build())).get(0);

            assertThat(property(vevent, "DESCRIPTION")).isEmpty();
            assertThat(property(vevent, "LOCATION")).isEmpty();
            assertThat(property(vevent, "CONTACT")).isEmpty();
            assertThat(property(vevent, "SUMMARY")).containsExactly("SUMMARY:Workshop");
        }

        @Test
        void aPlaceWithNothingToSayWritesNoLocation() {
            List<String> vevent = vevents(write(workshop().location(new Place(null, null, null, null)).build())).get(0);

            assertThat(property(vevent, "LOCATION")).isEmpty();
        }

        @Test
        void eachContactPointIsOneContactLineWithItsNameAddressNumbersAndWebPage() {
            ContactPoint office = new ContactPoint(null, LocalizedText.of("en", "Press office"),
                    EmailAddress.parse("press@example.org"), PhoneNumber.of("022 717 91 11", "+41227179111"),
                    PhoneNumber.inCountry("079 701 60 54", CountryCode.parse("CH")),
                    new PhoneNumber("fax 717 91 12", null), Url.parse("https://example.org/contact"));
            ContactPoint empty = new ContactPoint(null, null, null, null, null, null, null);
            ContactPoint phone = new ContactPoint(null, null, PhoneNumber.of("+1 212 555 0100", "+12125550100"));

            List<String> vevent = vevents(write(workshop().contactPoints(office, empty, phone).build())).get(0);

            assertThat(property(vevent, "CONTACT")).containsExactly(
                    "CONTACT:Press office\\, press@example.org\\, +41227179111\\, +41797016054\\, fax 717 91 12\\,"
                            + " https://example.org/contact",
                    "CONTACT:+12125550100");
        }

        @Test
        void anUnnamedItemIsCalledByItsKindAndNumber() {
            Event event = workshop().agenda(day(item(AgendaItemKind.PANEL, 10).number(2).build(),
                    item(AgendaItemKind.BREAK, 11).build(),
                    item(AgendaItemKind.SESSION, 12).name(LocalizedText.of("en", "Data for policy")).number(3).build()))
                    .build();

            List<List<String>> vevents = vevents(write(event));

            assertThat(vevents.subList(1, 4)).extracting(vevent -> property(vevent, "SUMMARY").get(0))
                    .containsExactly("SUMMARY:Panel 2", "SUMMARY:Break", "SUMMARY:Data for policy");
        }

        @Test
        void speakersAndModeratorsAreListedWithTheirTitlesModalityAndPart() {
            Speaker keynote = Speaker.builder("ana").nameAsPrinted("Ana Silva").titleAsPrinted(LocalizedText.of("en", "Director"))
                    .modality(Modality.IN_PERSON).role(SpeakerRole.KEYNOTE).build();
            Speaker other = Speaker.builder("ben").nameAsPrinted("Ben Lee").role(SpeakerRole.OTHER).build();
            Speaker unnamed = Speaker.builder("carla-diaz").build();
            Speaker moderator = Speaker.builder("dan").nameAsPrinted("Dan Roe").role(SpeakerRole.CLOSING_REMARKS).build();
            Event event = workshop().agenda(new AgendaDay(LocalDate.of(2023, 3, 7), LocalizedText.of("en", "Data"),
                    List.of(item(AgendaItemKind.PANEL, 10).moderators(moderator).speakers(keynote, other, unnamed).build())))
                    .build();

            assertThat(property(vevents(write(event)).get(1), "DESCRIPTION")).containsExactly("DESCRIPTION:Data\\n\\n"
                    + "Moderators: Dan Roe (closing remarks)\\n\\n"
                    + "Speakers: Ana Silva (Director\\, in person\\, keynote)\\; Ben Lee\\; carla-diaz");
        }

        @Test
        void speakersPartsAreInTheWritersLanguage() {
            Speaker keynote = Speaker.builder("ana").nameAsPrinted("Ana Silva").role(SpeakerRole.KEYNOTE).build();
            Event event = workshop().agenda(day(item(AgendaItemKind.PANEL, 10).speakers(keynote).build())).build();

            String ics = write(ICalendarWriter.builder().language(LanguageTag.parse("es")).build(), event, Dataset.builder(METADATA));

            assertThat(property(vevents(ics).get(1), "DESCRIPTION"))
                    .containsExactly("DESCRIPTION:Oradores: Ana Silva (discurso principal)");
            assertThat(property(vevents(ics).get(1), "SUMMARY")).containsExactly("SUMMARY:Panel");
        }
    }

    @Nested
    class FixedOffsets {

        @Test
        void aZoneWithoutTransitionsReadsBackWithItsOffset() {
            ZoneId plusThree = ZoneId.of("Etc/GMT-3");
            Event event = workshop().timeZone(plusThree).agenda(day(item(AgendaItemKind.PANEL, 10).build())).build();

            ICalendar calendar = parse(write(event));

            assertThat(calendar.getEvents().get(0).getDateStart().getValue().toInstant())
                    .isEqualTo(Instant.parse("2023-03-07T07:00:00Z"));
            assertThat(calendar.getEvents().get(1).getDateEnd().getValue().toInstant())
                    .isEqualTo(Instant.parse("2023-03-07T07:30:00Z"));
        }
    }
}
