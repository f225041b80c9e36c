package io.github.gcmdata.testing;

import io.github.gcmdata.identifier.Isbn;
import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.model.AgendaDay;
import io.github.gcmdata.model.AgendaItem;
import io.github.gcmdata.model.AgendaItemKind;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.DatasetMetadata;
import io.github.gcmdata.model.Edition;
import io.github.gcmdata.model.EditionIsbn;
import io.github.gcmdata.model.Event;
import io.github.gcmdata.model.EventKind;
import io.github.gcmdata.model.LocalizedText;
import io.github.gcmdata.model.PartialDate;
import io.github.gcmdata.model.Person;
import io.github.gcmdata.model.Publication;
import io.github.gcmdata.model.Speaker;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Small datasets built in code for the tests of the assertions and the command line: one valid,
 * and broken copies with exactly one problem each.
 */
public final class SampleDatasets {

    /** The pointer of the ISBN in {@link #wrongIsbnCheckDigit()}. */
    public static final String ISBN_PATH = "/publications/0/editions/0/isbns/0/isbn";
    /** The pointer of the end date in {@link #endBeforeStart()}. */
    public static final String END_DATE_PATH = "/events/0/endDate";
    /** The pointer of the moderator's person reference in {@link #danglingPersonRef()}. */
    public static final String PERSON_REF_PATH = "/events/0/agenda/0/items/0/moderators/0/personRef";

    private SampleDatasets() {
    }

    /** A dataset that breaks no rule: a person, an event whose agenda names them, a publication. */
    public static Dataset valid() {
        return dataset(LocalDate.of(2022, 3, 2), "978-92-9068-780-1", "jane-doe");
    }

    /** {@link #valid()} with the ISBN's check digit 2 instead of 1. */
    public static Dataset wrongIsbnCheckDigit() {
        return dataset(LocalDate.of(2022, 3, 2), "978-92-9068-780-2", "jane-doe");
    }

    /** {@link #valid()} with the event ending on 2022-02-27, before its start on 2022-02-28. */
    public static Dataset endBeforeStart() {
        return dataset(LocalDate.of(2022, 2, 27), "978-92-9068-780-1", "jane-doe");
    }

    /** {@link #valid()} with the moderator naming a person the dataset does not hold. */
    public static Dataset danglingPersonRef() {
        return dataset(LocalDate.of(2022, 3, 2), "978-92-9068-780-1", "nobody");
    }

    /** The valid event alone, as one NDJSON line would hold it. */
    public static Event event() {
        return valid().events().get(0);
    }

    /** The event alone, ending before it starts. */
    public static Event eventEndingBeforeStart() {
        return endBeforeStart().events().get(0);
    }

    private static Dataset dataset(LocalDate endDate, String isbn, String moderatorRef) {
        DatasetMetadata metadata = DatasetMetadata.builder("sample", LocalizedText.of("en", "Sample dataset")).build();
        Person person = Person.builder("jane-doe", "Jane Doe").givenName("Jane").familyName("Doe").build();
        AgendaItem opening = AgendaItem.builder(AgendaItemKind.OPENING).startTime(LocalTime.of(10, 0)).endTime(LocalTime.of(11, 0))
                .number(1)
                .name(LocalizedText.of("en", "Opening"))
                .moderators(Speaker.builder(moderatorRef).build())
                .build();
        Event event = Event.builder("idm-2022-1", LocalizedText.of("en", "International Dialogue on Migration 2022"),
                        EventKind.IDM_SESSION, LocalDate.of(2022, 2, 28))
                .endDate(PartialDate.of(endDate))
                .agenda(new AgendaDay(LocalDate.of(2022, 2, 28), null, List.of(opening)))
                .build();
        Edition edition = Edition.builder(LanguageTag.ENGLISH)
                .isbns(new EditionIsbn(Isbn.parse(isbn), null))
                .numberOfPages(120)
                .build();
        Publication publication = Publication.builder("idm-28", LocalizedText.of("en", "Migration and Health"))
                .editions(edition)
                .build();
        return Dataset.builder(metadata).persons(person).events(event).publications(publication).build();
    }
}
