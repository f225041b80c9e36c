package io.github.gcmdata.jsonld;

import io.github.gcmdata.identifier.CountryCode;
import io.github.gcmdata.identifier.Isbn;
import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.identifier.PhoneNumber;
import io.github.gcmdata.internal.DatasetLookup;
import io.github.gcmdata.internal.Iris;
import io.github.gcmdata.internal.UniqueKeys;
import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.model.AgendaDay;
import io.github.gcmdata.model.AgendaItem;
import io.github.gcmdata.model.AgentRef;
import io.github.gcmdata.model.AttendanceMode;
import io.github.gcmdata.model.BookFormat;
import io.github.gcmdata.model.ContactPoint;
import io.github.gcmdata.model.Contributor;
import io.github.gcmdata.model.ContributorRole;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.DatasetMetadata;
import io.github.gcmdata.model.DocumentReference;
import io.github.gcmdata.model.Edition;
import io.github.gcmdata.model.EditionIsbn;
import io.github.gcmdata.model.Event;
import io.github.gcmdata.model.EventSeries;
import io.github.gcmdata.model.GcmObjective;
import io.github.gcmdata.model.GuidingPrinciple;
import io.github.gcmdata.model.Identifier;
import io.github.gcmdata.model.ImageObject;
import io.github.gcmdata.model.Link;
import io.github.gcmdata.model.LocalizedText;
import io.github.gcmdata.model.Membership;
import io.github.gcmdata.model.MonetaryAmount;
import io.github.gcmdata.model.MonetaryGrant;
import io.github.gcmdata.model.NewsItem;
import io.github.gcmdata.model.Organisation;
import io.github.gcmdata.model.OrganisationKind;
import io.github.gcmdata.model.OrganisationalUnit;
import io.github.gcmdata.model.PartialDate;
import io.github.gcmdata.model.Participation;
import io.github.gcmdata.model.Person;
import io.github.gcmdata.model.Place;
import io.github.gcmdata.model.Position;
import io.github.gcmdata.model.Project;
import io.github.gcmdata.model.Publication;
import io.github.gcmdata.model.PublicationSeries;
import io.github.gcmdata.model.Quotation;
import io.github.gcmdata.model.RecordKind;
import io.github.gcmdata.model.RecordRef;
import io.github.gcmdata.model.Registration;
import io.github.gcmdata.model.SeriesIssn;
import io.github.gcmdata.model.Source;
import io.github.gcmdata.model.Speaker;
import io.github.gcmdata.model.State;
import io.github.gcmdata.model.TableOfContentsEntry;
import io.github.gcmdata.model.UnDocument;
import io.github.gcmdata.model.VoteEvent;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes records as schema.org JSON-LD, the structured data that search engines read in web pages
 * ({@code <script type="application/ld+json">}): an {@code Event} with a {@code subEvent} per
 * timed agenda item, a {@code Book} with a {@code workExample} per edition, a {@code Periodical}
 * for a series, {@code Person}, {@code Organization} or {@code GovernmentOrganization},
 * {@code Country}, {@code NewsArticle} with its {@code Quotation}s, {@code MonetaryGrant},
 * {@code Project}, {@code CreativeWork} for documents, and {@code DefinedTerm} for GCM objectives
 * and guiding principles.
 *
 * <pre>{@code
 * Dataset dataset = GcmJson.standard().readDataset(Path.of("examples/idm-no-28.json"));
 * String page = JsonLdWriter.standard().write(dataset, "idm-no-28");   // one record, for its page
 * String graph = JsonLdWriter.builder()
 *         .base(URI.create("https://data.example.org/gcm/"))          // IRIs under your site
 *         .language(LanguageTag.FRENCH)                                // plain French texts
 *         .build()
 *         .write(dataset);                                             // every record, in @graph
 * }</pre>
 *
 * <p>The context is {@code https://schema.org}, so the output is what search engines' guides show.
 * Every record is a node with an IRI: the base, its kind and its identifier
 * ({@code https://gcmdata.github.io/gcm-reference-data/id/event/idm-2018} with the default base),
 * the same IRI {@link JsonLdContext} gives it, so the two forms of the data merge. A document with
 * a UN symbol has the IRI of its symbol, and is {@code sameAs} the IRI of its {@code id} where it
 * has one too; a document without a symbol has the IRI of its id. A reference to
 * another record is that record's IRI with its type and name, so that one node read alone still
 * names its organisers, speakers and publishers. Texts are language-tagged values
 * ({@code {"@value": ..., "@language": "fr"}}) in every language the data has, or plain strings in
 * one language when {@link Builder#language(LanguageTag)} is set (a web page is in one language).
 * The output is deterministic: the same dataset gives the same bytes.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class JsonLdWriter {

    /** The context of the output: schema.org's, as search engines expect it. */
    public static final String SCHEMA_ORG = "https://schema.org";
    /** The default base of the IRIs: {@code https://gcmdata.github.io/gcm-reference-data/id/}. */
    public static final URI DEFAULT_BASE = Iris.DEFAULT_BASE;

    private static final String SCHEMA = "https://schema.org/";
    private static final DateTimeFormatter ITEM_KEY = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HHmm");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonLdWriter STANDARD = builder().build();

    private final URI base;
    private final LanguageTag language;

    private JsonLdWriter(Builder builder) {
        this.base = builder.base;
        this.language = builder.language;
    }

    /**
     * Returns the writer with the default base IRI and texts in every language.
     *
     * @return the shared instance, not null
     */
    public static JsonLdWriter standard() {
        return STANDARD;
    }

    /**
     * Starts a writer with another base IRI or one language.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes every record of a dataset, and the dataset itself, as one {@code @graph}.
     *
     * @param dataset  the dataset, not null
     * @return the JSON-LD document, pretty-printed, ending with a line end, not null
     */
    public String write(Dataset dataset) {
        Objects.requireNonNull(dataset, "dataset");
        ObjectNode document = NODES.objectNode().put("@context", SCHEMA_ORG);
        ArrayNode graph = document.putArray("@graph");
        nodes(new DatasetLookup(dataset)).forEach(node -> graph.add(node.node()));
        return GcmJson.pretty().write(document);
    }

    /**
     * Writes the records of a dataset with one identifier (of any kind: identifiers are unique per
     * kind, so an event and a publication may share one), as one node or, for several, a
     * {@code @graph}.
     *
     * @param dataset  the dataset, not null
     * @param id  the identifier (of a document, its id or its symbol), not null
     * @return the JSON-LD document, pretty-printed, ending with a line end, not null
     * @throws IllegalArgumentException if no record of the dataset has that identifier
     */
    public String write(Dataset dataset, String id) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(id, "id");
        List<ObjectNode> selected = nodes(new DatasetLookup(dataset)).stream()
                .filter(node -> node.ids().contains(id)).map(Node::node).collect(Collectors.toList());
        if (selected.isEmpty()) {
            throw new IllegalArgumentException("the dataset " + dataset.metadata().id()
                    + " has no record with the id '" + id + "'");
        }
        ObjectNode document = NODES.objectNode().put("@context", SCHEMA_ORG);
        if (selected.size() == 1) {
            document.setAll(selected.get(0));
        } else {
            ArrayNode graph = document.putArray("@graph");
            selected.forEach(graph::add);
        }
        return GcmJson.pretty().write(document);
    }

    /** A node and the identifiers of the record it was written from. */
    private record Node(List<String> ids, ObjectNode node) {

        Node(String id, ObjectNode node) {
            this(id == null ? List.of() : List.of(id), node);
        }
    }

    private List<Node> nodes(DatasetLookup lookup) {
        Dataset dataset = lookup.dataset();
        List<Node> nodes = new ArrayList<>();
        nodes.add(new Node(List.of(), dataset(dataset.metadata())));
        dataset.organisations().forEach(o -> nodes.add(new Node(o.id(), organisation(lookup, o))));
        dataset.states().forEach(s -> nodes.add(new Node(s.id(), state(s))));
        dataset.persons().forEach(p -> nodes.add(new Node(p.id(), person(lookup, p))));
        dataset.memberships().forEach(m -> nodes.add(new Node(m.id(), membership(lookup, m))));
        dataset.events().forEach(e -> nodes.add(new Node(e.id(), event(lookup, e))));
        dataset.eventSeries().forEach(s -> nodes.add(new Node(s.id(), eventSeries(lookup, s))));
        dataset.publications().forEach(p -> nodes.add(new Node(p.id(), publication(lookup, p))));
        dataset.publicationSeries().forEach(s -> nodes.add(new Node(s.id(), series(lookup, s))));
        dataset.newsItems().forEach(n -> nodes.add(new Node(n.id(), newsItem(lookup, n))));
        dataset.objectives().forEach(o -> nodes.add(new Node(String.valueOf(o.number()), objective(o))));
        dataset.guidingPrinciples().forEach(p -> nodes.add(new Node(p.letter(), principle(p))));
        dataset.documents().forEach(d -> nodes.add(new Node(RecordKind.DOCUMENT.identifiers(d), document(lookup, d))));
        dataset.voteEvents().forEach(v -> nodes.add(new Node(v.id(), vote(lookup, v))));
        dataset.grants().forEach(g -> nodes.add(new Node(g.id(), grant(lookup, g))));
        dataset.projects().forEach(p -> nodes.add(new Node(p.id(), project(lookup, p))));
        return nodes;
    }

    // ---- records ----------------------------------------------------------------------------

    private ObjectNode dataset(DatasetMetadata metadata) {
        ObjectNode node = node("Dataset", iri("dataset", metadata.id()));
        node.put("identifier", metadata.id());
        text(node, "name", metadata.name());
        text(node, "description", metadata.description());
        put(node, "version", metadata.version());
        put(node, "dateModified", metadata.dateModified());
        put(node, "license", metadata.license());
        list(node, "isBasedOn", metadata.sources(), this::source);
        return node;
    }

    private ObjectNode organisation(DatasetLookup lookup, Organisation organisation) {
        ObjectNode node = node(type(organisation.kind()), iri("organisation", organisation.id()));
        text(node, "name", organisation.name());
        text(node, "alternateName", organisation.alternateName());
        text(node, "description", organisation.description());
        put(node, "foundingDate", organisation.foundingDate());
        if (organisation.headquarters() != null) {
            node.set("location", place(organisation.headquarters()));
        }
        if (organisation.parentOrganization() != null) {
            node.set("parentOrganization", agent(lookup, organisation.parentOrganization()));
        }
        put(node, "url", organisation.url());
        list(node, "identifier", organisation.identifiers(), this::identifier);
        list(node, "department", organisation.units(), this::unit);
        list(node, "contactPoint", organisation.contactPoints(), this::contactPoint);
        return node;
    }

    /** schema.org's type for a kind of organisation: it has types for governments and NGOs only. */
    private static String type(OrganisationKind kind) {
        return switch (kind) {
            case GOVERNMENT_BODY -> "GovernmentOrganization";
            case CIVIL_SOCIETY -> "NGO";
            case INTERGOVERNMENTAL, UN_ENTITY, ACADEMIC, FOUNDATION, PRIVATE_SECTOR,
                    INTER_STATE_CONSULTATION_MECHANISM, NETWORK_OR_INITIATIVE, OTHER -> "Organization";
        };
    }

    private ObjectNode unit(OrganisationalUnit unit) {
        ObjectNode node = node("Organization", iri("unit", unit.id()));
        text(node, "name", unit.name());
        list(node, "department", unit.units(), this::unit);
        return node;
    }

    private ObjectNode state(State state) {
        ObjectNode node = node("Country", iri("state", state.id()));
        text(node, "name", state.name());
        ArrayNode codes = NODES.arrayNode();
        code(codes, "ISO 3166-1 alpha-2", state.alpha2());
        code(codes, "ISO 3166-1 alpha-3", state.alpha3());
        code(codes, "ISO 3166-1 numeric", state.numeric());
        if (!codes.isEmpty()) {
            node.set("identifier", codes);
        }
        return node;
    }

    private static void code(ArrayNode codes, String scheme, CountryCode code) {
        if (code != null) {
            codes.add(propertyValue(scheme, code.toString()));
        }
    }

    private ObjectNode person(DatasetLookup lookup, Person person) {
        ObjectNode node = node("Person", iri("person", person.id()));
        node.put("name", person.name());
        put(node, "givenName", person.givenName());
        put(node, "familyName", person.familyName());
        put(node, "honorificPrefix", person.honorificPrefix());
        ArrayNode titles = NODES.arrayNode();
        person.positions().stream().map(Position::jobTitle).filter(Objects::nonNull).map(this::text).forEach(titles::add);
        if (!titles.isEmpty()) {
            node.set("jobTitle", titles);
        }
        list(node, "affiliation", person.positions().stream().map(Position::affiliation).filter(Objects::nonNull)
                .distinct().collect(Collectors.toList()), agent -> agent(lookup, agent));
        list(node, "contactPoint", person.contactPoints(), this::contactPoint);
        list(node, "identifier", person.identifiers(), this::identifier);
        return node;
    }

    /** A contact point; schema.org has one {@code telephone} property, which holds the office line and the mobile. */
    private ObjectNode contactPoint(ContactPoint contact) {
        ObjectNode node = NODES.objectNode().put("@type", "ContactPoint");
        put(node, "contactType", contact.contactType() == null ? null : jsonName(contact.contactType()));
        text(node, "name", contact.name());
        put(node, "email", contact.email() == null ? null : contact.email().address());
        List<String> telephones = Stream.of(contact.telephone(), contact.mobile()).filter(Objects::nonNull)
                .map(JsonLdWriter::telephone).collect(Collectors.toList());
        oneOrMany(node, "telephone", telephones);
        put(node, "faxNumber", contact.faxNumber() == null ? null : telephone(contact.faxNumber()));
        put(node, "url", contact.url());
        return node;
    }

    /** A number in E.164, as schema.org asks, where its country gives it; else as printed. */
    private static String telephone(PhoneNumber number) {
        return number.toE164().orElse(number.asPrinted());
    }

    private ObjectNode membership(DatasetLookup lookup, Membership membership) {
        ObjectNode node = node("OrganizationRole", membership.id() == null ? null : iri("membership", membership.id()));
        if (membership.role() != null) {
            node.put("roleName", jsonName(membership.role()));
        }
        put(node, "startDate", membership.startDate());
        put(node, "endDate", membership.endDate());
        node.set("member", agent(lookup, membership.member()));
        node.putObject("@reverse").set("member", agent(lookup, AgentRef.organisation(membership.organisationRef())));
        return node;
    }

    private ObjectNode event(DatasetLookup lookup, Event event) {
        ObjectNode node = node("Event", iri("event", event.id()));
        text(node, "name", event.name());
        text(node, "alternateName", event.alternateName());
        text(node, "description", event.description());
        node.put("startDate", eventStart(event));
        put(node, "endDate", eventEnd(event));
        if (event.attendanceMode() != null) {
            node.put("eventAttendanceMode", SCHEMA + attendanceMode(event.attendanceMode()));
        }
        JsonNode location = location(event);
        if (location != null) {
            node.set("location", location);
        }
        list(node, "spatialCoverage", event.spatialCoverage(), this::place);
        list(node, "organizer", event.organizers(), agent -> agent(lookup, agent));
        list(node, "performer", event.performers(), agent -> agent(lookup, agent));
        participants(lookup, event, node);
        ArrayNode audience = NODES.arrayNode();
        event.audience().forEach(type -> audience.addObject().put("@type", "Audience").put("audienceType", jsonName(type)));
        if (event.audienceAsPrinted() != null) {
            text(audience.addObject().put("@type", "Audience"), "description", event.audienceAsPrinted());
        }
        if (!audience.isEmpty()) {
            node.set("audience", audience);
        }
        if (event.registration() != null) {
            node.set("offers", offer(event.registration()));
        }
        ArrayNode keywords = NODES.arrayNode();
        event.themes().forEach(theme -> keywords.add(text(theme)));
        if (!keywords.isEmpty()) {
            node.set("keywords", keywords);
        }
        ArrayNode superEvents = NODES.arrayNode();
        if (event.superEventRef() != null) {
            superEvents.add(reference(lookup, "event", event.superEventRef()));
        }
        if (event.series() != null && event.series().seriesRef() != null) {
            superEvents.add(reference(lookup, "event-series", event.series().seriesRef()));
        } else if (event.series() != null) {
            ObjectNode series = superEvents.addObject().put("@type", "EventSeries");
            text(series, "name", event.series().name());
        }
        if (!superEvents.isEmpty()) {
            node.set("superEvent", superEvents);
        }
        ArrayNode subEvents = NODES.arrayNode();
        event.subEventRefs().forEach(sub -> subEvents.add(reference(lookup, "event", sub)));
        agenda(lookup, event, subEvents);
        if (!subEvents.isEmpty()) {
            node.set("subEvent", subEvents);
        }
        ArrayNode about = NODES.arrayNode();
        if (event.theme() != null) {
            text(about.addObject().put("@type", "Thing"), "name", event.theme());
        }
        event.about().forEach(record -> about.add(reference(lookup, record)));
        event.relatedObjectives().forEach(number -> about.add(objectiveReference(number)));
        if (!about.isEmpty()) {
            node.set("about", about);
        }
        ArrayNode subjectOf = NODES.arrayNode();
        event.outcomePublicationRefs().forEach(ref -> subjectOf.add(reference(lookup, "publication", ref)));
        event.documents().forEach(link -> subjectOf.add(link(link)));
        if (!subjectOf.isEmpty()) {
            node.set("subjectOf", subjectOf);
        }
        return node;
    }

    /** The first day, at its start time in the event's time zone where the event gives one. */
    private static String eventStart(Event event) {
        return event.startTime() == null || event.startDate().precision() != PartialDate.Precision.DAY
                ? event.startDate().toString()
                : dateTime(event, LocalDateTime.of(event.startDate().earliestDay(), event.startTime()));
    }

    /**
     * The last day, at its end time where the event gives one; a one-day event with an end time
     * ends on its first day; an event whose end is unknown has none.
     */
    private static String eventEnd(Event event) {
        PartialDate last = event.endDate() != null ? event.endDate()
                : event.endDateUnknown() || event.endTime() == null ? null : event.startDate();
        if (last == null) {
            return null;
        }
        return event.endTime() == null || last.precision() != PartialDate.Precision.DAY ? last.toString()
                : dateTime(event, LocalDateTime.of(last.earliestDay(), event.endTime()));
    }

    /**
     * Funders, sponsors and attendees under schema.org's own properties; every other part as a
     * {@code Role} of a {@code contributor}, named by its role.
     */
    private void participants(DatasetLookup lookup, Event event, ObjectNode node) {
        Map<String, ArrayNode> byProperty = new LinkedHashMap<>();
        for (Participation participation : event.participants()) {
            ObjectNode agent = agent(lookup, participation.agent());
            String property = switch (participation.role()) {
                case FUNDER -> "funder";
                case SPONSOR -> "sponsor";
                case ATTENDEE -> "attendee";
                case HOST, CONVENER, COORDINATOR, SUPPORTER, PARTNER, COLLABORATOR, PATRON, OBSERVER, OTHER -> "contributor";
            };
            if (property.equals("contributor")) {
                ObjectNode role = NODES.objectNode().put("@type", "Role").put("roleName", jsonName(participation.role()));
                text(role, "description", participation.capacityAsPrinted());
                agent = role.set("contributor", agent);
            }
            byProperty.computeIfAbsent(property, key -> NODES.arrayNode()).add(agent);
        }
        byProperty.forEach(node::set);
    }

    /** A registration as schema.org's offer to attend: where, from when, until when. */
    private ObjectNode offer(Registration registration) {
        ObjectNode node = NODES.objectNode().put("@type", "Offer");
        put(node, "url", registration.url());
        put(node, "availabilityStarts", registration.opens());
        if (registration.deadline() != null) {
            node.put("availabilityEnds", registration.deadlineTimeZone() == null ? registration.deadline().toString()
                    : ZonedDateTime.of(registration.deadline(), registration.deadlineTimeZone()).toOffsetDateTime().toString());
        }
        text(node, "description", registration.eligibility());
        return node;
    }

    private static String attendanceMode(AttendanceMode mode) {
        return switch (mode) {
            case IN_PERSON -> "OfflineEventAttendanceMode";
            case ONLINE -> "OnlineEventAttendanceMode";
            case HYBRID -> "MixedEventAttendanceMode";
        };
    }

    /** A place where the event is held in person, and a virtual location where it is online. */
    private JsonNode location(Event event) {
        ObjectNode place = event.location() == null ? null : place(event.location());
        ObjectNode virtual = NODES.objectNode().put("@type", "VirtualLocation");
        if (event.attendanceMode() == null) {
            return place;
        }
        return switch (event.attendanceMode()) {
            case IN_PERSON -> place;
            case ONLINE -> virtual;
            case HYBRID -> place == null ? virtual : NODES.arrayNode().add(place).add(virtual);
        };
    }

    /**
     * One sub-event per agenda item: a timed item at its instant in the event's time zone, an
     * untimed one on its day.
     */
    private void agenda(DatasetLookup lookup, Event event, ArrayNode subEvents) {
        UniqueKeys keys = new UniqueKeys();
        JsonNode location = location(event);
        for (AgendaDay day : event.agenda()) {
            for (AgendaItem item : day.items()) {
                boolean timed = item.startTime() != null && item.endTime() != null;
                String key = timed ? ITEM_KEY.format(LocalDateTime.of(day.date(), item.startTime())) : day.date().toString();
                ObjectNode node = node("Event", iri("event", event.id()) + "#" + keys.next(key));
                text(node, "name", item.name());
                if (timed) {
                    node.put("startDate", dateTime(event, LocalDateTime.of(day.date(), item.startTime())));
                    node.put("endDate", dateTime(event, LocalDateTime.of(day.date(), item.endTime())));
                } else {
                    node.put("startDate", day.date().toString());
                }
                if (event.attendanceMode() != null) {
                    node.put("eventAttendanceMode", SCHEMA + attendanceMode(event.attendanceMode()));
                }
                if (location != null) {
                    node.set("location", location.deepCopy());
                }
                if (item.number() != null) {
                    node.put("position", item.number());
                }
                if (day.theme() != null) {
                    text(node.putObject("about").put("@type", "Thing"), "name", day.theme());
                }
                ArrayNode performers = NODES.arrayNode();
                item.moderators().forEach(moderator -> performers.addObject()
                        .put("@type", "PerformanceRole").put("roleName", "moderator")
                        .set("performer", speaker(lookup, moderator)));
                item.speakers().forEach(speaker -> performers.add(speaker.role() == null ? speaker(lookup, speaker)
                        : NODES.objectNode().put("@type", "PerformanceRole").put("roleName", jsonName(speaker.role()))
                                .set("performer", speaker(lookup, speaker))));
                if (!performers.isEmpty()) {
                    node.set("performer", performers);
                }
                subEvents.add(node);
            }
        }
    }

    /** ISO 8601 with the offset of the event's time zone, or a local date-time if it has none. */
    private static String dateTime(Event event, LocalDateTime local) {
        return event.timeZone() == null ? local.toString()
                : ZonedDateTime.of(local, event.timeZone()).toOffsetDateTime().toString();
    }

    /** A speaker as the agenda prints them: name and title, with the person's IRI. */
    private ObjectNode speaker(DatasetLookup lookup, Speaker speaker) {
        ObjectNode node = node("Person", iri("person", speaker.personRef()));
        String name = speaker.nameAsPrinted() != null ? speaker.nameAsPrinted()
                : lookup.person(speaker.personRef()).map(Person::name).orElse(null);
        put(node, "name", name);
        text(node, "jobTitle", speaker.titleAsPrinted());
        return node;
    }

    private ObjectNode eventSeries(DatasetLookup lookup, EventSeries series) {
        ObjectNode node = node("EventSeries", iri("event-series", series.id()));
        text(node, "name", series.name());
        text(node, "alternateName", series.alternateName());
        text(node, "description", series.description());
        put(node, "startDate", series.startDate());
        list(node, "organizer", series.organizers(), agent -> agent(lookup, agent));
        put(node, "url", series.url());
        return node;
    }

    private ObjectNode publication(DatasetLookup lookup, Publication publication) {
        ObjectNode node = publication.series() == null
                ? node("Book", iri("publication", publication.id()))
                : node(List.of("Book", "PublicationIssue"), iri("publication", publication.id()));
        text(node, "name", publication.name());
        if (publication.series() != null) {
            node.set("isPartOf", lookup.series(publication.series().seriesRef())
                    .map(series -> seriesSummary(series))
                    .orElseGet(() -> node("Periodical", iri("publication-series", publication.series().seriesRef()))));
            node.put("issueNumber", publication.series().issueNumber());
        }
        put(node, "genre", publication.genre() == null ? null : jsonName(publication.genre()));
        put(node, "datePublished", publication.datePublished());
        contributors(lookup, node, publication.contributors());
        list(node, "publisher", publication.publisherRefs(),
                id -> agent(lookup, AgentRef.organisation(id)));
        if (publication.publicationPlace() != null) {
            text(node.putObject("locationCreated").put("@type", "Place"), "name", publication.publicationPlace());
        }
        if (publication.copyrightHolder() != null) {
            node.set("copyrightHolder", agent(lookup, publication.copyrightHolder()));
        }
        if (publication.copyrightYear() != null) {
            node.put("copyrightYear", publication.copyrightYear());
        }
        put(node, "license", publication.license());
        list(node, "image", publication.images(), image -> image(lookup, image));
        text(node, "abstract", publication.abstractText());
        ArrayNode languages = NODES.arrayNode();
        publication.inLanguage().forEach(tag -> languages.add(tag.tag()));
        if (!languages.isEmpty()) {
            node.set("inLanguage", languages);
        }
        ArrayNode keywords = NODES.arrayNode();
        publication.themes().forEach(theme -> keywords.add(text(theme)));
        if (!keywords.isEmpty()) {
            node.set("keywords", keywords);
        }
        ArrayNode about = NODES.arrayNode();
        publication.eventRefs().forEach(ref -> about.add(reference(lookup, "event", ref)));
        publication.relatedObjectives().forEach(number -> about.add(objectiveReference(number)));
        publication.about().forEach(ref -> about.add(reference(lookup, ref)));
        if (!about.isEmpty()) {
            node.set("about", about);
        }
        list(node, "spatialCoverage", publication.spatialCoverage(), this::place);
        list(node, "citation", publication.citations(), citation -> citation(lookup, citation));
        ArrayNode identifiers = NODES.arrayNode();
        if (publication.publisherReference() != null) {
            identifiers.add(propertyValue("publisherReference", publication.publisherReference()));
        }
        if (publication.doi() != null) {
            identifiers.add(propertyValue("doi", publication.doi().name()));
            node.put("sameAs", "https://doi.org/" + publication.doi().name());
        }
        if (!identifiers.isEmpty()) {
            node.set("identifier", identifiers);
        }
        list(node, "hasPart", publication.tableOfContents(), entry -> chapter(lookup, entry));
        list(node, "subjectOf", publication.links(), this::link);
        UniqueKeys editions = new UniqueKeys();
        list(node, "workExample", publication.editions(),
                edition -> edition(publication, edition, editions.next(edition.inLanguage().tag())));
        return node;
    }

    /** The contributors under schema.org's property for each role, properties in the order of the roles. */
    private void contributors(DatasetLookup lookup, ObjectNode node, List<Contributor> contributors) {
        Map<String, List<AgentRef>> byProperty = new LinkedHashMap<>();
        for (ContributorRole role : ContributorRole.values()) {
            contributors.stream().filter(contributor -> contributor.role() == role).map(Contributor::agent)
                    .forEach(agent -> byProperty.computeIfAbsent(contributorProperty(role), k -> new ArrayList<>()).add(agent));
        }
        byProperty.forEach((property, agents) -> list(node, property, agents, agent -> agent(lookup, agent)));
    }

    /**
     * schema.org's property for a role: a photographer is a contributor (schema.org has no
     * photographer of a book), and who commissioned a work its sponsor.
     */
    private static String contributorProperty(ContributorRole role) {
        return switch (role) {
            case AUTHOR -> "author";
            case EDITOR -> "editor";
            case CONTRIBUTOR, PHOTOGRAPHER -> "contributor";
            case TRANSLATOR -> "translator";
            case COMMISSIONER -> "sponsor";
        };
    }

    private ObjectNode edition(Publication publication, Edition edition, String key) {
        ObjectNode node = node("Book", iri("publication", publication.id()) + "#" + key);
        text(node, "name", edition.name());
        node.put("inLanguage", edition.inLanguage().tag());
        List<String> isbns = edition.isbns().stream().map(EditionIsbn::isbn).map(Isbn::toString)
                .collect(Collectors.toList());
        oneOrMany(node, "isbn", isbns);
        Set<BookFormat> formats = EnumSet.noneOf(BookFormat.class);
        formats.addAll(edition.bookFormats());
        edition.isbns().stream().map(EditionIsbn::bookFormat).filter(Objects::nonNull).forEach(formats::add);
        List<String> types = formats.stream().map(JsonLdWriter::bookFormat).filter(Objects::nonNull).distinct()
                .map(type -> SCHEMA + type).collect(Collectors.toList());
        oneOrMany(node, "bookFormat", types);
        if (edition.numberOfPages() != null) {
            node.put("numberOfPages", edition.numberOfPages());
        }
        put(node, "datePublished", edition.datePublished());
        put(node, "uploadDate", edition.uploadDate());
        put(node, "url", edition.url());
        return node;
    }

    /**
     * schema.org's BookFormatType for a format, or null: print is paperback or hardcover, which the
     * data does not say.
     */
    private static String bookFormat(BookFormat format) {
        return switch (format) {
            case PDF, EBOOK, ELECTRONIC -> "EBook";
            case PRINT -> null;
        };
    }

    private ObjectNode chapter(DatasetLookup lookup, TableOfContentsEntry entry) {
        ObjectNode node = NODES.objectNode().put("@type", "Chapter");
        text(node, "name", entry.name());
        if (entry.pageStart() != null) {
            node.put("pageStart", entry.pageStart());
        }
        contributors(lookup, node, entry.contributors());
        list(node, "hasPart", entry.entries(), part -> chapter(lookup, part));
        return node;
    }

    private ObjectNode series(DatasetLookup lookup, PublicationSeries series) {
        ObjectNode node = seriesSummary(series);
        text(node, "alternateName", series.alternateName());
        text(node, "description", series.description());
        list(node, "publisher", series.publisherRefs(), id -> agent(lookup, AgentRef.organisation(id)));
        return node;
    }

    /** A series as a publication refers to it: name and ISSNs. */
    private ObjectNode seriesSummary(PublicationSeries series) {
        ObjectNode node = node("Periodical", iri("publication-series", series.id()));
        text(node, "name", series.name());
        List<String> issns = series.issns().stream().map(SeriesIssn::issn).map(Object::toString)
                .collect(Collectors.toList());
        oneOrMany(node, "issn", issns);
        return node;
    }

    private ObjectNode newsItem(DatasetLookup lookup, NewsItem item) {
        ObjectNode node = node("NewsArticle", iri("news-item", item.id()));
        text(node, "headline", item.headline());
        text(node, "dateline", item.dateline());
        text(node, "articleBody", item.articleBody());
        put(node, "datePublished", item.datePublished());
        put(node, "url", item.url());
        list(node, "about", item.eventRefs(), id -> reference(lookup, "event", id));
        list(node, "mentions", item.mentions(), agent -> agent(lookup, agent));
        list(node, "publisher", item.publisherRefs(), id -> agent(lookup, AgentRef.organisation(id)));
        list(node, "hasPart", item.quotations(), quotation -> quotation(lookup, quotation));
        return node;
    }

    private ObjectNode quotation(DatasetLookup lookup, Quotation quotation) {
        ObjectNode node = NODES.objectNode().put("@type", "Quotation");
        node.put("text", quotation.text());
        node.put("inLanguage", quotation.inLanguage().tag());
        if (quotation.creator() != null) {
            node.set("creator", agent(lookup, quotation.creator()));
        }
        return node;
    }

    private ObjectNode image(DatasetLookup lookup, ImageObject image) {
        ObjectNode node = NODES.objectNode().put("@type", "ImageObject");
        text(node, "caption", image.caption());
        list(node, "creator", image.creators(), creator -> agent(lookup, creator));
        text(node, "creditText", image.creditText());
        if (image.copyrightHolder() != null) {
            node.set("copyrightHolder", agent(lookup, image.copyrightHolder()));
        }
        if (image.copyrightYear() != null) {
            node.put("copyrightYear", image.copyrightYear());
        }
        return node;
    }

    private ObjectNode objective(GcmObjective objective) {
        ObjectNode node = objectiveReference(objective.number());
        node.put("termCode", String.valueOf(objective.number()));
        text(node, "name", objective.name());
        text(node, "alternateName", objective.shortName());
        node.putObject("inDefinedTermSet").put("@type", "DefinedTermSet").put("@id", base + "objective/");
        return node;
    }

    private ObjectNode objectiveReference(int number) {
        return node("DefinedTerm", iri("objective", String.valueOf(number)));
    }

    private ObjectNode principle(GuidingPrinciple principle) {
        ObjectNode node = node("DefinedTerm", iri("guiding-principle", principle.letter()));
        node.put("termCode", principle.letter());
        text(node, "name", principle.name());
        node.putObject("inDefinedTermSet").put("@type", "DefinedTermSet").put("@id", base + "guiding-principle/");
        return node;
    }

    private ObjectNode document(DatasetLookup lookup, UnDocument document) {
        ObjectNode node = node("CreativeWork", documentIri(document));
        oneOrMany(node, "identifier", RecordKind.DOCUMENT.identifiers(document));
        if (document.symbol() != null && document.id() != null) {
            node.put("sameAs", iri("document", document.id()));
        }
        node.put("genre", jsonName(document.kind()));
        text(node, "name", document.name());
        text(node, "alternateName", document.alternateName());
        put(node, "datePublished", document.date());
        list(node, "creator", document.issuers(), agent -> agent(lookup, agent));
        list(node, "recipient", document.recipients(), agent -> agent(lookup, agent));
        put(node, "url", document.url());
        return node;
    }

    /**
     * The IRI of a document: of its symbol where it has one, as in the first format, else of its id
     * (see {@link JsonLdContext}, which gives the same).
     */
    private String documentIri(UnDocument document) {
        return document.symbol() != null ? iri("document", document.symbol().toString())
                : document.id() == null ? null : iri("document", document.id());
    }

    /** A document cited: the document of the dataset it names, else the document of its symbol. */
    private ObjectNode citation(DatasetLookup lookup, DocumentReference citation) {
        if (citation.documentRef() != null) {
            return reference(lookup, RecordRef.to(RecordKind.DOCUMENT, citation.documentRef()));
        }
        return citation.symbol() == null ? node("CreativeWork", null)
                : reference(lookup, RecordRef.to(RecordKind.DOCUMENT, citation.symbol().toString()));
    }

    private ObjectNode grant(DatasetLookup lookup, MonetaryGrant grant) {
        ObjectNode node = node("MonetaryGrant", iri("grant", grant.id()));
        node.put("identifier", grant.id());
        node.set("funder", agent(lookup, grant.funder()));
        ArrayNode funded = NODES.arrayNode();
        grant.fundedItems().forEach(item -> funded.add(reference(lookup, item)));
        // schema.org's Grant has no recipient: what receives the money is funded by it too.
        if (grant.recipient() != null) {
            funded.add(agent(lookup, grant.recipient()));
        }
        if (!funded.isEmpty()) {
            node.set("fundedItem", funded);
        }
        if (grant.amount() != null) {
            node.set("amount", amount(grant.amount()));
        }
        text(node, "description", grant.description());
        return node;
    }

    private static ObjectNode amount(MonetaryAmount amount) {
        ObjectNode node = NODES.objectNode().put("@type", "MonetaryAmount");
        node.put("value", amount.value());
        node.put("currency", amount.currency().code());
        return node;
    }

    /** A project: schema.org's Project is an organisation, so its period is a founding and a dissolution. */
    private ObjectNode project(DatasetLookup lookup, Project project) {
        ObjectNode node = node("Project", iri("project", project.id()));
        text(node, "name", project.name());
        text(node, "alternateName", project.alternateName());
        text(node, "description", project.description());
        list(node, "identifier", project.identifiers(), this::identifier);
        put(node, "foundingDate", project.startDate());
        put(node, "dissolutionDate", project.endDate());
        list(node, "areaServed", project.spatialCoverage(), this::place);
        list(node, "about", project.about(), ref -> reference(lookup, ref));
        put(node, "url", project.url());
        return node;
    }

    /**
     * A recorded vote: schema.org has no type for one, so it is the Event it is, organised by the
     * body that voted and about the document voted on; the counts and votes stay in the library's JSON.
     */
    private ObjectNode vote(DatasetLookup lookup, VoteEvent vote) {
        ObjectNode node = node("Event", iri("vote-event", vote.id()));
        node.put("identifier", vote.id());
        put(node, "startDate", vote.startDate());
        node.set("organizer", reference(lookup, "organisation", vote.organisationRef()));
        if (vote.documentRef() != null) {
            node.set("about", node("CreativeWork", iri("document", vote.documentRef().toString())));
        }
        return node;
    }

    // ---- parts ------------------------------------------------------------------------------

    /** An organisation, state or person referred to: its type, IRI and name. */
    private ObjectNode agent(DatasetLookup lookup, AgentRef agent) {
        return switch (agent.kind()) {
            case ORGANISATION -> reference(lookup, "organisation", agent.id());
            case STATE -> reference(lookup, "state", agent.id());
            case PERSON -> reference(lookup, "person", agent.id());
        };
    }

    /** A record referred to, with its type and name where the dataset holds it. */
    private ObjectNode reference(DatasetLookup lookup, String kind, String id) {
        return switch (kind) {
            case "organisation" -> lookup.organisation(id)
                    .map(o -> named(node(type(o.kind()), iri(kind, id)), o.name()))
                    .orElseGet(() -> node("Organization", iri(kind, id)));
            case "state" -> lookup.state(id).map(s -> named(node("Country", iri(kind, id)), s.name()))
                    .orElseGet(() -> node("Country", iri(kind, id)));
            case "person" -> {
                ObjectNode node = node("Person", iri(kind, id));
                lookup.person(id).ifPresent(p -> node.put("name", p.name()));
                yield node;
            }
            case "event" -> lookup.event(id).map(e -> named(node("Event", iri(kind, id)), e.name()))
                    .orElseGet(() -> node("Event", iri(kind, id)));
            case "publication" -> lookup.publication(id).map(p -> named(node("Book", iri(kind, id)), p.name()))
                    .orElseGet(() -> node("Book", iri(kind, id)));
            case "event-series" -> lookup.eventSeries(id).map(s -> named(node("EventSeries", iri(kind, id)), s.name()))
                    .orElseGet(() -> node("EventSeries", iri(kind, id)));
            default -> throw new IllegalArgumentException("no reference to a " + kind);
        };
    }

    /** A record of any kind referred to: its schema.org type and IRI, and its name where the dataset holds it. */
    private ObjectNode reference(DatasetLookup lookup, RecordRef record) {
        String kind = record.kind().kindName();
        String id = record.id();
        return switch (record.kind()) {
            case ORGANISATION, STATE, PERSON, EVENT, EVENT_SERIES, PUBLICATION -> reference(lookup, kind, id);
            case PUBLICATION_SERIES -> lookup.series(id).map(this::seriesSummary)
                    .orElseGet(() -> node("Periodical", iri(kind, id)));
            case OBJECTIVE, GUIDING_PRINCIPLE -> node("DefinedTerm", iri(kind, id));
            // A document referred to by its id or its symbol has the one IRI of its record.
            case DOCUMENT -> lookup.record(record).map(UnDocument.class::cast)
                    .map(document -> named(node("CreativeWork", documentIri(document)), document.name()))
                    .orElseGet(() -> node("CreativeWork", iri(kind, id)));
            case NEWS_ITEM -> node("NewsArticle", iri(kind, id));
            case MEMBERSHIP -> node("OrganizationRole", iri(kind, id));
            case VOTE_EVENT -> node("Event", iri(kind, id));
            case GRANT -> node("MonetaryGrant", iri(kind, id));
            case PROJECT -> lookup.record(record).map(Project.class::cast)
                    .map(project -> named(node("Project", iri(kind, id)), project.name()))
                    .orElseGet(() -> node("Project", iri(kind, id)));
        };
    }

    private ObjectNode named(ObjectNode node, LocalizedText name) {
        text(node, "name", name);
        return node;
    }

    private ObjectNode place(Place place) {
        ObjectNode node = NODES.objectNode().put("@type", "Place");
        text(node, "name", place.name());
        ObjectNode postal = null;
        if (place.city() != null || place.country() != null) {
            postal = NODES.objectNode().put("@type", "PostalAddress");
            text(postal, "addressLocality", place.city());
            put(postal, "addressCountry", place.country() == null ? null : place.country().toString());
        }
        if (place.address() != null && postal != null) {
            node.putArray("address").add(text(place.address())).add(postal);
        } else if (place.address() != null) {
            node.set("address", text(place.address()));
        } else if (postal != null) {
            node.set("address", postal);
        }
        return node;
    }

    private ObjectNode link(Link link) {
        ObjectNode node = NODES.objectNode().put("@type", "CreativeWork");
        put(node, "url", link.url());
        text(node, "name", link.name());
        if (!link.inLanguage().isEmpty()) {
            ArrayNode languages = node.putArray("inLanguage");
            link.inLanguage().forEach(tag -> languages.add(tag.tag()));
        }
        return node;
    }

    private ObjectNode source(Source source) {
        ObjectNode node = NODES.objectNode().put("@type", "CreativeWork");
        put(node, "url", source.url());
        put(node, "name", source.title());
        put(node, "description", source.note());
        return node;
    }

    private ObjectNode identifier(Identifier identifier) {
        return propertyValue(identifier.scheme(), identifier.value());
    }

    private static ObjectNode propertyValue(String scheme, String value) {
        return NODES.objectNode().put("@type", "PropertyValue").put("propertyID", scheme).put("value", value);
    }

    private ObjectNode node(String type, String iri) {
        ObjectNode node = NODES.objectNode().put("@type", type);
        if (iri != null) {
            node.put("@id", iri);
        }
        return node;
    }

    private ObjectNode node(List<String> types, String iri) {
        ObjectNode node = NODES.objectNode();
        ArrayNode array = node.putArray("@type");
        types.forEach(array::add);
        node.put("@id", iri);
        return node;
    }

    private String iri(String kind, String id) {
        return Iris.of(base, kind, id);
    }

    /** A text: one plain string in the writer's language, or a language-tagged value per language. */
    private JsonNode text(LocalizedText text) {
        if (language != null) {
            return NODES.stringNode(text.get(language).orElse(""));
        }
        Map<String, String> texts = text.asMap();
        if (texts.size() == 1) {
            Map.Entry<String, String> only = texts.entrySet().iterator().next();
            return value(only.getKey(), only.getValue());
        }
        ArrayNode values = NODES.arrayNode();
        texts.forEach((tag, value) -> values.add(value(tag, value)));
        return values;
    }

    private static ObjectNode value(String tag, String text) {
        return NODES.objectNode().put("@value", text).put("@language", tag);
    }

    private void text(ObjectNode node, String field, LocalizedText text) {
        if (text != null && !text.isEmpty()) {
            node.set(field, text(text));
        }
    }

    private static void put(ObjectNode node, String field, Object value) {
        if (value != null) {
            node.put(field, value.toString());
        }
    }

    /** One value as a string, several as an array, none not at all: schema.org's properties take either form. */
    private static void oneOrMany(ObjectNode node, String field, List<String> values) {
        if (values.size() == 1) {
            node.put(field, values.get(0));
        } else if (!values.isEmpty()) {
            ArrayNode array = node.putArray(field);
            values.forEach(array::add);
        }
    }

    private static <T> void list(ObjectNode node, String field, List<T> values, Function<T, ObjectNode> write) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(field);
            values.forEach(value -> array.add(write.apply(value)));
        }
    }

    /** An enum constant as the library's JSON writes it, such as {@code coordinator}. */
    private static String jsonName(Enum<?> constant) {
        String json = GcmJson.standard().write(constant);
        return json.substring(1, json.length() - 1);
    }

    /**
     * Builds a {@link JsonLdWriter}. The builder is mutable and not thread-safe; the writer it builds
     * is immutable and thread-safe.
     *
     * <pre>{@code
     * JsonLdWriter writer = JsonLdWriter.builder()
     *         .base(URI.create("https://data.example.org/gcm/"))
     *         .language(LanguageTag.FRENCH)
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private URI base = DEFAULT_BASE;
        private LanguageTag language;

        private Builder() {
        }

        /**
         * Sets the base of the IRIs: a record's IRI is the base, its kind and its identifier, such as
         * {@code https://data.example.org/gcm/event/idm-2018}. The default is {@link #DEFAULT_BASE}.
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
         * Writes every text as a plain string in this language (else in English, else in any language
         * the data has), as a web page in one language needs. By default every language is kept, as
         * language-tagged values.
         *
         * @param language  the language, not null
         * @return this builder
         */
        public Builder language(LanguageTag language) {
            this.language = Objects.requireNonNull(language, "language");
            return this;
        }

        /**
         * Builds the writer.
         *
         * @return the writer, not null
         */
        public JsonLdWriter build() {
            return new JsonLdWriter(this);
        }
    }
}
