package io.github.gcmdata.icalendar;

import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.identifier.PhoneNumber;
import io.github.gcmdata.identifier.Url;
import io.github.gcmdata.internal.DatasetLookup;
import io.github.gcmdata.internal.Iris;
import io.github.gcmdata.internal.UniqueKeys;
import io.github.gcmdata.model.AgendaDay;
import io.github.gcmdata.model.AgendaItem;
import io.github.gcmdata.model.AgentKind;
import io.github.gcmdata.model.AgentRef;
import io.github.gcmdata.model.ContactPoint;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.Event;
import io.github.gcmdata.model.LocalizedText;
import io.github.gcmdata.model.Organisation;
import io.github.gcmdata.model.PartialDate;
import io.github.gcmdata.model.Place;
import io.github.gcmdata.model.Speaker;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes events as iCalendar (RFC 5545), the format every calendar program imports: one
 * {@code VEVENT} for each event, all day from its first to its last day, and one for each timed
 * agenda item, in the event's IANA time zone with its {@code VTIMEZONE}.
 *
 * <pre>{@code
 * Dataset dataset = GcmJson.standard().readDataset(Path.of("examples/idm-2022-first-session.json"));
 * String ics = ICalendarWriter.standard().write(dataset, "idm-2022-session-1");
 * Files.writeString(Path.of("idm-2022.ics"), ics);      // three mornings, 9:00-12:00 New York time
 *
 * ICalendarWriter french = ICalendarWriter.builder().language(LanguageTag.FRENCH).build();
 * }</pre>
 *
 * <p>Each {@code VEVENT} has a {@code UID} that is the same on every run (the event's IRI, as
 * {@code JsonLdWriter} gives it, and for an agenda item the IRI with the item's date and start
 * time), a {@code DTSTAMP} (the dataset's {@code dateModified}), a {@code SUMMARY}, a
 * {@code DESCRIPTION} (the event's description and organisers; an item's moderators and speakers
 * with their titles as printed), a {@code LOCATION} (venue, address, city and country) and an
 * {@code ORGANIZER} (the first organiser: a calendar event has one; the others are named in the
 * description). An agenda item is {@code RELATED-TO} its event, and events to their super- and
 * sub-events. Texts are in the writer's language, with the library's fallback to English and then
 * to any language the data has.
 *
 * <p>Lines end with CR LF, are folded at 75 octets of UTF-8 without splitting a character, and
 * text is escaped as RFC 5545 says. The time zones are written from the JDK's rules, so a reader
 * computes the same instants as {@link java.time.ZonedDateTime}. The output is deterministic: the
 * same dataset gives the same bytes (when the dataset has no {@code dateModified}, the stamp is the
 * time of writing, unless {@link Builder#stamp(Instant)} fixes it).
 *
 * <p>A calendar needs days: an event whose start (or end) is known only to the month or the year
 * cannot be written, and neither can the agenda items of an event without a time zone.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ICalendarWriter {

    private static final String PRODUCT = "-//gcmdata//gcm-reference-data//EN";
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ITEM_KEY = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HHmm");
    private static final ICalendarWriter STANDARD = builder().build();

    private final LanguageTag language;
    private final URI base;
    private final Instant stamp;

    private ICalendarWriter(Builder builder) {
        this.language = builder.language;
        this.base = builder.base;
        this.stamp = builder.stamp;
    }

    /**
     * Returns the writer with the defaults: English texts (with fallback), the default base IRI for
     * UIDs, the dataset's {@code dateModified} as stamp.
     *
     * @return the shared instance, not null
     */
    public static ICalendarWriter standard() {
        return STANDARD;
    }

    /**
     * Starts a writer with other options.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Tells whether a calendar can hold an event: its start is a full date, and so is its end if it
     * has one.
     *
     * @param event  the event, not null
     * @return true if {@link #write(Dataset, String)} can write it
     */
    public static boolean canHold(Event event) {
        return event.startDate().precision() == PartialDate.Precision.DAY
                && (event.endDate() == null || event.endDate().precision() == PartialDate.Precision.DAY);
    }

    /**
     * Writes every event of a dataset that a calendar can hold (see {@link #canHold(Event)}).
     *
     * @param dataset  the dataset, not null
     * @return one {@code VCALENDAR}, not null
     * @throws IllegalArgumentException if no event of the dataset can be held by a calendar
     */
    public String write(Dataset dataset) {
        List<Event> events = dataset.events().stream().filter(ICalendarWriter::canHold).collect(Collectors.toList());
        if (events.isEmpty()) {
            throw new IllegalArgumentException("the dataset " + dataset.metadata().id()
                    + " has no event with full dates, which a calendar needs"
                    + (dataset.events().isEmpty() ? "" : " (its events are known only to the month or year)"));
        }
        return write(dataset, events);
    }

    /**
     * Writes one event of a dataset, with its agenda.
     *
     * @param dataset  the dataset, not null
     * @param eventId  the identifier of an event of the dataset, not null
     * @return one {@code VCALENDAR}, not null
     * @throws IllegalArgumentException if the dataset has no event with that identifier, or its
     *     dates are not full dates
     */
    public String write(Dataset dataset, String eventId) {
        Objects.requireNonNull(eventId, "eventId");
        Event event = new DatasetLookup(dataset).event(eventId).orElseThrow(() -> new IllegalArgumentException(
                "the dataset " + dataset.metadata().id() + " has no event with the id '" + eventId + "'"));
        if (!canHold(event)) {
            throw new IllegalArgumentException("the event " + eventId + " is known only to the "
                    + (event.startDate().precision() == PartialDate.Precision.DAY ? "end " : "")
                    + "month or year (" + event.startDate() + (event.endDate() == null ? "" : " to " + event.endDate())
                    + "); a calendar needs days");
        }
        return write(dataset, List.of(event));
    }

    private String write(Dataset dataset, List<Event> events) {
        DatasetLookup lookup = new DatasetLookup(dataset);
        Instant dtstamp = stamp != null ? stamp
                : dataset.metadata().dateModified() != null
                        ? dataset.metadata().dateModified().atStartOfDay(ZoneOffset.UTC).toInstant()
                        : Instant.now();
        ContentLines lines = new ContentLines()
                .raw("BEGIN", "VCALENDAR")
                .raw("VERSION", "2.0")
                .raw("PRODID", PRODUCT)
                .raw("CALSCALE", "GREGORIAN")
                .text("NAME", text(dataset.metadata().name()));
        writeTimeZones(lines, events);
        for (Event event : events) {
            writeEvent(lines, lookup, event, dtstamp);
            writeAgenda(lines, lookup, event, dtstamp);
        }
        return lines.raw("END", "VCALENDAR").build();
    }

    /** One VTIMEZONE per zone, covering every timed event and item in it. */
    private static void writeTimeZones(ContentLines lines, List<Event> events) {
        Map<ZoneId, Instant[]> spans = new LinkedHashMap<>();
        for (Event event : events) {
            List<Timed> all = new ArrayList<>(timed(event));
            eventTimes(event).ifPresent(all::add);
            for (Timed timed : all) {
                spans.merge(event.timeZone(), new Instant[] {timed.start().toInstant(), timed.end().toInstant()},
                        (a, b) -> new Instant[] {min(a[0], b[0]), max(a[1], b[1])});
            }
        }
        spans.forEach((zone, span) -> TimeZones.write(lines, zone, span[0], span[1]));
    }

    /**
     * The event itself: from its start time to its end time where it is held on one day and gives
     * both, in its time zone; else all day, from its first day to its last, or on its first day
     * alone when its end is unknown.
     */
    private void writeEvent(ContentLines lines, DatasetLookup lookup, Event event, Instant dtstamp) {
        lines.raw("BEGIN", "VEVENT")
                .raw("UID", uid(event))
                .raw("DTSTAMP", UTC.format(dtstamp));
        Optional<Timed> times = eventTimes(event);
        if (times.isPresent()) {
            String zone = event.timeZone().getId();
            lines.raw("DTSTART", "TZID", zone, TimeZones.LOCAL.format(times.get().start()))
                    .raw("DTEND", "TZID", zone, TimeZones.LOCAL.format(times.get().end()));
        } else {
            LocalDate start = event.startDate().earliestDay();
            lines.raw("DTSTART", "VALUE", "DATE", DATE.format(start));
            if (!event.endDateUnknown()) {
                LocalDate end = event.endDate() == null ? start : event.endDate().earliestDay();
                lines.raw("DTEND", "VALUE", "DATE", DATE.format(end.plusDays(1)));
            }
        }
        lines.text("SUMMARY", text(event.name()))
                .text("DESCRIPTION", paragraphs(text(event.description()), text(event.theme()),
                        agents(lookup, Label.ORGANISERS, event.organizers())))
                .text("LOCATION", location(event.location()));
        organizer(lines, lookup, event);
        event.contactPoints().forEach(contact -> lines.text("CONTACT", contact(contact)));
        if (event.superEventRef() != null) {
            lines.raw("RELATED-TO", "RELTYPE", "PARENT", Iris.of(base, "event", event.superEventRef()));
        }
        event.subEventRefs().forEach(sub -> lines.raw("RELATED-TO", "RELTYPE", "CHILD", Iris.of(base, "event", sub)));
        lines.raw("END", "VEVENT");
    }

    private void writeAgenda(ContentLines lines, DatasetLookup lookup, Event event, Instant dtstamp) {
        UniqueKeys uids = new UniqueKeys();
        for (Timed timed : timed(event)) {
            String uid = uids.next(uid(event) + "#" + ITEM_KEY.format(timed.start()));
            AgendaItem item = timed.item();
            String zone = event.timeZone().getId();
            lines.raw("BEGIN", "VEVENT")
                    .raw("UID", uid)
                    .raw("DTSTAMP", UTC.format(dtstamp))
                    .raw("DTSTART", "TZID", zone, TimeZones.LOCAL.format(timed.start()))
                    .raw("DTEND", "TZID", zone, TimeZones.LOCAL.format(timed.end()))
                    .text("SUMMARY", summary(item))
                    .text("DESCRIPTION", paragraphs(text(timed.day().theme()),
                            speakers(Label.MODERATORS, item.moderators()), speakers(Label.SPEAKERS, item.speakers())))
                    .text("LOCATION", location(event.location()));
            organizer(lines, lookup, event);
            lines.raw("RELATED-TO", uid(event)).raw("END", "VEVENT");
        }
    }

    /** An agenda item, its day, and its start and end in the event's time zone; the event's own times have no item. */
    private record Timed(AgendaDay day, AgendaItem item, ZonedDateTime start, ZonedDateTime end) {
    }

    /**
     * The event's own start and end, where it gives both times, a time zone and a known last day:
     * from its start time on its first day to its end time on its last.
     */
    private static Optional<Timed> eventTimes(Event event) {
        if (event.startTime() == null || event.endTime() == null || event.timeZone() == null || event.endDateUnknown()) {
            return Optional.empty();
        }
        LocalDate first = event.startDate().earliestDay();
        LocalDate last = event.endDate() == null ? first : event.endDate().earliestDay();
        if (!first.equals(last)) {
            // "from 28 February to 2 March, 9:00 to 12:00" is three mornings, not one block of three days
            return Optional.empty();
        }
        return Optional.of(new Timed(null, null, ZonedDateTime.of(first, event.startTime(), event.timeZone()),
                ZonedDateTime.of(last, event.endTime(), event.timeZone())));
    }

    /**
     * The timed items of an event, in agenda order; none without a time zone to place them in. An
     * item the agenda gives no time has no place in a calendar.
     */
    private static List<Timed> timed(Event event) {
        if (event.timeZone() == null) {
            return List.of();
        }
        List<Timed> timed = new ArrayList<>();
        for (AgendaDay day : event.agenda()) {
            for (AgendaItem item : day.items()) {
                if (item.startTime() == null || item.endTime() == null) {
                    continue;
                }
                timed.add(new Timed(day, item, ZonedDateTime.of(day.date(), item.startTime(), event.timeZone()),
                        ZonedDateTime.of(day.date(), item.endTime(), event.timeZone())));
            }
        }
        return timed;
    }

    private String uid(Event event) {
        return Iris.of(base, "event", event.id());
    }

    /** The item's title, or else its kind and number in the writer's language ("Panel 2"). */
    private String summary(AgendaItem item) {
        String title = text(item.name());
        if (title != null) {
            return title;
        }
        String kind = Label.of(item.kind()).in(language);
        return item.number() == null ? kind : kind + " " + item.number();
    }

    /**
     * The first organiser, by name, with the event's first contact e-mail address as calendar address
     * ({@code mailto:}), else its web address, else its IRI; without an organiser, the contact address
     * alone.
     */
    private void organizer(ContentLines lines, DatasetLookup lookup, Event event) {
        Optional<String> mail = event.contactPoints().stream().map(ContactPoint::email).filter(Objects::nonNull)
                .findFirst().map(email -> "mailto:" + email.address());
        if (event.organizers().isEmpty()) {
            mail.ifPresent(address -> lines.raw("ORGANIZER", address));
            return;
        }
        AgentRef first = event.organizers().get(0);
        String address = mail.orElse(first.kind() == AgentKind.ORGANISATION
                ? lookup.organisation(first.id()).map(Organisation::url).map(Url::text).orElse(null)
                : null);
        if (address == null) {
            address = Iris.of(base, kind(first.kind()), first.id());
        }
        Optional<String> name = lookup.name(first, language);
        if (name.isPresent()) {
            lines.raw("ORGANIZER", "CN", name.get(), address);
        } else {
            lines.raw("ORGANIZER", address);
        }
    }

    private static String kind(AgentKind kind) {
        return switch (kind) {
            case ORGANISATION -> "organisation";
            case STATE -> "state";
            case PERSON -> "person";
        };
    }

    /** "Organisers: IOM, Australia" in the writer's language, or null for nobody. */
    private String agents(DatasetLookup lookup, Label label, List<AgentRef> agents) {
        List<String> names = agents.stream().map(agent -> lookup.name(agent, language).orElse(agent.id()))
                .collect(Collectors.toList());
        return names.isEmpty() ? null : label.in(language) + Label.colon(language) + String.join(", ", names);
    }

    /** "Speakers: Name (title as printed, video message); ..." in the writer's language. */
    private String speakers(Label label, List<Speaker> speakers) {
        if (speakers.isEmpty()) {
            return null;
        }
        List<String> entries = new ArrayList<>();
        for (Speaker speaker : speakers) {
            String name = speaker.nameAsPrinted() != null ? speaker.nameAsPrinted() : speaker.personRef();
            String details = Stream.of(text(speaker.titleAsPrinted()),
                            speaker.modality() == null ? null : Label.of(speaker.modality()).in(language),
                            speaker.role() == null ? null : Label.of(speaker.role()).map(part -> part.in(language)).orElse(null))
                    .filter(Objects::nonNull).collect(Collectors.joining(", "));
            entries.add(details.isEmpty() ? name : name + " (" + details + ")");
        }
        return label.in(language) + Label.colon(language) + String.join("; ", entries);
    }

    /** A contact point as one line of text: its name, e-mail address, numbers and web address. */
    private String contact(ContactPoint contact) {
        String text = Stream.of(text(contact.name()), contact.email() == null ? null : contact.email().address(),
                        number(contact.telephone()), number(contact.mobile()), number(contact.faxNumber()),
                        contact.url() == null ? null : contact.url().text())
                .filter(Objects::nonNull).collect(Collectors.joining(", "));
        return text.isEmpty() ? null : text;
    }

    private static String number(PhoneNumber number) {
        return number == null ? null : number.toE164().orElse(number.asPrinted());
    }

    /** Venue, address, city and country, as one line of text. */
    private String location(Place place) {
        if (place == null) {
            return null;
        }
        String text = Stream.of(text(place.name()), text(place.address()), text(place.city()),
                        place.country() == null ? null : place.country().toString())
                .filter(Objects::nonNull).collect(Collectors.joining(", "));
        return text.isEmpty() ? null : text;
    }

    private String text(LocalizedText text) {
        return text == null ? null : text.get(language).orElse(null);
    }

    private static String paragraphs(String... paragraphs) {
        String text = Stream.of(paragraphs).filter(Objects::nonNull).collect(Collectors.joining("\n\n"));
        return text.isEmpty() ? null : text;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * Builds an {@link ICalendarWriter}. The builder is mutable and not thread-safe; the writer it
     * builds is immutable and thread-safe.
     *
     * <pre>{@code
     * ICalendarWriter writer = ICalendarWriter.builder()
     *         .language(LanguageTag.FRENCH)
     *         .base(URI.create("https://data.example.org/gcm/"))
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private LanguageTag language = LanguageTag.ENGLISH;
        private URI base = Iris.DEFAULT_BASE;
        private Instant stamp;

        private Builder() {
        }

        /**
         * Sets the language of the texts: each text is taken in this language, else in English,
         * else in any language the data has. The default is English.
         *
         * @param language  the language, not null
         * @return this builder
         */
        public Builder language(LanguageTag language) {
            this.language = Objects.requireNonNull(language, "language");
            return this;
        }

        /**
         * Sets the base of the UIDs, the same base {@code JsonLdWriter} gives IRIs: an event's UID is
         * the base, {@code event/} and its identifier. The default is
         * {@code https://gcmdata.github.io/gcm-reference-data/id/}.
         *
         * @param base  an absolute IRI ending with {@code /}, not null
         * @return this builder
         * @throws IllegalArgumentException if the base is not absolute or does not end with {@code /}
         */
        public Builder base(URI base) {
            this.base = Iris.requireBase(Objects.requireNonNull(base, "base"));
            return this;
        }

        /**
         * Fixes the {@code DTSTAMP} of every component, instead of the dataset's {@code dateModified}.
         *
         * @param stamp  the instant, not null
         * @return this builder
         */
        public Builder stamp(Instant stamp) {
            this.stamp = Objects.requireNonNull(stamp, "stamp");
            return this;
        }

        /**
         * Builds the writer.
         *
         * @return the writer, not null
         */
        public ICalendarWriter build() {
            return new ICalendarWriter(this);
        }
    }
}
