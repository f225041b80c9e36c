package io.github.gcmdata.internal;

import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.model.AgentRef;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.Event;
import io.github.gcmdata.model.EventSeries;
import io.github.gcmdata.model.Organisation;
import io.github.gcmdata.model.Person;
import io.github.gcmdata.model.Publication;
import io.github.gcmdata.model.PublicationSeries;
import io.github.gcmdata.model.RecordKind;
import io.github.gcmdata.model.RecordRef;
import io.github.gcmdata.model.State;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The records of one dataset by identifier, for the exporters, which follow references (an
 * organiser to its name, a publication to its series) the way dataset integrity checks them.
 *
 * <p>Where two records of a kind share an identifier (which validation reports), the first wins.
 * Not part of the API: this package is not exported.
 */
public final class DatasetLookup {

    private final Dataset dataset;
    private final Map<String, Organisation> organisations;
    private final Map<String, State> states;
    private final Map<String, Person> persons;
    private final Map<String, Event> events;
    private final Map<String, EventSeries> eventSeries;
    private final Map<String, Publication> publications;
    private final Map<String, PublicationSeries> series;
    /** The records of every kind by each of their identifiers (a document by its id and by its symbol). */
    private final Map<RecordKind, Map<String, Object>> records = new EnumMap<>(RecordKind.class);

    /**
     * Indexes a dataset.
     *
     * @param dataset  the dataset, not null
     */
    public DatasetLookup(Dataset dataset) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.organisations = index(dataset.organisations(), Organisation::id);
        this.states = index(dataset.states(), State::id);
        this.persons = index(dataset.persons(), Person::id);
        this.events = index(dataset.events(), Event::id);
        this.eventSeries = index(dataset.eventSeries(), EventSeries::id);
        this.publications = index(dataset.publications(), Publication::id);
        this.series = index(dataset.publicationSeries(), PublicationSeries::id);
        for (RecordKind kind : RecordKind.values()) {
            Map<String, Object> byId = new HashMap<>();
            for (Object record : kind.records(dataset)) {
                kind.identifiers(record).forEach(id -> byId.putIfAbsent(id, record));
            }
            records.put(kind, byId);
        }
    }

    private static <T> Map<String, T> index(List<T> records, Function<T, String> id) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (T record : records) {
            byId.putIfAbsent(id.apply(record), record);
        }
        return byId;
    }

    /**
     * Returns the dataset.
     *
     * @return the dataset, not null
     */
    public Dataset dataset() {
        return dataset;
    }

    /**
     * Finds an organisation.
     *
     * @param id  its identifier
     * @return the organisation, or empty if the dataset has none with that identifier
     */
    public Optional<Organisation> organisation(String id) {
        return Optional.ofNullable(organisations.get(id));
    }

    /**
     * Finds a state.
     *
     * @param id  its identifier
     * @return the state, or empty if the dataset has none with that identifier
     */
    public Optional<State> state(String id) {
        return Optional.ofNullable(states.get(id));
    }

    /**
     * Finds a person.
     *
     * @param id  its identifier
     * @return the person, or empty if the dataset has none with that identifier
     */
    public Optional<Person> person(String id) {
        return Optional.ofNullable(persons.get(id));
    }

    /**
     * Finds an event.
     *
     * @param id  its identifier
     * @return the event, or empty if the dataset has none with that identifier
     */
    public Optional<Event> event(String id) {
        return Optional.ofNullable(events.get(id));
    }

    /**
     * Finds an event series.
     *
     * @param id  its identifier
     * @return the series, or empty if the dataset has none with that identifier
     */
    public Optional<EventSeries> eventSeries(String id) {
        return Optional.ofNullable(eventSeries.get(id));
    }

    /**
     * Finds a publication.
     *
     * @param id  its identifier
     * @return the publication, or empty if the dataset has none with that identifier
     */
    public Optional<Publication> publication(String id) {
        return Optional.ofNullable(publications.get(id));
    }

    /**
     * Finds a publication series.
     *
     * @param id  its identifier
     * @return the series, or empty if the dataset has none with that identifier
     */
    public Optional<PublicationSeries> series(String id) {
        return Optional.ofNullable(series.get(id));
    }

    /**
     * Finds the record a reference names, by any of its identifiers.
     *
     * @param reference  the reference, not null
     * @return the record, or empty if the dataset holds none of that kind with that identifier
     */
    public Optional<Object> record(RecordRef reference) {
        return Optional.ofNullable(records.get(reference.kind()).get(reference.id()));
    }

    /**
     * Returns the name of the organisation, state or person a reference points to, in a language
     * (with the fallback of {@link io.github.gcmdata.model.LocalizedText#get(LanguageTag)}).
     *
     * @param agent  the reference, not null
     * @param language  the language asked for, not null
     * @return the name, or empty if the dataset does not hold the record referred to
     */
    public Optional<String> name(AgentRef agent, LanguageTag language) {
        return switch (agent.kind()) {
            case ORGANISATION -> organisation(agent.id()).flatMap(organisation -> organisation.name().get(language));
            case STATE -> state(agent.id()).flatMap(state -> state.name().get(language));
            case PERSON -> person(agent.id()).map(Person::name);
        };
    }
}
