package io.github.gcmdata.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.gcmdata.identifier.EmailAddress;
import io.github.gcmdata.identifier.Isbn;
import io.github.gcmdata.identifier.Issn;
import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.identifier.PhoneNumber;
import io.github.gcmdata.model.AgendaDay;
import io.github.gcmdata.model.AgendaItem;
import io.github.gcmdata.model.AgendaItemKind;
import io.github.gcmdata.model.AgentKind;
import io.github.gcmdata.model.AgentRef;
import io.github.gcmdata.model.AttendanceMode;
import io.github.gcmdata.model.BookFormat;
import io.github.gcmdata.model.ContactPoint;
import io.github.gcmdata.model.ContactType;
import io.github.gcmdata.model.Count;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.DatasetMetadata;
import io.github.gcmdata.model.Edition;
import io.github.gcmdata.model.EditionIsbn;
import io.github.gcmdata.model.Event;
import io.github.gcmdata.model.EventKind;
import io.github.gcmdata.model.LocalizedText;
import io.github.gcmdata.model.Modality;
import io.github.gcmdata.model.PartOfDay;
import io.github.gcmdata.model.PartialDate;
import io.github.gcmdata.model.Person;
import io.github.gcmdata.model.Position;
import io.github.gcmdata.model.Publication;
import io.github.gcmdata.model.Speaker;
import io.github.gcmdata.model.SpeakerRole;
import io.github.gcmdata.model.TableOfContentsEntry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.arbitraries.StringArbitrary;

/**
 * Properties of {@link GcmJson} over arbitrary records and arbitrary damage to their JSON.
 */
class GcmJsonPropertiesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final List<GcmJson> WRITERS = List.of(GcmJson.standard(), GcmJson.pretty());
    private static final List<Class<?>> TYPES = List.of(Dataset.class, Event.class, Publication.class, Person.class);

    @Property(tries = 300)
    void writingThenReadingGivesEqualRecords(@ForAll("datasets") Dataset dataset) {
        for (GcmJson json : WRITERS) {
            assertThat(json.readDataset(json.write(dataset))).isEqualTo(dataset);
        }
    }

    @Property(tries = 300)
    void writingWhatWasReadGivesTheSameBytes(@ForAll("datasets") Dataset dataset) {
        for (GcmJson json : WRITERS) {
            String written = json.write(dataset);
            assertThat(json.write(json.readDataset(written))).isEqualTo(written);
        }
    }

    @Property(tries = 300)
    void singleRecordsRoundTripToo(@ForAll("events") Event event, @ForAll("publications") Publication publication,
            @ForAll("persons") Person person) {
        GcmJson json = GcmJson.standard();

        assertThat(json.read(json.write(event), Event.class)).isEqualTo(event);
        assertThat(json.read(json.write(publication), Publication.class)).isEqualTo(publication);
        assertThat(json.read(json.write(person), Person.class)).isEqualTo(person);
    }

    @Property(tries = 1000)
    void damagedJsonEndsInARecordOrInTheLibrarysException(@ForAll("datasets") Dataset dataset,
            @ForAll("damage") List<Damage> damage) {
        byte[] input = GcmJson.pretty().write(dataset).getBytes(StandardCharsets.UTF_8);
        for (Damage each : damage) {
            input = each.apply(input);
        }
        byte[] damaged = input;
        for (Class<?> type : TYPES) {
            assertTimeoutPreemptively(PATIENCE, () -> {
                try {
                    assertThat(GcmJson.standard().read(damaged, type)).isInstanceOf(type);
                } catch (GcmJsonException e) {
                    assertThat(e.problem()).isNotNull();
                    assertThat(e.jsonPointer()).isNotNull();
                    assertThat(e.reason()).isNotBlank();
                }
            });
        }
    }

    // ---- damage ----

    /** One change to the bytes of a JSON text, at a place given as a fraction of its length. */
    record Damage(Kind kind, double where, double other, byte[] payload) {

        enum Kind { DELETE, DUPLICATE, REPLACE, INSERT, SWAP_TOKENS, DELETE_SPAN }

        byte[] apply(byte[] input) {
            if (input.length == 0) {
                return kind == Kind.INSERT ? payload.clone() : input;
            }
            int at = (int) (where * input.length);
            switch (kind) {
                case DELETE:
                    return concat(Arrays.copyOfRange(input, 0, at), Arrays.copyOfRange(input, at + 1, input.length));
                case DUPLICATE:
                    return concat(Arrays.copyOfRange(input, 0, at + 1), Arrays.copyOfRange(input, at, input.length));
                case REPLACE:
                    return concat(concat(Arrays.copyOfRange(input, 0, at), payload),
                            Arrays.copyOfRange(input, at + 1, input.length));
                case INSERT:
                    return concat(concat(Arrays.copyOfRange(input, 0, at), payload), Arrays.copyOfRange(input, at, input.length));
                case DELETE_SPAN:
                    int end = Math.min(input.length, at + 1 + (int) (other * 40));
                    return concat(Arrays.copyOfRange(input, 0, at), Arrays.copyOfRange(input, end, input.length));
                default:
                    return swapTokens(input);
            }
        }

        /** Swaps two tokens: the runs of bytes that start at the two places and end before a separator. */
        private byte[] swapTokens(byte[] input) {
            int a = (int) (Math.min(where, other) * input.length);
            int b = (int) (Math.max(where, other) * input.length);
            int aEnd = tokenEnd(input, a);
            if (b < aEnd) {
                return input;
            }
            int bEnd = tokenEnd(input, b);
            return concat(concat(concat(Arrays.copyOfRange(input, 0, a), Arrays.copyOfRange(input, b, bEnd)),
                            concat(Arrays.copyOfRange(input, aEnd, b), Arrays.copyOfRange(input, a, aEnd))),
                    Arrays.copyOfRange(input, bEnd, input.length));
        }

        private static int tokenEnd(byte[] input, int start) {
            int end = start + 1;
            while (end < input.length && ",:{}[] \n".indexOf(input[end]) < 0) {
                end++;
            }
            return Math.min(end, input.length);
        }

        private static byte[] concat(byte[] a, byte[] b) {
            byte[] both = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, both, a.length, b.length);
            return both;
        }

        @Override
        public String toString() {
            return kind + "@" + where + "/" + other + " " + new String(payload, StandardCharsets.ISO_8859_1);
        }
    }

    @Provide
    Arbitrary<List<Damage>> damage() {
        Arbitrary<byte[]> payload = Arbitraries.oneOf(
                Arbitraries.of("{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true", "-", "0", "1e999", "NaN",
                        "\\u", "\\ud800", "\"\":", "{}", "[]", "\"x\"", "9999999999999999999999", " ", "\n", "\u00e9",
                        "\ufeff", "\u0000", "//", "/*").map(text -> text.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(4));
        return Combinators.combine(Arbitraries.of(Damage.Kind.class), Arbitraries.doubles().between(0, 0.999_999).ofScale(6),
                        Arbitraries.doubles().between(0, 0.999_999).ofScale(6), payload)
                .as(Damage::new)
                .list().ofMinSize(1).ofMaxSize(5);
    }

    // ---- records ----

    @Provide
    Arbitrary<Dataset> datasets() {
        Arbitrary<DatasetMetadata> metadata = Combinators.combine(ids(), texts(), versions(), dates())
                .as((id, name, version, modified) -> new DatasetMetadata(id, name, null, version, modified, null, List.of()));
        return Combinators.combine(metadata, events().list().ofMaxSize(3), publications().list().ofMaxSize(3),
                        persons().list().ofMaxSize(3))
                .as((meta, events, publications, persons) -> Dataset.builder(meta)
                        .events(events).publications(publications).persons(persons).build());
    }

    @Provide
    Arbitrary<Event> events() {
        return Builders.withBuilder(() -> new EventParts())
                .use(ids()).in((p, v) -> p.with("id", v))
                .use(texts()).in((p, v) -> p.with("name", v))
                .use(Arbitraries.of(EventKind.class)).in((p, v) -> p.with("kind", v))
                .use(dates()).in((p, v) -> p.with("startDate", v))
                .use(dates().injectNull(0.5)).in((p, v) -> p.with("endDate", v))
                .use(Arbitraries.of("Europe/Zurich", "America/New_York", "Asia/Kolkata", "UTC").map(ZoneId::of)
                        .injectNull(0.3)).in((p, v) -> p.with("timeZone", v))
                .use(Arbitraries.of(AttendanceMode.class).injectNull(0.3)).in((p, v) -> p.with("mode", v))
                .use(agentRefs().list().ofMaxSize(3)).in((p, v) -> p.with("organizers", v))
                .use(counts().injectNull(0.4)).in((p, v) -> p.with("participants", v))
                .use(agendaDays().list().ofMaxSize(3)).in((p, v) -> p.with("agenda", v))
                .use(Arbitraries.integers().between(-5, 30).list().ofMaxSize(4)).in((p, v) -> p.with("objectives", v))
                .use(texts().injectNull(0.6)).in((p, v) -> p.with("theme", v))
                .build(EventParts::build);
    }

    @Provide
    Arbitrary<Publication> publications() {
        return Combinators.combine(ids(), texts(), editions().list().ofMaxSize(3), tableOfContents(3).list().ofMaxSize(3),
                        languages().list().ofMaxSize(3).uniqueElements(), partialDates().injectNull(0.5),
                        texts().injectNull(0.5))
                .as((id, name, editions, toc, languages, published, abstractText) -> Publication.builder(id, name)
                        .editions(editions)
                        .tableOfContents(toc)
                        .inLanguage(languages)
                        .datePublished(published)
                        .abstractText(abstractText)
                        .build());
    }

    @Provide
    Arbitrary<Person> persons() {
        Arbitrary<Position> position = Combinators.combine(texts(), agentRefs().injectNull(0.3), ids().injectNull(0.7),
                        partialDates().injectNull(0.5), partialDates().injectNull(0.5))
                .as(Position::new);
        Arbitrary<ContactPoint> contact = Combinators.combine(Arbitraries.of(ContactType.class).injectNull(0.3),
                        ids().map(local -> EmailAddress.parse(local + "@example.org")).injectNull(0.3),
                        Arbitraries.strings().numeric().ofMinLength(6).ofMaxLength(12)
                                .map(digits -> PhoneNumber.of("0" + digits, "+41" + digits)).injectNull(0.3))
                .as(ContactPoint::new);
        return Combinators.combine(ids(), anyText(), anyText().injectNull(0.5), position.list().ofMaxSize(3),
                        contact.list().ofMaxSize(2))
                .as((id, name, given, positions, contacts) -> Person.builder(id, name)
                        .givenName(given).positions(positions).contactPoints(contacts).build());
    }

    private Arbitrary<AgendaDay> agendaDays() {
        Arbitrary<LocalTime> times = Combinators.combine(Arbitraries.integers().between(0, 23),
                Arbitraries.integers().between(0, 59)).as(LocalTime::of);
        Arbitrary<Speaker> speakers = Combinators.combine(ids(), anyText().injectNull(0.5), texts().injectNull(0.5),
                Arbitraries.of(Modality.class).injectNull(0.5), Arbitraries.of(SpeakerRole.class).injectNull(0.5))
                .as(Speaker::new);
        // An untimed item has neither time, and may have a part of the day.
        Arbitrary<LocalTime[]> timing = Combinators.combine(times, times).as((start, end) -> new LocalTime[] {start, end})
                .injectNull(0.3);
        Arbitrary<AgendaItem> items = Combinators.combine(timing, Arbitraries.of(PartOfDay.class).injectNull(0.7),
                        Arbitraries.of(AgendaItemKind.class), Arbitraries.integers().between(0, 99).injectNull(0.5),
                        texts().injectNull(0.3), speakers.list().ofMaxSize(2), speakers.list().ofMaxSize(3))
                .as((times2, partOfDay, kind, number, name, moderators, speaking) -> AgendaItem.builder(kind)
                        .startTime(times2 == null ? null : times2[0]).endTime(times2 == null ? null : times2[1])
                        .partOfDay(partOfDay).number(number).name(name).moderators(moderators).speakers(speaking).build());
        return Combinators.combine(dates(), texts().injectNull(0.7), texts().injectNull(0.5), items.list().ofMaxSize(4))
                .as(AgendaDay::new);
    }

    private Arbitrary<Edition> editions() {
        Arbitrary<EditionIsbn> isbns = Combinators.combine(isbns(), Arbitraries.of(BookFormat.class).injectNull(0.5))
                .as(EditionIsbn::new);
        return Combinators.combine(languages(), isbns.list().ofMaxSize(2), issns().injectNull(0.5),
                        Arbitraries.integers().between(1, 2000).injectNull(0.5), partialDates().injectNull(0.5))
                .as((language, isbn, issn, pages, published) -> Edition.builder(language)
                        .isbns(isbn).issn(issn).numberOfPages(pages).datePublished(published).build());
    }

    private Arbitrary<TableOfContentsEntry> tableOfContents(int depth) {
        Arbitrary<List<TableOfContentsEntry>> children = depth == 0
                ? Arbitraries.just(List.of())
                : Arbitraries.lazy(() -> tableOfContents(depth - 1)).list().ofMaxSize(2);
        return Combinators.combine(texts(), Arbitraries.integers().between(1, 500).injectNull(0.5), children)
                .as(TableOfContentsEntry::new);
    }

    private Arbitrary<AgentRef> agentRefs() {
        return Combinators.combine(Arbitraries.of(AgentKind.class), ids()).as(AgentRef::new);
    }

    private Arbitrary<Count> counts() {
        return Arbitraries.longs().between(0, Long.MAX_VALUE).flatMap(value ->
                Arbitraries.of(Count.exactly(value), Count.moreThan(value)));
    }

    private Arbitrary<String> ids() {
        return Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('-').ofMinLength(1).ofMaxLength(20);
    }

    private Arbitrary<String> versions() {
        return Arbitraries.strings().numeric().withChars('.').ofMinLength(1).ofMaxLength(8).injectNull(0.3);
    }

    /** Any text UTF-8 can carry: every character but unpaired surrogates, and pairs for emoji. */
    private StringArbitrary anyCharacters() {
        return Arbitraries.strings().withCharRange('\u0000', '\ud7ff').withCharRange('\ue000', '\uffff');
    }

    private Arbitrary<String> anyText() {
        return Arbitraries.oneOf(anyCharacters().ofMaxLength(30),
                Arbitraries.of("Genève", "Organisation internationale pour les migrations", "\"quoted\" \\ back",
                        "line\nbreak\ttab", "emoji \ud83c\udf0d", "", " ", "null"));
    }

    private Arbitrary<LocalizedText> texts() {
        return Arbitraries.maps(Arbitraries.of("en", "fr", "es", "ar", "zh-Hans", "es-419", "pt-BR"), anyText())
                .ofMaxSize(4)
                .map(LocalizedText::of);
    }

    private Arbitrary<LanguageTag> languages() {
        return Arbitraries.of("en", "fr", "es", "ar", "ru", "zh").map(LanguageTag::parse);
    }

    private Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 365 * 200).map(days -> LocalDate.of(1900, 1, 1).plusDays(days));
    }

    private Arbitrary<PartialDate> partialDates() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1900, 2100).map(PartialDate::ofYear),
                Combinators.combine(Arbitraries.integers().between(1900, 2100), Arbitraries.integers().between(1, 12))
                        .as((year, month) -> PartialDate.of(YearMonth.of(year, month))),
                dates().map(PartialDate::of));
    }

    private Arbitrary<Isbn> isbns() {
        return Arbitraries.strings().numeric().ofLength(9).map(body -> {
            String twelve = "978" + body;
            int sum = 0;
            for (int i = 0; i < 12; i++) {
                sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
            }
            return Isbn.parse(twelve + (10 - sum % 10) % 10);
        });
    }

    private Arbitrary<Issn> issns() {
        return Arbitraries.strings().numeric().ofLength(7).map(body -> {
            int sum = 0;
            for (int i = 0; i < 7; i++) {
                sum += (body.charAt(i) - '0') * (8 - i);
            }
            int check = (11 - sum % 11) % 11;
            return Issn.parse(body.substring(0, 4) + "-" + body.substring(4) + (check == 10 ? "X" : String.valueOf(check)));
        });
    }

    /** Collects an event's parts for {@link Builders}, which sets one part at a time. */
    private static final class EventParts {
        private final Map<String, Object> parts = new java.util.HashMap<>();

        EventParts with(String name, Object value) {
            parts.put(name, value);
            return this;
        }

        @SuppressWarnings("unchecked")
        Event build() {
            return Event.builder((String) parts.get("id"), (LocalizedText) parts.get("name"), (EventKind) parts.get("kind"),
                            (LocalDate) parts.get("startDate"))
                    .endDate(parts.get("endDate") == null ? null : PartialDate.of((LocalDate) parts.get("endDate")))
                    .timeZone((ZoneId) parts.get("timeZone"))
                    .attendanceMode((AttendanceMode) parts.get("mode"))
                    .organizers((List<AgentRef>) parts.get("organizers"))
                    .participantCount((Count) parts.get("participants"))
                    .agenda((List<AgendaDay>) parts.get("agenda"))
                    .relatedObjectives((List<Integer>) parts.get("objectives"))
                    .theme((LocalizedText) parts.get("theme"))
                    .build();
        }
    }
}
