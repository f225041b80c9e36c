package io.github.gcmdata.bench;

import io.github.gcmdata.identifier.CountryCode;
import io.github.gcmdata.identifier.EmailAddress;
import io.github.gcmdata.identifier.Isbn;
import io.github.gcmdata.identifier.Issn;
import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.identifier.PhoneNumber;
import io.github.gcmdata.identifier.UnDocumentSymbol;
import io.github.gcmdata.identifier.Url;
import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.model.AgendaDay;
import io.github.gcmdata.model.AgendaItem;
import io.github.gcmdata.model.AgendaItemKind;
import io.github.gcmdata.model.AgentRef;
import io.github.gcmdata.model.AttendanceMode;
import io.github.gcmdata.model.BookFormat;
import io.github.gcmdata.model.ContactPoint;
import io.github.gcmdata.model.ContactType;
import io.github.gcmdata.model.Contributor;
import io.github.gcmdata.model.ContributorRole;
import io.github.gcmdata.model.Count;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.DatasetMetadata;
import io.github.gcmdata.model.DocumentReference;
import io.github.gcmdata.model.Edition;
import io.github.gcmdata.model.EditionIsbn;
import io.github.gcmdata.model.Event;
import io.github.gcmdata.model.EventKind;
import io.github.gcmdata.model.EventSeriesEntry;
import io.github.gcmdata.model.LocalizedText;
import io.github.gcmdata.model.Organisation;
import io.github.gcmdata.model.OrganisationKind;
import io.github.gcmdata.model.Membership;
import io.github.gcmdata.model.MembershipRole;
import io.github.gcmdata.model.Modality;
import io.github.gcmdata.model.PartialDate;
import io.github.gcmdata.model.Person;
import io.github.gcmdata.model.Place;
import io.github.gcmdata.model.Position;
import io.github.gcmdata.model.Publication;
import io.github.gcmdata.model.PublicationSeries;
import io.github.gcmdata.model.PublicationSeriesEntry;
import io.github.gcmdata.model.Source;
import io.github.gcmdata.model.Speaker;
import io.github.gcmdata.model.TableOfContentsEntry;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A deterministic generator of realistic synthetic datasets, in the mix of the examples.
 *
 * <p>Of every twenty records, ten are persons (positions, contact points), five memberships, two
 * events (one or two agenda days of three to five timed items, with moderators and speakers) and
 * three publications (one to three language editions with ISBNs whose check digits are right, a
 * table of contents two levels deep). That is about 1 KB of JSON per record on average: an event
 * is about 4.4 KB, a publication 1.5 KB, a person 0.5 KB, a membership 0.2 KB. The same size and
 * seed always give the same records, so the same bytes.
 *
 * <p>Records are produced one at a time ({@link #persons()}, ...), so that a dataset of any size can
 * be written with {@link #writeDataset(OutputStream)} or {@link #writeLines(Path)} in little memory.
 */
public final class SyntheticData {

    /** The seed of every dataset the benchmarks use. */
    public static final long SEED = 20_261_122L;

    private static final String[] GIVEN = {"Amina", "Jean", "María", "Kofi", "Ana", "Lars", "Fatima", "Hiroshi",
        "Olga", "Carlos", "Nadia", "Pierre", "Leila", "Tomás", "Grace", "Ugochi", "Abdulla", "Maurizio"};
    private static final String[] FAMILY = {"Diallo", "Dupont", "García", "Mensah", "Silva", "Nilsson", "Haddad",
        "Tanaka", "Ivanova", "Rodríguez", "Benali", "Martin", "Karimi", "López", "Otieno", "Daniels", "Shahid"};
    private static final String[] JOB_FR = {"Directrice générale adjointe", "Chef de mission", "Conseiller politique",
        "Chargée de communication", "Ministre des affaires étrangères", "Représentant permanent"};
    private static final String[] JOB_EN = {"Deputy Director General", "Chief of Mission", "Policy Adviser",
        "Communications Officer", "Minister for Foreign Affairs", "Permanent Representative"};
    private static final String[] TOPIC_FR = {"la migration de main-d’œuvre", "les changements climatiques",
        "l’inclusion sociale", "la santé des migrants", "les envois de fonds", "la jeunesse", "les données"};
    private static final String[] TOPIC_EN = {"labour migration", "climate change", "social inclusion",
        "migrant health", "remittances", "youth", "data"};
    private static final String[] TOPIC_ES = {"la migración laboral", "el cambio climático", "la inclusión social",
        "la salud de los migrantes", "las remesas", "la juventud", "los datos"};
    private static final String[] CITY = {"Genève", "New York", "Bangkok", "Nairobi", "Dakar", "Buenos Aires", "Wien"};
    private static final String[] COUNTRY = {"CH", "US", "TH", "KE", "SN", "AR", "AT"};
    private static final String[] ZONE = {"Europe/Zurich", "America/New_York", "Asia/Bangkok", "Africa/Nairobi",
        "Africa/Dakar", "America/Argentina/Buenos_Aires", "Europe/Vienna"};
    private static final String[] ORGANISATIONS = {"iom", "unhcr", "ilo", "undp", "unicef", "who", "mrls"};
    private static final AgendaItemKind[] TALKS = {AgendaItemKind.KEYNOTE, AgendaItemKind.PANEL, AgendaItemKind.SESSION};
    private static final Source SOURCE = new Source(Url.parse("https://www.iom.int/"), "IOM", null,
            LocalDate.of(2026, 11, 22));

    private final int size;
    private final long seed;
    private final int persons;
    private final int memberships;
    private final int events;
    private final int publications;

    private SyntheticData(int size, long seed) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1, was " + size);
        }
        this.size = size;
        this.seed = seed;
        this.memberships = size / 4;
        this.events = size / 10;
        this.publications = size * 3 / 20;
        this.persons = size - memberships - events - publications;
    }

    /**
     * Obtains the generator of a dataset of the given number of records, with {@link #SEED}.
     *
     * @param size  the number of records, at least 1
     * @return the generator, not null
     */
    public static SyntheticData of(int size) {
        return new SyntheticData(size, SEED);
    }

    /**
     * Returns the organisations that the generated records refer to, which the generated datasets
     * do not hold (their references are therefore unresolved there): add them for a dataset whose
     * integrity holds.
     *
     * @return one organisation per identifier referred to, not null
     */
    public static List<Organisation> referencedOrganisations() {
        List<Organisation> organisations = new ArrayList<>();
        for (String id : ORGANISATIONS) {
            organisations.add(Organisation.builder(id, LocalizedText.of("en", "Organisation " + id), OrganisationKind.INTERGOVERNMENTAL)
                    .build());
        }
        return organisations;
    }

    /**
     * Returns a dataset with the records its generated records refer to and which it does not
     * hold: the organisations of {@link #referencedOrganisations()} and the publication series.
     *
     * @param dataset  a generated dataset, not null
     * @return the dataset whose integrity holds, not null
     */
    public static Dataset withReferencedRecords(Dataset dataset) {
        return dataset.toBuilder()
                .organisations(referencedOrganisations())
                .publicationSeries(referencedSeries())
                .build();
    }

    private static PublicationSeries referencedSeries() {
        return PublicationSeries.builder("idm-series", LocalizedText.of("en", "International Dialogue on Migration"))
                .publisherRefs("iom")
                .build();
    }

    /**
     * Returns the number of records.
     *
     * @return the number of persons, memberships, events and publications together
     */
    public int size() {
        return size;
    }

    /**
     * Returns the metadata of the dataset.
     *
     * @return the metadata, not null
     */
    public DatasetMetadata metadata() {
        return new DatasetMetadata("synthetic-" + size, LocalizedText.of("en", "Synthetic dataset of " + size
                + " records", "fr", "Jeu de données synthétique de " + size + " enregistrements"),
                null, "1", LocalDate.of(2026, 11, 22), "CC-BY-4.0", List.of(SOURCE));
    }

    /**
     * Returns the persons, generated one at a time.
     *
     * @return a sequential stream of the persons, not null
     */
    public Stream<Person> persons() {
        return generate(persons, 1, this::person);
    }

    /**
     * Returns the memberships, generated one at a time.
     *
     * @return a sequential stream of the memberships, not null
     */
    public Stream<Membership> memberships() {
        return generate(memberships, 2, this::membership);
    }

    /**
     * Returns the events, generated one at a time.
     *
     * @return a sequential stream of the events, not null
     */
    public Stream<Event> events() {
        return generate(events, 3, this::event);
    }

    /**
     * Returns the publications, generated one at a time.
     *
     * @return a sequential stream of the publications, not null
     */
    public Stream<Publication> publications() {
        return generate(publications, 4, this::publication);
    }

    /**
     * Builds the whole dataset in memory.
     *
     * @return the dataset, not null
     */
    public Dataset dataset() {
        return Dataset.builder(metadata())
                .persons(persons().toList())
                .memberships(memberships().toList())
                .events(events().toList())
                .publications(publications().toList())
                .build();
    }

    /**
     * Writes the dataset, with the records it refers to, as one compact JSON document, record by
     * record: the same bytes as {@code GcmJson.standard().write(withReferencedRecords(dataset()))},
     * without holding the dataset, so that its integrity holds at every size.
     *
     * @param out  where to write; not closed
     */
    public void writeDataset(OutputStream out) {
        GcmJson json = GcmJson.standard();
        try {
            out.write(("{\"metadata\":" + json.write(metadata())).getBytes(StandardCharsets.UTF_8));
            writeArray(out, "organisations", referencedOrganisations().stream());
            writeArray(out, "persons", persons());
            writeArray(out, "memberships", memberships());
            writeArray(out, "events", events());
            writeArray(out, "publications", publications());
            writeArray(out, "publicationSeries", Stream.of(referencedSeries()));
            out.write('}');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeArray(OutputStream out, String name, Stream<?> records) throws IOException {
        out.write((",\"" + name + "\":[").getBytes(StandardCharsets.UTF_8));
        GcmJson json = GcmJson.standard();
        boolean[] first = {true};
        records.forEach(record -> {
            try {
                if (!first[0]) {
                    out.write(',');
                }
                first[0] = false;
                json.write(record, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        out.write(']');
    }

    /**
     * Writes the records as JSON lines, one file per kind of record ({@code persons.ndjson},
     * {@code memberships.ndjson}, {@code events.ndjson}, {@code publications.ndjson}) in a folder.
     *
     * @param folder  the folder, created if missing
     * @return the files written, in that order
     */
    public List<Path> writeLines(Path folder) {
        try {
            Files.createDirectories(folder);
            List<Path> files = new ArrayList<>();
            files.add(writeLines(folder.resolve("persons.ndjson"), persons()));
            files.add(writeLines(folder.resolve("memberships.ndjson"), memberships()));
            files.add(writeLines(folder.resolve("events.ndjson"), events()));
            files.add(writeLines(folder.resolve("publications.ndjson"), publications()));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path writeLines(Path file, Stream<?> records) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            GcmJson.standard().writeLines(records, out);
        }
        return file;
    }

    private <T> Stream<T> generate(int count, int kind, RecordMaker<T> maker) {
        Random random = new Random(seed * 31 + kind);
        IntFunction<T> make = i -> maker.make(i, random);
        return IntStream.range(0, count).mapToObj(make);
    }

    @FunctionalInterface
    private interface RecordMaker<T> {
        T make(int index, Random random);
    }

    private static String personId(int index) {
        return String.format("person-%07d", index);
    }

    private String anyPerson(Random random) {
        return personId(random.nextInt(persons));
    }

    private Person person(int index, Random random) {
        String given = pick(GIVEN, random);
        String family = pick(FAMILY, random);
        String organisation = pick(ORGANISATIONS, random);
        int job = random.nextInt(JOB_FR.length);
        List<Position> positions = new ArrayList<>();
        positions.add(new Position(LocalizedText.of("en", JOB_EN[job], "fr", JOB_FR[job]),
                AgentRef.organisation(organisation), null, PartialDate.parse(String.format("%d-%02d",
                2005 + random.nextInt(20), 1 + random.nextInt(12))), null));
        if (random.nextInt(3) == 0) {
            positions.add(new Position(LocalizedText.of("en", pick(JOB_EN, random)), AgentRef.organisation("iom"),
                    null, PartialDate.ofYear(1995 + random.nextInt(10)), PartialDate.ofYear(2005)));
        }
        String digits = String.format("4122%07d", random.nextInt(10_000_000));
        Person.Builder person = Person.builder(personId(index), given + " " + family)
                .givenName(given)
                .familyName(family)
                .positions(positions)
                .contactPoints(new ContactPoint(random.nextBoolean() ? ContactType.PRESS : ContactType.GENERAL,
                        EmailAddress.parse(ascii(given).charAt(0) + ascii(family) + index + "@" + organisation + ".int"),
                        PhoneNumber.of("+41 22 " + digits.substring(4, 7) + " " + digits.substring(7), "+" + digits)));
        if (random.nextInt(4) == 0) {
            person.honorificPrefix(random.nextBoolean() ? "S.E. M." : "Dr");
        }
        return person.sources(SOURCE).build();
    }

    private Membership membership(int index, Random random) {
        return new Membership(String.format("membership-%07d", index), AgentRef.person(anyPerson(random)),
                pick(ORGANISATIONS, random), MembershipRole.values()[random.nextInt(MembershipRole.values().length)],
                PartialDate.ofYear(2015 + random.nextInt(10)), random.nextInt(4) == 0 ? PartialDate.ofYear(2025) : null,
                List.of(), List.of(SOURCE));
    }

    private Event event(int index, Random random) {
        int topic = random.nextInt(TOPIC_EN.length);
        int place = random.nextInt(CITY.length);
        LocalDate start = LocalDate.of(2015 + random.nextInt(11), 1 + random.nextInt(12), 1 + random.nextInt(28));
        int days = 1 + random.nextInt(2);
        List<AgendaDay> agenda = new ArrayList<>();
        for (int day = 0; day < days; day++) {
            agenda.add(agendaDay(start.plusDays(day), random));
        }
        return Event.builder(String.format("event-%07d", index),
                        LocalizedText.of("en", "International Dialogue on Migration: " + TOPIC_EN[topic],
                                "fr", "Dialogue international sur la migration : " + TOPIC_FR[topic],
                                "es", "Diálogo internacional sobre la migración: " + TOPIC_ES[topic]),
                        EventKind.values()[random.nextInt(EventKind.values().length)], start)
                .description(LocalizedText.of("fr", "Le Dialogue réunit des gouvernements, des organisations "
                        + "internationales et la société civile autour de " + TOPIC_FR[topic] + "."))
                .series(new EventSeriesEntry(LocalizedText.of("fr", "Dialogue international sur la migration"),
                        null, 1 + random.nextInt(3)))
                .endDate(PartialDate.of(start.plusDays(days - 1L)))
                .timeZone(ZoneId.of(ZONE[place]))
                .attendanceMode(AttendanceMode.values()[random.nextInt(AttendanceMode.values().length)])
                .location(new Place(LocalizedText.of("fr", "Palais des Nations"), null,
                        LocalizedText.of("fr", CITY[place]), CountryCode.parse(COUNTRY[place])))
                .organizers(AgentRef.organisation("iom"), AgentRef.organisation(pick(ORGANISATIONS, random)))
                .participantCount(Count.moreThan(100L + random.nextInt(900)))
                .panellistCount(Count.exactly(10L + random.nextInt(80)))
                .agenda(agenda)
                .relatedObjectives(1 + random.nextInt(23), 1 + random.nextInt(23))
                .citedDocuments(new DocumentReference(UnDocumentSymbol.parse("A/RES/73/195"),
                        String.valueOf(1 + random.nextInt(50)), null))
                .sources(new Source(Url.parse("https://www.iom.int/idm/" + index), "IDM", null,
                        LocalDate.of(2026, 11, 22)))
                .build();
    }

    private AgendaDay agendaDay(LocalDate date, Random random) {
        int count = 3 + random.nextInt(3);
        List<AgendaItem> items = new ArrayList<>();
        LocalTime time = LocalTime.of(9, 0);
        for (int item = 0; item < count; item++) {
            LocalTime end = time.plusMinutes(30L + 15L * random.nextInt(5));
            AgendaItemKind kind = item == 0 ? AgendaItemKind.OPENING
                    : item == count - 1 ? AgendaItemKind.CLOSING : TALKS[random.nextInt(TALKS.length)];
            int topic = random.nextInt(TOPIC_FR.length);
            AgendaItem.Builder builder = AgendaItem.builder(kind).startTime(time).endTime(end)
                    .name(LocalizedText.of("fr", "Renforcer la coopération sur " + TOPIC_FR[topic],
                            "en", "Strengthening cooperation on " + TOPIC_EN[topic]));
            if (kind == AgendaItemKind.PANEL) {
                builder.number(item).moderators(speaker(random, null));
            }
            List<Speaker> speakers = new ArrayList<>();
            for (int s = random.nextInt(4); s >= 0; s--) {
                speakers.add(speaker(random, random.nextInt(5) == 0 ? Modality.VIDEO_MESSAGE : null));
            }
            items.add(builder.speakers(speakers).build());
            time = end;
        }
        return new AgendaDay(date, LocalizedText.of("fr", "Réduire les risques et les vulnérabilités"), items);
    }

    private Speaker speaker(Random random, Modality modality) {
        int job = random.nextInt(JOB_FR.length);
        return new Speaker(anyPerson(random), pick(GIVEN, random) + " " + pick(FAMILY, random),
                LocalizedText.of("fr", JOB_FR[job]), modality, null);
    }

    private Publication publication(int index, Random random) {
        int topic = random.nextInt(TOPIC_EN.length);
        int year = 2000 + random.nextInt(26);
        List<Edition> editions = new ArrayList<>();
        LanguageTag[] languages = {LanguageTag.ENGLISH, LanguageTag.FRENCH, LanguageTag.SPANISH};
        int count = 1 + random.nextInt(3);
        for (int e = 0; e < count; e++) {
            editions.add(Edition.builder(languages[e])
                    .isbns(new EditionIsbn(isbn(index * 6 + e * 2), BookFormat.PRINT),
                            new EditionIsbn(isbn(index * 6 + e * 2 + 1), BookFormat.PDF))
                    .issn(Issn.parse("1726-4030"))
                    .numberOfPages(40 + random.nextInt(300))
                    .datePublished(PartialDate.ofYear(year))
                    .build());
        }
        List<TableOfContentsEntry> toc = new ArrayList<>();
        int page = 1;
        for (int chapter = 1; chapter <= 2 + random.nextInt(4); chapter++) {
            List<TableOfContentsEntry> sections = new ArrayList<>();
            for (int section = 1; section <= random.nextInt(4); section++) {
                page += 2 + random.nextInt(8);
                sections.add(new TableOfContentsEntry(LocalizedText.of("en", "Section " + chapter + "." + section
                        + ": " + pick(TOPIC_EN, random)), page, List.of()));
            }
            toc.add(new TableOfContentsEntry(LocalizedText.of("en", "Chapter " + chapter + ": "
                    + pick(TOPIC_EN, random)), page, sections));
            page += 5;
        }
        return Publication.builder(String.format("publication-%07d", index),
                        LocalizedText.of("en", "International Dialogue on Migration No. " + (index % 40 + 1)
                                + ": " + TOPIC_EN[topic], "fr", "Dialogue international sur la migration n° "
                                + (index % 40 + 1) + " : " + TOPIC_FR[topic]))
                .series(new PublicationSeriesEntry("idm-series", String.valueOf(index % 40 + 1)))
                .editions(editions)
                .datePublished(PartialDate.ofYear(year))
                .publisherRefs("iom")
                .contributors(new Contributor(AgentRef.person(anyPerson(random)), ContributorRole.EDITOR))
                .abstractText(LocalizedText.of("en", "This volume reports on the dialogue on " + TOPIC_EN[topic]
                        + ": its workshops, its findings and the recommendations of its participants."))
                .tableOfContents(toc)
                .inLanguage(List.of(languages).subList(0, count))
                .relatedObjectives(1 + random.nextInt(23))
                .sources(SOURCE)
                .build();
    }

    /** Returns a distinct ISBN-13 with a correct check digit in the 978-92-9068 block. */
    static Isbn isbn(int number) {
        String body = "97892" + String.format("%07d", number % 10_000_000);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (body.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return Isbn.parse(body + (10 - sum % 10) % 10);
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }

    private static String ascii(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("[^A-Za-z]", "").toLowerCase(java.util.Locale.ROOT);
    }
}
