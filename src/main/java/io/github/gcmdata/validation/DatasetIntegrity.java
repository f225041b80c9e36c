package io.github.gcmdata.validation;

import io.github.gcmdata.model.AgendaDay;
import io.github.gcmdata.model.AgendaItem;
import io.github.gcmdata.model.AgentRef;
import io.github.gcmdata.model.Contributor;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.DatasetMetadata;
import io.github.gcmdata.model.Event;
import io.github.gcmdata.model.GcmObjective;
import io.github.gcmdata.model.GuidingPrinciple;
import io.github.gcmdata.model.Membership;
import io.github.gcmdata.model.NewsItem;
import io.github.gcmdata.model.Organisation;
import io.github.gcmdata.model.OrganisationalUnit;
import io.github.gcmdata.model.Person;
import io.github.gcmdata.model.Position;
import io.github.gcmdata.model.Publication;
import io.github.gcmdata.model.PublicationSeries;
import io.github.gcmdata.model.Speaker;
import io.github.gcmdata.model.State;
import io.github.gcmdata.model.UnDocument;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The integrity of a dataset as a whole: identifiers unique per kind, references resolved.
 *
 * <p>Not Bean Validation: a separate pass that keeps only identifiers, and the references whose
 * target it has not seen yet, each with its JSON Pointer, so that it can be fed record by record
 * (the {@code organisation}, {@code event}, ... methods, each given the record's index in its list)
 * while a large file streams by, and asked for its problems at the end with {@link #finish()}.
 * Each problem is reported once, at the field that holds it: a duplicate at the later record's identifier, a
 * dangling reference at the reference. GCM objective numbers are checked by the
 * {@code ObjectiveNumber} constraint (1 to 23), not here, since a dataset need not hold all 23.
 *
 * <p>Not thread-safe: one instance per pass.
 */
final class DatasetIntegrity {

    /** The kinds of record that have identifiers, named as the dataset's lists. */
    enum Kind {
        ORGANISATION("organisations", "id"),
        STATE("states", "id"),
        PERSON("persons", "id"),
        MEMBERSHIP("memberships", "id"),
        EVENT("events", "id"),
        PUBLICATION("publications", "id"),
        PUBLICATION_SERIES("publicationSeries", "id"),
        NEWS_ITEM("newsItems", "id"),
        OBJECTIVE("objectives", "number"),
        GUIDING_PRINCIPLE("guidingPrinciples", "letter"),
        DOCUMENT("documents", "symbol"),
        ORGANISATIONAL_UNIT("units", "id");

        private final String listName;
        private final String idField;

        Kind(String listName, String idField) {
            this.listName = listName;
            this.idField = idField;
        }
    }

    /**
     * A problem found: its pointer, code, value, the field named in the message and the message's
     * parameters.
     */
    record Problem(String pointer, ViolationCode code, String value, String field, Map<String, Object> parameters) {
    }

    private record Reference(Kind kind, String id, String pointer, String field) {
    }

    /**
     * The identifiers declared so far, per kind, each with where it was first declared: the index
     * in the dataset's list (an {@code Integer}, for records of the top-level lists, so that no
     * pointer is kept per record) or the JSON Pointer (a {@code String}, for nested units).
     */
    private final Map<Kind, Map<String, Object>> declared = new EnumMap<>(Kind.class);
    /** References whose target had not been declared when they were fed: forward references, or dangling. */
    private final List<Reference> pending = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    /**
     * Feeds every record of a dataset.
     *
     * @param dataset  the dataset, not null
     */
    void accept(Dataset dataset) {
        for (int i = 0; i < dataset.organisations().size(); i++) {
            organisation(i, dataset.organisations().get(i));
        }
        for (int i = 0; i < dataset.states().size(); i++) {
            state(i, dataset.states().get(i));
        }
        for (int i = 0; i < dataset.persons().size(); i++) {
            person(i, dataset.persons().get(i));
        }
        for (int i = 0; i < dataset.memberships().size(); i++) {
            membership(i, dataset.memberships().get(i));
        }
        for (int i = 0; i < dataset.events().size(); i++) {
            event(i, dataset.events().get(i));
        }
        for (int i = 0; i < dataset.publications().size(); i++) {
            publication(i, dataset.publications().get(i));
        }
        for (int i = 0; i < dataset.publicationSeries().size(); i++) {
            publicationSeries(i, dataset.publicationSeries().get(i));
        }
        for (int i = 0; i < dataset.newsItems().size(); i++) {
            newsItem(i, dataset.newsItems().get(i));
        }
        for (int i = 0; i < dataset.objectives().size(); i++) {
            objective(i, dataset.objectives().get(i));
        }
        for (int i = 0; i < dataset.guidingPrinciples().size(); i++) {
            guidingPrinciple(i, dataset.guidingPrinciples().get(i));
        }
        for (int i = 0; i < dataset.documents().size(); i++) {
            document(i, dataset.documents().get(i));
        }
    }

    /**
     * Feeds one element of a dataset as {@code GcmJson.readDatasetElements} hands it over.
     *
     * @param pointer  the element's pointer, such as {@code /events/12}, not null
     * @param element  the {@code DatasetMetadata} (ignored) or an element of a list, not null
     */
    void element(String pointer, Object element) {
        if (element instanceof DatasetMetadata) {
            return;
        }
        int index = Integer.parseInt(pointer, pointer.lastIndexOf('/') + 1, pointer.length(), 10);
        if (element instanceof Organisation) {
            organisation(index, (Organisation) element);
        } else if (element instanceof State) {
            state(index, (State) element);
        } else if (element instanceof Person) {
            person(index, (Person) element);
        } else if (element instanceof Membership) {
            membership(index, (Membership) element);
        } else if (element instanceof Event) {
            event(index, (Event) element);
        } else if (element instanceof Publication) {
            publication(index, (Publication) element);
        } else if (element instanceof PublicationSeries) {
            publicationSeries(index, (PublicationSeries) element);
        } else if (element instanceof NewsItem) {
            newsItem(index, (NewsItem) element);
        } else if (element instanceof GcmObjective) {
            objective(index, (GcmObjective) element);
        } else if (element instanceof GuidingPrinciple) {
            guidingPrinciple(index, (GuidingPrinciple) element);
        } else if (element instanceof UnDocument) {
            document(index, (UnDocument) element);
        } else {
            throw new IllegalArgumentException("not an element of a dataset: " + element.getClass().getName());
        }
    }

    void organisation(int index, Organisation organisation) {
        String at = "/organisations/" + index;
        declare(Kind.ORGANISATION, organisation.id(), index);
        if (organisation.parentOrganization() != null) {
            refer(organisation.parentOrganization(), at + "/parentOrganization");
        }
        units(organisation.units(), at + "/units");
    }

    private void units(List<OrganisationalUnit> units, String at) {
        for (int i = 0; i < units.size(); i++) {
            declare(Kind.ORGANISATIONAL_UNIT, units.get(i).id(), at + "/" + i + "/id");
            units(units.get(i).units(), at + "/" + i + "/units");
        }
    }

    void state(int index, State state) {
        declare(Kind.STATE, state.id(), index);
    }

    void person(int index, Person person) {
        String at = "/persons/" + index;
        declare(Kind.PERSON, person.id(), index);
        for (int i = 0; i < person.positions().size(); i++) {
            Position position = person.positions().get(i);
            String positionAt = at + "/positions/" + i;
            if (position.affiliation() != null) {
                refer(position.affiliation(), positionAt + "/affiliation");
            }
            if (position.unitRef() != null) {
                refer(Kind.ORGANISATIONAL_UNIT, position.unitRef(), positionAt + "/unitRef", "unitRef");
            }
        }
    }

    void membership(int index, Membership membership) {
        String at = "/memberships/" + index;
        if (membership.id() != null) {
            declare(Kind.MEMBERSHIP, membership.id(), index);
        }
        refer(membership.member(), at + "/member");
        refer(Kind.ORGANISATION, membership.organisationRef(), at + "/organisationRef", "organisationRef");
    }

    void event(int index, Event event) {
        String at = "/events/" + index;
        declare(Kind.EVENT, event.id(), index);
        if (event.superEventRef() != null) {
            refer(Kind.EVENT, event.superEventRef(), at + "/superEventRef", "superEventRef");
        }
        refer(event.organizers(), at + "/organizers");
        refer(event.performers(), at + "/performers");
        refer(Kind.EVENT, event.subEventRefs(), at + "/subEventRefs", "subEventRefs");
        refer(Kind.PUBLICATION, event.outcomePublicationRefs(), at + "/outcomePublicationRefs", "outcomePublicationRefs");
        for (int d = 0; d < event.agenda().size(); d++) {
            AgendaDay day = event.agenda().get(d);
            for (int i = 0; i < day.items().size(); i++) {
                AgendaItem item = day.items().get(i);
                String itemAt = at + "/agenda/" + d + "/items/" + i;
                speakers(item.moderators(), itemAt + "/moderators");
                speakers(item.speakers(), itemAt + "/speakers");
            }
        }
    }

    private void speakers(List<Speaker> speakers, String at) {
        for (int i = 0; i < speakers.size(); i++) {
            refer(Kind.PERSON, speakers.get(i).personRef(), at + "/" + i + "/personRef", "personRef");
        }
    }

    void publication(int index, Publication publication) {
        String at = "/publications/" + index;
        declare(Kind.PUBLICATION, publication.id(), index);
        if (publication.series() != null) {
            refer(Kind.PUBLICATION_SERIES, publication.series().seriesRef(), at + "/series/seriesRef", "seriesRef");
        }
        refer(Kind.ORGANISATION, publication.publisherRefs(), at + "/publisherRefs", "publisherRefs");
        for (int i = 0; i < publication.contributors().size(); i++) {
            Contributor contributor = publication.contributors().get(i);
            refer(contributor.agent(), at + "/contributors/" + i + "/agent");
        }
        refer(Kind.EVENT, publication.eventRefs(), at + "/eventRefs", "eventRefs");
    }

    void publicationSeries(int index, PublicationSeries series) {
        String at = "/publicationSeries/" + index;
        declare(Kind.PUBLICATION_SERIES, series.id(), index);
        refer(Kind.ORGANISATION, series.publisherRefs(), at + "/publisherRefs", "publisherRefs");
    }

    void newsItem(int index, NewsItem item) {
        String at = "/newsItems/" + index;
        declare(Kind.NEWS_ITEM, item.id(), index);
        refer(Kind.EVENT, item.eventRefs(), at + "/eventRefs", "eventRefs");
        refer(item.mentions(), at + "/mentions");
        refer(Kind.PERSON, item.contactRefs(), at + "/contactRefs", "contactRefs");
    }

    void objective(int index, GcmObjective objective) {
        declare(Kind.OBJECTIVE, Integer.toString(objective.number()), index);
    }

    void guidingPrinciple(int index, GuidingPrinciple principle) {
        declare(Kind.GUIDING_PRINCIPLE, principle.letter(), index);
    }

    void document(int index, UnDocument document) {
        declare(Kind.DOCUMENT, document.symbol().symbol(), index);
    }

    /**
     * Resolves the references fed so far and returns every problem, in the order found.
     *
     * @return the problems, not null
     */
    List<Problem> finish() {
        List<Problem> all = new ArrayList<>(problems);
        for (Reference reference : pending) {
            if (!declared.getOrDefault(reference.kind, Map.of()).containsKey(reference.id)) {
                Map<String, Object> parameters = new LinkedHashMap<>();
                parameters.put("value", reference.id);
                parameters.put("kind", reference.kind.listName);
                all.add(new Problem(reference.pointer, ViolationCode.REFERENCE_UNRESOLVED, reference.id, reference.field, parameters));
            }
        }
        return all;
    }

    /** Declares the identifier of a record of a top-level list, kept with its index only. */
    private void declare(Kind kind, String id, int index) {
        declare(kind, id, Integer.valueOf(index));
    }

    /**
     * Declares an identifier at a place: the index in the kind's top-level list, or the pointer.
     */
    private void declare(Kind kind, String id, Object place) {
        Object first = declared.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(id, place);
        if (first != null) {
            String pointer = pointer(kind, place);
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("value", id);
            parameters.put("kind", kind.listName);
            parameters.put("first", pointer(kind, first));
            String field = pointer.substring(pointer.lastIndexOf('/') + 1);
            problems.add(new Problem(pointer, ViolationCode.ID_DUPLICATE, id, field, parameters));
        }
    }

    private static String pointer(Kind kind, Object place) {
        if (place instanceof String) {
            return (String) place;
        }
        return "/" + kind.listName + "/" + place + "/" + kind.idField;
    }

    private void refer(Kind kind, String id, String pointer, String field) {
        // Resolved at once where possible, so that a streamed pass keeps only forward references.
        if (!declared.getOrDefault(kind, Map.of()).containsKey(id)) {
            pending.add(new Reference(kind, id, pointer, field));
        }
    }

    private void refer(Kind kind, List<String> ids, String pointer, String field) {
        for (int i = 0; i < ids.size(); i++) {
            refer(kind, ids.get(i), pointer + "/" + i, field);
        }
    }

    private void refer(AgentRef agent, String pointer) {
        refer(kindOf(agent), agent.id(), pointer + "/id", "id");
    }

    private void refer(List<AgentRef> agents, String pointer) {
        for (int i = 0; i < agents.size(); i++) {
            refer(agents.get(i), pointer + "/" + i);
        }
    }

    private static Kind kindOf(AgentRef agent) {
        switch (agent.kind()) {
            case ORGANISATION:
                return Kind.ORGANISATION;
            case STATE:
                return Kind.STATE;
            default:
                return Kind.PERSON;
        }
    }
}
