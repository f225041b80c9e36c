package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.internal.Components;
import io.github.gcmdata.internal.GenerateBuilder;
import jakarta.validation.Valid;
import java.util.List;

/**
 * A dataset: its metadata and every record it holds, checked as one whole.
 *
 * <h2>What fails while reading, and what validation reports</h2>
 *
 * <p>Data passes two gates, and each rule lives at exactly one of them.
 *
 * <p><b>Reading</b> builds records and stops at the first thing that <em>cannot be represented</em>:
 * JSON that is not well-formed, a property the format does not know, a missing required property
 * or an explicit {@code null} for one, a value of the wrong JSON type, an enum constant that does
 * not exist, a date or time that is not in the calendar ({@code 2022-02-30}, {@code 25:00}), an
 * unknown time zone, and identifier text without the shape of its standard (an ISBN with eleven
 * digits, an ISSN with a letter in the middle, an e-mail address without {@code @}). Nothing
 * half-built is returned; the reader's exception names the place.
 *
 * <p><b>Validation</b> takes records that exist and reports <em>every</em> rule they break, at once,
 * each with the JSON Pointer of the value: a wrong ISBN or ISSN check digit, an ISO 3166 code that
 * is not assigned, a language that ISO 639 does not list, a blank text, an end before its start,
 * agenda days outside the event, overlapping agenda items, a publication year in the future, an
 * in-person event without a place, more panellists than participants, an objective number outside
 * 1 to 23, duplicate identifiers, and references to records the dataset does not hold.
 *
 * <p>The line is drawn so that one wrong digit never hides the other ninety-nine problems of a file:
 * a value whose shape is right is always kept, so that it can be reported and fixed.
 *
 * <p>Immutable: lists are copied on the way in and never null; a missing list is empty.
 *
 * @param metadata  what the dataset is, not null
 * @param organisations  its organisations
 * @param states  its states
 * @param persons  its persons
 * @param memberships  who belongs to which organisation or initiative
 * @param events  its events
 * @param eventSeries  the series its events belong to
 * @param publications  its publications
 * @param publicationSeries  the series its publications belong to
 * @param newsItems  its news items
 * @param objectives  the GCM objectives it holds
 * @param guidingPrinciples  the GCM guiding principles it holds
 * @param documents  the documents it holds: UN documents, and others such as IOM's Constitution
 * @param voteEvents  the recorded votes it holds, such as the General Assembly's on A/RES/73/195
 * @param grants  the grants it holds: money given, to whom, for what
 * @param projects  the projects it holds
 */
@GenerateBuilder
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Dataset(
        @JsonProperty(required = true) @Valid DatasetMetadata metadata,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Organisation> organisations,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid State> states,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Person> persons,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Membership> memberships,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Event> events,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid EventSeries> eventSeries,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Publication> publications,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid PublicationSeries> publicationSeries,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid NewsItem> newsItems,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid GcmObjective> objectives,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid GuidingPrinciple> guidingPrinciples,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid UnDocument> documents,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid VoteEvent> voteEvents,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid MonetaryGrant> grants,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Project> projects) {

    /**
     * Checks that the metadata is present and copies the lists.
     *
     * @param metadata  what the dataset is, not null
     * @param organisations  its organisations
     * @param states  its states
     * @param persons  its persons
     * @param memberships  who belongs to which organisation or initiative
     * @param events  its events
     * @param eventSeries  the series its events belong to
     * @param publications  its publications
     * @param publicationSeries  the series its publications belong to
     * @param newsItems  its news items
     * @param objectives  the GCM objectives it holds
     * @param guidingPrinciples  the GCM guiding principles it holds
     * @param documents  the documents it holds: UN documents, and others such as IOM's Constitution
     * @param voteEvents  the recorded votes it holds
     * @param grants  the grants it holds: money given, to whom, for what
     * @param projects  the projects it holds
     * @throws NullPointerException if the metadata is null, or a list holds a null
     */
    public Dataset {
        Components.required(metadata, "metadata");
        organisations = Components.copy(organisations, "organisations");
        states = Components.copy(states, "states");
        persons = Components.copy(persons, "persons");
        memberships = Components.copy(memberships, "memberships");
        events = Components.copy(events, "events");
        eventSeries = Components.copy(eventSeries, "eventSeries");
        publications = Components.copy(publications, "publications");
        publicationSeries = Components.copy(publicationSeries, "publicationSeries");
        newsItems = Components.copy(newsItems, "newsItems");
        objectives = Components.copy(objectives, "objectives");
        guidingPrinciples = Components.copy(guidingPrinciples, "guidingPrinciples");
        documents = Components.copy(documents, "documents");
        voteEvents = Components.copy(voteEvents, "voteEvents");
        grants = Components.copy(grants, "grants");
        projects = Components.copy(projects, "projects");
    }

    /**
     * Obtains a dataset without recorded votes, grants or projects: the components of the first format.
     *
     * @param metadata  what the dataset is, not null
     * @param organisations  its organisations
     * @param states  its states
     * @param persons  its persons
     * @param memberships  who belongs to which organisation or initiative
     * @param events  its events
     * @param publications  its publications
     * @param publicationSeries  the series its publications belong to
     * @param newsItems  its news items
     * @param objectives  the GCM objectives it holds
     * @param guidingPrinciples  the GCM guiding principles it holds
     * @param documents  the UN documents it holds
     * @throws NullPointerException if the metadata is null, or a list holds a null
     */
    public Dataset(DatasetMetadata metadata, List<Organisation> organisations, List<State> states, List<Person> persons,
            List<Membership> memberships, List<Event> events, List<Publication> publications,
            List<PublicationSeries> publicationSeries, List<NewsItem> newsItems, List<GcmObjective> objectives,
            List<GuidingPrinciple> guidingPrinciples, List<UnDocument> documents) {
        this(metadata, organisations, states, persons, memberships, events, List.of(), publications, publicationSeries,
                newsItems, objectives, guidingPrinciples, documents, List.of(), List.of(), List.of());
    }

    /**
     * Starts building a {@code Dataset} from its required components; every other
     * component starts absent, and every list empty.
     *
     * @param metadata  what the dataset is, not null
     * @return a new builder, not null
     */
    public static Builder builder(DatasetMetadata metadata) {
        return new Builder().metadata(metadata);
    }

    /**
     * Returns a builder holding this record's components, for a modified copy:
     *
     * <pre>{@code
     * Dataset withoutPersons = dataset.toBuilder().persons(List.of()).build();
     * }</pre>
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        return new Builder().copyFrom(this);
    }

    /**
     * Builds a {@code Dataset} one component at a time. The builder is mutable and not
     * thread-safe; the record it builds is immutable.
     *
     * <pre>{@code
     * Dataset dataset = Dataset.builder(metadata)
     *         .organisations(iom)
     *         .persons(director)
     *         .events(session)
     *         .build();
     * }</pre>
     */
    public static final class Builder extends DatasetBuilderBase {
        private Builder() {
        }
    }
}
