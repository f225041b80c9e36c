package io.github.gcmdata.validation;

import io.github.gcmdata.model.AgendaDay;
import io.github.gcmdata.model.AgendaItem;
import io.github.gcmdata.model.AgentRef;
import io.github.gcmdata.model.Contributor;
import io.github.gcmdata.model.Dataset;
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
 * <p>Not Bean Validation: a separate pass that keeps only identifiers and references, each with
 * its JSON Pointer, so that it can be fed record by record (the {@code organisation},
 * {@code event}, ... methods, each given the record's index in its list) while a large file
 * streams by, and asked for its problems at the end with {@link #finish()}. Each problem is
 * reported once, at the field that holds it: a duplicate at the later record's identifier, a
 * dangling reference at the reference. GCM objective numbers are checked by the
 * {@code ObjectiveNumber} constraint (1 to 23), not here, since a dataset need not hold all 23.
 *
 * <p>Not thread-safe: one instance per pass.
 */
final class DatasetIntegrity {

    /** The kinds of record that have identifiers, named as the dataset's lists. */
    enum Kind {
        ORGANISATION("organisations"),
        STATE("states"),
        PERSON("persons"),
        MEMBERSHIP("memberships"),
        EVENT("events"),
        PUBLICATION("publications"),
        PUBLICATION_SERIES("publicationSeries"),
        NEWS_ITEM("newsItems"),
        OBJECTIVE("objectives"),
        GUIDING_PRINCIPLE("guidingPrinciples"),
        DOCUMENT("documents"),
        ORGANISATIONAL_UNIT("units");

        private final String listName;

        Kind(String listName) {
            this.listName = listName;
        }
    }

    /**
     * A problem found: its pointer, code, value, the field named in the message and the message's
     * parameters.
     */
    record Problem(String pointer, String code, String value, String field, Map<String, Object> parameters) {
    }

    private record Reference(Kind kind, String id, String pointer, String field) {
    }

    private final Map<Kind, Map<String, String>> declared = new EnumMap<>(Kind.class);
    private final List<Reference> references = new ArrayList<>();
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

    void organisation(int index, Organisation organisation) {
        String at = "/organisations/" + index;
        declare(Kind.ORGANISATION, organisation.id(), at + "/id");
        units(organisation.units(), at + "/units");
    }

    private void units(List<OrganisationalUnit> units, String at) {
        for (int i = 0; i < units.size(); i++) {
            declare(Kind.ORGANISATIONAL_UNIT, units.get(i).id(), at + "/" + i + "/id");
            units(units.get(i).units(), at + "/" + i + "/units");
        }
    }

    void state(int index, State state) {
        declare(Kind.STATE, state.id(), "/states/" + index + "/id");
    }

    void person(int index, Person person) {
        String at = "/persons/" + index;
        declare(Kind.PERSON, person.id(), at + "/id");
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
            declare(Kind.MEMBERSHIP, membership.id(), at + "/id");
        }
        refer(membership.member(), at + "/member");
        refer(Kind.ORGANISATION, membership.organisationRef(), at + "/organisationRef", "organisationRef");
    }

    void event(int index, Event event) {
        String at = "/events/" + index;
        declare(Kind.EVENT, event.id(), at + "/id");
        refer(event.organizers(), at + "/organizers");
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
        declare(Kind.PUBLICATION, publication.id(), at + "/id");
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
        declare(Kind.PUBLICATION_SERIES, series.id(), at + "/id");
        refer(Kind.ORGANISATION, series.publisherRefs(), at + "/publisherRefs", "publisherRefs");
    }

    void newsItem(int index, NewsItem item) {
        String at = "/newsItems/" + index;
        declare(Kind.NEWS_ITEM, item.id(), at + "/id");
        refer(Kind.EVENT, item.eventRefs(), at + "/eventRefs", "eventRefs");
        refer(item.mentions(), at + "/mentions");
        refer(Kind.PERSON, item.contactRefs(), at + "/contactRefs", "contactRefs");
    }

    void objective(int index, GcmObjective objective) {
        declare(Kind.OBJECTIVE, Integer.toString(objective.number()), "/objectives/" + index + "/number");
    }

    void guidingPrinciple(int index, GuidingPrinciple principle) {
        declare(Kind.GUIDING_PRINCIPLE, principle.letter(), "/guidingPrinciples/" + index + "/letter");
    }

    void document(int index, UnDocument document) {
        declare(Kind.DOCUMENT, document.symbol().symbol(), "/documents/" + index + "/symbol");
    }

    /**
     * Resolves the references fed so far and returns every problem, in the order found.
     *
     * @return the problems, not null
     */
    List<Problem> finish() {
        List<Problem> all = new ArrayList<>(problems);
        for (Reference reference : references) {
            if (!declared.getOrDefault(reference.kind, Map.of()).containsKey(reference.id)) {
                Map<String, Object> parameters = new LinkedHashMap<>();
                parameters.put("value", reference.id);
                parameters.put("kind", reference.kind.listName);
                all.add(new Problem(reference.pointer, "reference.unresolved", reference.id, reference.field, parameters));
            }
        }
        return all;
    }

    private void declare(Kind kind, String id, String pointer) {
        String first = declared.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(id, pointer);
        if (first != null) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("value", id);
            parameters.put("kind", kind.listName);
            parameters.put("first", first);
            String field = pointer.substring(pointer.lastIndexOf('/') + 1);
            problems.add(new Problem(pointer, "id.duplicate", id, field, parameters));
        }
    }

    private void refer(Kind kind, String id, String pointer, String field) {
        references.add(new Reference(kind, id, pointer, field));
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
