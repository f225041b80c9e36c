package io.github.gcmdata.reference;

import io.github.gcmdata.identifier.CountryCode;
import io.github.gcmdata.identifier.Isbn;
import io.github.gcmdata.identifier.Issn;
import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.identifier.UnDocumentSymbol;
import io.github.gcmdata.identifier.Url;
import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.model.AgentKind;
import io.github.gcmdata.model.AgentRef;
import io.github.gcmdata.model.AttendanceMode;
import io.github.gcmdata.model.BookFormat;
import io.github.gcmdata.model.CountPrecision;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.DatasetMetadata;
import io.github.gcmdata.model.DatedFigure;
import io.github.gcmdata.model.DocumentKind;
import io.github.gcmdata.model.DocumentReference;
import io.github.gcmdata.model.Edition;
import io.github.gcmdata.model.EditionIsbn;
import io.github.gcmdata.model.Event;
import io.github.gcmdata.model.EventKind;
import io.github.gcmdata.model.FigureKind;
import io.github.gcmdata.model.Gap;
import io.github.gcmdata.model.GcmObjective;
import io.github.gcmdata.model.GuidingPrinciple;
import io.github.gcmdata.model.LocalizedText;
import io.github.gcmdata.model.Membership;
import io.github.gcmdata.model.MembershipRole;
import io.github.gcmdata.model.Organisation;
import io.github.gcmdata.model.OrganisationKind;
import io.github.gcmdata.model.OrganisationalUnit;
import io.github.gcmdata.model.PartialDate;
import io.github.gcmdata.model.Place;
import io.github.gcmdata.model.Publication;
import io.github.gcmdata.model.PublicationSeries;
import io.github.gcmdata.model.PublicationSeriesEntry;
import io.github.gcmdata.model.RecordKind;
import io.github.gcmdata.model.SeriesIssn;
import io.github.gcmdata.model.Source;
import io.github.gcmdata.model.State;
import io.github.gcmdata.model.UnDocument;
import io.github.gcmdata.model.UnSystemRelation;
import io.github.gcmdata.model.Vote;
import io.github.gcmdata.model.VoteCount;
import io.github.gcmdata.model.VoteEvent;
import io.github.gcmdata.model.VoteOption;
import io.github.gcmdata.reference.SourcedTable.Row;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Generates the bundled reference data, {@code gcm-reference-data.json}, from the sourced tables in
 * {@code src/data/reference}: each table's rows become records of the model (so that what does not
 * fit the model fails here, naming the table, row and column), each row's source becomes a
 * {@link Source} of the record it belongs to, and the dataset is written with
 * {@link GcmJson#pretty()}.
 *
 * <p>It belongs to the build: it runs in tests ({@link ReferenceDataDriftTest}), from the project
 * directory, and its CSV reader is test-scoped. To rewrite the bundled file after a change of a
 * table: {@value #REGENERATE_COMMAND}.
 *
 * <p>Sources: a row's sources are added to its record's; two rows that cite the same source
 * (same URL, title, note, date and standing) give one {@code Source}, which supports the values of
 * both.
 */
final class ReferenceDataGenerator {

    /** The command that rewrites the bundled file. */
    static final String REGENERATE_COMMAND =
            "./mvnw -B -q test -Dtest=ReferenceDataDriftTest -Dgcm.reference.regenerate=true";

    /** Where the tables are. */
    static final Path TABLES = Path.of("src", "data", "reference");

    /** Where the bundled file lives in the source tree. */
    static final Path RESOURCE = Path.of("src", "main", "resources", "io", "github", "gcmdata", "reference",
            "gcm-reference-data.json");

    private final Path tables;
    /** The sources of each record, keyed by kind name and identifier ("state/CHE"), in the order met. */
    private final Map<String, SourceList> sources = new LinkedHashMap<>();
    /** The sources of more_sources.csv, by the same key, added after a record's own. */
    private final Map<String, List<Source>> more = new LinkedHashMap<>();
    /** The tables read, so that the drift test can tell which ones the generator uses. */
    private final Set<String> read = new LinkedHashSet<>();

    ReferenceDataGenerator(Path tables) {
        this.tables = tables;
    }

    /** Returns the names of the tables the last generation read. */
    Set<String> tablesRead() {
        return Set.copyOf(read);
    }

    String generateJson() {
        return GcmJson.pretty().write(generate());
    }

    void write(Path file) throws IOException {
        Files.writeString(file, generateJson(), StandardCharsets.UTF_8);
    }

    Dataset generate() {
        sources.clear();
        more.clear();
        read.clear();
        for (Row row : table("more_sources.csv")) {
            more.computeIfAbsent(row.required("record"), k -> new ArrayList<>()).addAll(row.sources());
        }
        DatasetMetadata metadata = metadata();
        List<State> states = states();
        List<Organisation> organisations = organisations();
        List<Membership> memberships = memberships();
        List<Event> events = events();
        List<PublicationSeries> series = publicationSeries();
        List<Publication> publications = publications();
        List<GcmObjective> objectives = objectives();
        List<GuidingPrinciple> principles = guidingPrinciples();
        List<UnDocument> documents = documents();
        List<VoteEvent> votes = voteEvents();
        if (!more.isEmpty()) {
            throw new IllegalStateException("more_sources.csv names records that no table holds: " + more.keySet());
        }
        return Dataset.builder(metadata).organisations(organisations).states(states).memberships(memberships)
                .events(events).publications(publications).publicationSeries(series).objectives(objectives)
                .guidingPrinciples(principles).documents(documents).voteEvents(votes).build();
    }

    private List<Row> table(String name) {
        read.add(name);
        return SourcedTable.read(tables.resolve(name)).rows();
    }

    private SourceList sourcesOf(String key) {
        return sources.computeIfAbsent(key, k -> new SourceList());
    }

    /** The sources of a record, its rows' then those of more_sources.csv, which this consumes. */
    private List<Source> finish(String key) {
        SourceList list = sourcesOf(key);
        list.addAll(more.getOrDefault(key, List.of()));
        more.remove(key);
        return list.list();
    }

    private List<Source> finish(RecordKind kind, String id) {
        return finish(kind.kindName() + "/" + id);
    }

    private SourceList sourcesOf(RecordKind kind, String id) {
        return sourcesOf(kind.kindName() + "/" + id);
    }

    private DatasetMetadata metadata() {
        Map<String, String> properties = new LinkedHashMap<>();
        for (Row row : table("metadata.csv")) {
            properties.put(row.required("property"), row.required("value"));
        }
        List<Gap> gaps = new ArrayList<>();
        for (Row row : table("gaps.csv")) {
            gaps.add(new Gap(row.required("subject"), row.get("reason")));
        }
        return new DatasetMetadata(property(properties, "id"), LocalizedText.of("en", property(properties, "name.en")),
                LocalizedText.of("en", property(properties, "description.en")), property(properties, "version"),
                LocalDate.parse(property(properties, "dateModified")), LocalDate.parse(property(properties, "asOf")),
                null, finish("metadata"), gaps);
    }

    private static String property(Map<String, String> properties, String name) {
        return Objects.requireNonNull(properties.get(name), () -> "metadata.csv: no property " + name);
    }

    private List<State> states() {
        List<State> states = new ArrayList<>();
        for (Row row : table("states.csv")) {
            String id = row.required("id");
            states.add(new State(id, texts(row, "name_"), texts(row, "alternate_name_"),
                    row.get("alpha2", CountryCode::parse), row.get("alpha3", CountryCode::parse),
                    row.get("numeric", CountryCode::parse), addRow(RecordKind.STATE, id, row)));
        }
        return states;
    }

    private List<Organisation> organisations() {
        Map<String, List<DatedFigure>> figures = new LinkedHashMap<>();
        for (Row row : table("organisation_figures.csv")) {
            figures.computeIfAbsent(row.required("organisation"), k -> new ArrayList<>()).add(new DatedFigure(
                    row.required("kind", text -> SourcedTable.constant(FigureKind.class, text)),
                    row.required("value", Long::parseLong),
                    row.get("precision", text -> SourcedTable.constant(CountPrecision.class, text)),
                    row.required("as_of", PartialDate::parse), row.sources()));
        }
        Map<String, List<OrganisationalUnit>> units = new LinkedHashMap<>();
        for (Row row : table("organisation_units.csv")) {
            units.computeIfAbsent(row.required("organisation"), k -> new ArrayList<>())
                    .add(new OrganisationalUnit(row.required("id"), texts(row, "name_"), null));
        }
        List<Organisation> organisations = new ArrayList<>();
        for (Row row : table("organisations.csv")) {
            String id = row.required("id");
            Place headquarters = row.get("hq_city_en") == null ? null : new Place(null,
                    LocalizedText.of("en", row.required("hq_address_en")), LocalizedText.of("en", row.required("hq_city_en")),
                    row.required("hq_country", CountryCode::parse));
            Organisation.Builder organisation = Organisation.builder(id, texts(row, "name_"),
                            row.required("kind", text -> SourcedTable.constant(OrganisationKind.class, text)))
                    .alternateName(texts(row, "acronym_"))
                    .parentOrganization(row.get("parent", ReferenceDataGenerator::agent))
                    .foundingDate(row.get("founding_date", PartialDate::parse))
                    .headquarters(headquarters)
                    .unSystemRelation(row.get("un_system_relation", text -> SourcedTable.constant(UnSystemRelation.class, text)))
                    .url(row.get("url", Url::parse))
                    .figures(figures.getOrDefault(id, List.of()))
                    .units(units.getOrDefault(id, List.of()));
            organisations.add(organisation.sources(addRow(RecordKind.ORGANISATION, id, row)).build());
        }
        return organisations;
    }

    private List<Membership> memberships() {
        List<Membership> memberships = new ArrayList<>();
        for (Row row : table("memberships.csv")) {
            String id = row.required("id");
            AgentRef member = new AgentRef(row.required("member_kind", text -> SourcedTable.constant(AgentKind.class, text)),
                    row.required("member"));
            memberships.add(new Membership(id, member, row.required("organisation"),
                    row.required("role", text -> SourcedTable.constant(MembershipRole.class, text)),
                    row.get("start_date", PartialDate::parse), row.get("end_date", PartialDate::parse), List.of(),
                    addRow(RecordKind.MEMBERSHIP, id, row)));
        }
        return memberships;
    }

    private List<Event> events() {
        List<Event> events = new ArrayList<>();
        for (Row row : table("events.csv")) {
            String id = row.required("id");
            Place location = row.get("city_en") == null ? null : new Place(
                    row.get("venue_en") == null ? null : LocalizedText.of("en", row.get("venue_en")), null,
                    LocalizedText.of("en", row.get("city_en")), row.get("country", CountryCode::parse));
            events.add(Event.builder(id, texts(row, "name_"), row.required("kind", text -> SourcedTable.constant(EventKind.class, text)),
                            row.required("start_date", PartialDate::parse))
                    .description(texts(row, "description_"))
                    .endDate(row.get("end_date", PartialDate::parse))
                    .attendanceMode(row.get("attendance_mode", text -> SourcedTable.constant(AttendanceMode.class, text)))
                    .location(location)
                    .sources(addRow(RecordKind.EVENT, id, row))
                    .build());
        }
        return events;
    }

    private List<PublicationSeries> publicationSeries() {
        Map<String, List<SeriesIssn>> issns = new LinkedHashMap<>();
        for (Row row : table("series_issns.csv")) {
            issns.computeIfAbsent(row.required("series"), k -> new ArrayList<>())
                    .add(new SeriesIssn(row.required("lang", LanguageTag::parse), row.required("issn", Issn::parse)));
        }
        List<PublicationSeries> series = new ArrayList<>();
        for (Row row : table("publication_series.csv")) {
            String id = row.required("id");
            series.add(new PublicationSeries(id, texts(row, "name_"), null, null, row.list("publishers"),
                    issns.getOrDefault(id, List.of()),
                    addRow(RecordKind.PUBLICATION_SERIES, id, row)));
        }
        return series;
    }

    private List<Publication> publications() {
        Map<String, List<Edition>> editions = new LinkedHashMap<>();
        for (Row row : table("editions.csv")) {
            List<EditionIsbn> isbns = new ArrayList<>();
            for (String isbn : row.list("isbns")) {
                String[] parts = isbn.split(":", 2);
                isbns.add(new EditionIsbn(Isbn.parse(parts[0]),
                        parts.length == 2 ? SourcedTable.constant(BookFormat.class, parts[1]) : null));
            }
            LocalizedText name = texts(row, "name_");
            editions.computeIfAbsent(row.required("publication"), k -> new ArrayList<>()).add(new Edition(
                    row.required("lang", LanguageTag::parse), name, isbns, row.get("issn", Issn::parse),
                    row.get("pages", Integer::valueOf), null, row.get("date_published", PartialDate::parse), null,
                    row.get("url", Url::parse)));
        }
        List<Publication> publications = new ArrayList<>();
        for (Row row : table("publications.csv")) {
            String id = row.required("id");
            List<LanguageTag> languages = row.list("languages").stream().map(LanguageTag::parse).toList();
            publications.add(Publication.builder(id, texts(row, "name_"))
                    .series(new PublicationSeriesEntry(row.required("series"), row.required("issue_number")))
                    .editions(editions.getOrDefault(id, List.of()))
                    .publisherReference(row.get("publisher_reference"))
                    .datePublished(row.get("date_published", PartialDate::parse))
                    .publisherRefs(row.list("publishers"))
                    .inLanguage(languages)
                    .sources(addRow(RecordKind.PUBLICATION, id, row))
                    .build());
        }
        return publications;
    }

    private List<GcmObjective> objectives() {
        Map<Integer, Map<String, Map<String, String>>> texts = new TreeMap<>();
        for (Row row : table("objective_texts.csv")) {
            int number = row.required("number", Integer::parseInt);
            texts.computeIfAbsent(number, k -> new LinkedHashMap<>())
                    .computeIfAbsent(row.required("field"), k -> new LinkedHashMap<>())
                    .put(row.required("lang"), row.required("text"));
            sourcesOf(RecordKind.OBJECTIVE, Integer.toString(number)).addAll(row.sources());
        }
        List<GcmObjective> objectives = new ArrayList<>();
        for (Row row : table("objectives.csv")) {
            int number = row.required("number", Integer::parseInt);
            Map<String, Map<String, String>> fields = texts.getOrDefault(number, Map.of());
            List<Source> list = addRow(RecordKind.OBJECTIVE, Integer.toString(number), row);
            objectives.add(new GcmObjective(number, LocalizedText.of(fields.getOrDefault("name", Map.of())),
                    fields.containsKey("shortName") ? LocalizedText.of(fields.get("shortName")) : null,
                    new DocumentReference(UnDocumentSymbol.parse("A/RES/73/195"), row.required("paragraph"), null),
                    list));
        }
        return objectives;
    }

    private List<GuidingPrinciple> guidingPrinciples() {
        Map<String, Map<String, String>> names = new LinkedHashMap<>();
        for (Row row : table("guiding_principle_names.csv")) {
            String letter = row.required("letter");
            names.computeIfAbsent(letter, k -> new LinkedHashMap<>()).put(row.required("lang"), row.required("name"));
            sourcesOf(RecordKind.GUIDING_PRINCIPLE, letter).addAll(row.sources());
        }
        List<GuidingPrinciple> principles = new ArrayList<>();
        for (Row row : table("guiding_principles.csv")) {
            String letter = row.required("letter");
            List<Source> list = addRow(RecordKind.GUIDING_PRINCIPLE, letter, row);
            principles.add(new GuidingPrinciple(letter, LocalizedText.of(names.getOrDefault(letter, Map.of())),
                    new DocumentReference(UnDocumentSymbol.parse("A/RES/73/195"), row.required("paragraph"), null),
                    list));
        }
        return principles;
    }

    private List<UnDocument> documents() {
        List<UnDocument> documents = new ArrayList<>();
        for (Row row : table("documents.csv")) {
            UnDocumentSymbol symbol = row.required("symbol", UnDocumentSymbol::parse);
            documents.add(UnDocument.builder(row.required("kind", text -> SourcedTable.constant(DocumentKind.class, text)))
                    .symbol(symbol)
                    .name(texts(row, "name_"))
                    .date(row.get("date", PartialDate::parse))
                    .url(row.get("url", Url::parse))
                    .sources(addRow(RecordKind.DOCUMENT, symbol.toString(), row))
                    .build());
        }
        return documents;
    }

    private List<VoteEvent> voteEvents() {
        Map<String, List<VoteCount>> counts = new LinkedHashMap<>();
        for (Row row : table("vote_counts.csv")) {
            String vote = row.required("vote");
            counts.computeIfAbsent(vote, k -> new ArrayList<>()).add(new VoteCount(
                    row.required("option", text -> SourcedTable.constant(VoteOption.class, text)),
                    row.required("value", Integer::parseInt)));
            sourcesOf(RecordKind.VOTE_EVENT, vote).addAll(row.sources());
        }
        Map<String, List<Vote>> votes = new LinkedHashMap<>();
        for (Row row : table("votes.csv")) {
            String vote = row.required("vote");
            votes.computeIfAbsent(vote, k -> new ArrayList<>()).add(new Vote(row.required("voter"),
                    row.required("option", text -> SourcedTable.constant(VoteOption.class, text))));
            sourcesOf(RecordKind.VOTE_EVENT, vote).addAll(row.sources());
        }
        List<VoteEvent> events = new ArrayList<>();
        for (Row row : table("vote_events.csv")) {
            String id = row.required("id");
            List<Source> own = row.sources();
            List<Source> all = new SourceList().addAll(own).addAll(finish(RecordKind.VOTE_EVENT, id)).list();
            events.add(new VoteEvent(id, row.required("organisation"), row.get("document", UnDocumentSymbol::parse),
                    row.required("date", LocalDate::parse), counts.getOrDefault(id, List.of()), votes.getOrDefault(id, List.of()),
                    all));
        }
        return events;
    }

    /** Adds a row's sources to its record's and returns all of the record's sources. */
    private List<Source> addRow(RecordKind kind, String id, Row row) {
        sourcesOf(kind.kindName() + "/" + id).addAll(row.sources());
        return finish(kind, id);
    }

    /** The texts of the columns {@code <prefix><language>}, or null if all are empty. */
    private static LocalizedText texts(Row row, String prefix) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String language : List.of("ar", "zh", "en", "fr", "ru", "es")) {
            String column = prefix + language;
            if (row.has(column) && row.get(column) != null) {
                texts.put(language, row.get(column));
            }
        }
        return texts.isEmpty() ? null : LocalizedText.of(texts);
    }

    /** An agent reference written {@code kind:id}, such as {@code organisation:un}. */
    private static AgentRef agent(String text) {
        String[] parts = text.split(":", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected kind:id, such as organisation:un");
        }
        return new AgentRef(SourcedTable.constant(AgentKind.class, parts[0]), parts[1]);
    }

    /**
     * The sources of one record, in the order met, where two equal sources but for what they support
     * become one that supports both.
     */
    static final class SourceList {
        private final Map<List<Object>, Set<String>> supports = new LinkedHashMap<>();
        private final Map<List<Object>, Source> first = new LinkedHashMap<>();

        SourceList addAll(List<Source> sources) {
            for (Source source : sources) {
                List<Object> key = java.util.Arrays.asList(source.url(), source.title(), source.note(), source.accessed(),
                        source.standing());
                first.putIfAbsent(key, source);
                supports.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(source.supports());
            }
            return this;
        }

        List<Source> list() {
            List<Source> list = new ArrayList<>();
            first.forEach((key, source) -> list.add(new Source(source.url(), source.title(), source.note(), source.accessed(),
                    source.standing(), List.copyOf(supports.get(key)))));
            return list;
        }
    }
}
