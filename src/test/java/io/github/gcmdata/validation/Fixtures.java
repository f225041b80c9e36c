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
import io.github.gcmdata.model.PartialDate;
import io.github.gcmdata.model.Person;
import io.github.gcmdata.model.Publication;
import io.github.gcmdata.model.Speaker;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Small records, built with the builders where a record has optional parts. */
final class Fixtures {

    private Fixtures() {
    }

    static LocalizedText text(String english) {
        return LocalizedText.of("en", english);
    }

    static Event event(String id, LocalDate start, LocalDate end, List<AgendaDay> agenda) {
        return Event.builder(id, text("Event " + id), EventKind.WORKSHOP, start)
                .endDate(end == null ? null : PartialDate.of(end))
                .agenda(agenda)
                .build();
    }

    static Event event(String id) {
        return event(id, LocalDate.of(2022, 2, 28), LocalDate.of(2022, 3, 2), List.of());
    }

    static AgendaDay day(LocalDate date, AgendaItem... items) {
        return new AgendaDay(date, null, List.of(items));
    }

    static AgendaItem item(String start, String end, Speaker... moderators) {
        return AgendaItem.builder(AgendaItemKind.PANEL).startTime(LocalTime.parse(start)).endTime(LocalTime.parse(end))
                .moderators(moderators)
                .build();
    }

    static Speaker speaker(String personRef) {
        return Speaker.builder(personRef).build();
    }

    static Person person(String id) {
        return Person.builder(id, "Person " + id).build();
    }

    static Organisation organisation(String id) {
        return Organisation.builder(id, text("Organisation " + id), OrganisationKind.INTERGOVERNMENTAL).build();
    }

    static Publication publication(String id) {
        return Publication.builder(id, text("Publication " + id)).build();
    }

    static DatasetMetadata metadata() {
        return DatasetMetadata.builder("test", text("Test dataset")).build();
    }

    static Dataset dataset(List<Organisation> organisations, List<Person> persons, List<Event> events,
            List<Publication> publications) {
        return Dataset.builder(metadata())
                .organisations(organisations)
                .persons(persons)
                .events(events)
                .publications(publications)
                .build();
    }

    static AgentRef organisationRef(String id) {
        return AgentRef.organisation(id);
    }
}
