package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The kinds of record a {@link Dataset} holds, one per list of the dataset: the catalogue from
 * which the command line, the JSON Schemas, the streaming reader and dataset integrity derive
 * their lists of kinds.
 *
 * <pre>{@code
 * RecordKind kind = RecordKind.EVENT;
 * kind.type();                 // Event.class
 * kind.kindName();             // "event", as in gcm validate --kind event and event.schema.json
 * kind.datasetProperty();      // "events", the dataset's JSON property
 * List<?> events = kind.records(dataset);
 * kind.identifier(events.get(0));              // "idm-2022-session-1"
 * RecordKind.ofType(Person.class);          // Optional[PERSON]
 * RecordKind.ofKindName("news-item");       // Optional[NEWS_ITEM]
 * }</pre>
 *
 * <p>The constants are in the order of the dataset's lists. In JSON, as in a {@link RecordRef},
 * each is its kind name, such as {@code "news-item"}.
 */
public enum RecordKind {
    /** {@link Organisation}s, the dataset's {@code organisations}. */
    @JsonProperty("organisation")
    ORGANISATION("organisations", Organisation.class, Dataset::organisations),
    /** {@link State}s, the dataset's {@code states}. */
    @JsonProperty("state")
    STATE("states", State.class, Dataset::states),
    /** {@link Person}s, the dataset's {@code persons}. */
    @JsonProperty("person")
    PERSON("persons", Person.class, Dataset::persons),
    /** {@link Membership}s, the dataset's {@code memberships}. */
    @JsonProperty("membership")
    MEMBERSHIP("memberships", Membership.class, Dataset::memberships),
    /** {@link Event}s, the dataset's {@code events}. */
    @JsonProperty("event")
    EVENT("events", Event.class, Dataset::events),
    /** {@link EventSeries}, the dataset's {@code eventSeries}. */
    @JsonProperty("event-series")
    EVENT_SERIES("eventSeries", EventSeries.class, Dataset::eventSeries),
    /** {@link Publication}s, the dataset's {@code publications}. */
    @JsonProperty("publication")
    PUBLICATION("publications", Publication.class, Dataset::publications),
    /** {@link PublicationSeries}, the dataset's {@code publicationSeries}. */
    @JsonProperty("publication-series")
    PUBLICATION_SERIES("publicationSeries", PublicationSeries.class, Dataset::publicationSeries),
    /** {@link NewsItem}s, the dataset's {@code newsItems}. */
    @JsonProperty("news-item")
    NEWS_ITEM("newsItems", NewsItem.class, Dataset::newsItems),
    /** {@link GcmObjective}s, the dataset's {@code objectives}. */
    @JsonProperty("objective")
    OBJECTIVE("objectives", GcmObjective.class, Dataset::objectives),
    /** {@link GuidingPrinciple}s, the dataset's {@code guidingPrinciples}. */
    @JsonProperty("guiding-principle")
    GUIDING_PRINCIPLE("guidingPrinciples", GuidingPrinciple.class, Dataset::guidingPrinciples),
    /** {@link UnDocument}s, the dataset's {@code documents}. */
    @JsonProperty("document")
    DOCUMENT("documents", UnDocument.class, Dataset::documents),
    /** {@link VoteEvent}s, the dataset's {@code voteEvents}. */
    @JsonProperty("vote-event")
    VOTE_EVENT("voteEvents", VoteEvent.class, Dataset::voteEvents),
    /** {@link MonetaryGrant}s, the dataset's {@code grants}. */
    @JsonProperty("grant")
    GRANT("grants", MonetaryGrant.class, Dataset::grants),
    /** {@link Project}s, the dataset's {@code projects}. */
    @JsonProperty("project")
    PROJECT("projects", Project.class, Dataset::projects);

    /** The JSON form of the constant, from its {@code JsonProperty}: the one place that spells it. */
    private final String kindName;
    private final String datasetProperty;
    private final Class<?> type;
    private final Function<Dataset, List<?>> records;
    /** The accessors of the components marked {@link RecordId}, in the order of the components. */
    private final List<Method> identifiers;

    RecordKind(String datasetProperty, Class<?> type, Function<Dataset, List<?>> records) {
        try {
            this.kindName = RecordKind.class.getField(name()).getAnnotation(JsonProperty.class).value();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
        this.datasetProperty = datasetProperty;
        this.type = type;
        this.records = records;
        this.identifiers = Arrays.stream(type.getRecordComponents())
                .filter(component -> component.isAnnotationPresent(RecordId.class))
                .map(RecordComponent::getAccessor)
                .collect(Collectors.toUnmodifiableList());
        if (identifiers.isEmpty()) {
            throw new IllegalStateException(type.getName() + " has no @RecordId component");
        }
    }

    /**
     * Returns the name of the kind, in lower case with hyphens, such as {@code news-item}: the
     * name the command line's {@code --kind} takes and the JSON Schemas are named by.
     *
     * @return the kind name, not null
     */
    public String kindName() {
        return kindName;
    }

    /**
     * Returns the JSON property of a dataset that holds the records of this kind, such as
     * {@code newsItems}.
     *
     * @return the property name, not null
     */
    public String datasetProperty() {
        return datasetProperty;
    }

    /**
     * Returns the record type of this kind, such as {@code NewsItem.class}.
     *
     * @return the type, not null
     */
    public Class<?> type() {
        return type;
    }

    /**
     * Returns the records of this kind that a dataset holds.
     *
     * @param dataset  the dataset, not null
     * @return the records, in the dataset's order, unmodifiable, not null
     */
    public List<?> records(Dataset dataset) {
        return records.apply(dataset);
    }

    /**
     * Returns the identifier of a record of this kind, as text: the value of its {@link RecordId}
     * component, such as an event's {@code id} or an objective's {@code number} ({@code "7"}); of a
     * document, which has two, the first present: its {@code id}, else its {@code symbol}
     * ({@code "A/RES/73/195"}).
     *
     * @param record  a record of this kind, not null
     * @return the identifier, or null for a record whose identifier is optional and absent (a membership's)
     * @throws ClassCastException if the record is not of this kind
     */
    public String identifier(Object record) {
        List<String> all = identifiers(record);
        return all.isEmpty() ? null : all.get(0);
    }

    /**
     * Returns every identifier of a record of this kind, as text, in the order of its components:
     * one for most kinds; a document's {@code id} and its {@code symbol}, where it has both. A
     * reference to the record may name any of them.
     *
     * @param record  a record of this kind, not null
     * @return the identifiers present, unmodifiable, not null; empty for a record whose identifier is optional and absent
     * @throws ClassCastException if the record is not of this kind
     */
    public List<String> identifiers(Object record) {
        Object typed = type.cast(record);
        List<String> values = new ArrayList<>(identifiers.size());
        for (Method accessor : identifiers) {
            Object value;
            try {
                value = accessor.invoke(typed);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read the identifier of " + record, e);
            }
            if (value != null) {
                values.add(value.toString());
            }
        }
        return Collections.unmodifiableList(values);
    }

    /**
     * Returns the kind of a record type.
     *
     * @param type  a type, such as {@code Event.class}, not null
     * @return the kind, or empty if the type is not one of a dataset's record types
     */
    public static Optional<RecordKind> ofType(Class<?> type) {
        return Arrays.stream(values()).filter(kind -> kind.type == type).findFirst();
    }

    /**
     * Returns the kind of a kind name, such as {@code news-item}; the name is compared exactly.
     *
     * @param kindName  a kind name, not null
     * @return the kind, or empty if no kind has that name
     */
    public static Optional<RecordKind> ofKindName(String kindName) {
        return Arrays.stream(values()).filter(kind -> kind.kindName.equals(kindName)).findFirst();
    }
}
