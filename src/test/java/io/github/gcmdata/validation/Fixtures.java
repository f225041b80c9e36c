package io.github.gcmdata.validation;

import io.github.gcmdata.model.AgendaDay;
import io.github.gcmdata.model.AgendaItem;
import io.github.gcmdata.model.AgendaItemKind;
import io.github.gcmdata.model.AgentRef;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.DatasetMetadata;
import io.github.gcmdata.model.Event;
import io.github.gcmdata.model.EventKind;
import io.github.gcmdata.model.LocalizedText;
import io.github.gcmdata.model.Organisation;
import io.github.gcmdata.model.OrganisationKind;
import io.github.gcmdata.model.Person;
import io.github.gcmdata.model.Publication;
import io.github.gcmdata.model.Speaker;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Small records built with the canonical constructors. */
final class Fixtures {

    private Fixtures() {
    }

    static LocalizedText text(String english) {
        return LocalizedText.of("en", english);
    }

    static Event event(String id, LocalDate start, LocalDate end, List<AgendaDay> agenda) {
        return new Event(id, text("Event " + id), null, null, EventKind.WORKSHOP, null, start, end, null, null,
                null, null, null, null, null, agenda, null, null, null, null, null);
    }

    static Event event(String id) {
        return event(id, LocalDate.of(2022, 2, 28), LocalDate.of(2022, 3, 2), null);
    }

    static AgendaDay day(LocalDate date, AgendaItem... items) {
        return new AgendaDay(date, null, List.of(items));
    }

    static AgendaItem item(String start, String end, Speaker... moderators) {
        return new AgendaItem(LocalTime.parse(start), LocalTime.parse(end), AgendaItemKind.PANEL, null, null,
                List.of(moderators), null);
    }

    static Speaker speaker(String personRef) {
        return new Speaker(personRef, null, null, null);
    }

    static Person person(String id) {
        return new Person(id, "Person " + id, null, null, null, null, null, null, null);
    }

    static Organisation organisation(String id) {
        return new Organisation(id, text("Organisation " + id), null, OrganisationKind.INTERGOVERNMENTAL, null, null,
                null, null, null, null, null, null);
    }

    static Publication publication(String id) {
        return new Publication(id, text("Publication " + id), null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }

    static DatasetMetadata metadata() {
        return new DatasetMetadata("test", text("Test dataset"), null, null, null, null, null);
    }

    static Dataset dataset(List<Organisation> organisations, List<Person> persons, List<Event> events,
            List<Publication> publications) {
        return new Dataset(metadata(), organisations, null, persons, null, events, publications, null, null, null,
                null, null);
    }

    static AgentRef organisationRef(String id) {
        return AgentRef.organisation(id);
    }
}
