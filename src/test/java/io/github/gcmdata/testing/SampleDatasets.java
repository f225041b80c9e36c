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
        DatasetMetadata metadata = new DatasetMetadata("sample", LocalizedText.of("en", "Sample dataset"),
                null, null, null, null, null);
        Person person = new Person("jane-doe", "Jane Doe", "Jane", "Doe", null, null, null, null, null);
        AgendaItem opening = new AgendaItem(LocalTime.of(10, 0), LocalTime.of(11, 0), AgendaItemKind.OPENING, 1,
                LocalizedText.of("en", "Opening"), List.of(new Speaker(moderatorRef, null, null, null)), null);
        Event event = new Event("idm-2022-1", LocalizedText.of("en", "International Dialogue on Migration 2022"),
                null, null, EventKind.IDM_SESSION, null, LocalDate.of(2022, 2, 28), endDate, null, null, null,
                null, null, null, null, List.of(new AgendaDay(LocalDate.of(2022, 2, 28), null, List.of(opening))),
                null, null, null, null, null);
        Edition edition = new Edition(LanguageTag.ENGLISH, null, List.of(new EditionIsbn(Isbn.parse(isbn), null)),
                null, 120, null, null, null);
        Publication publication = new Publication("idm-28", LocalizedText.of("en", "Migration and Health"), null,
                List.of(edition), null, null, null, null, null, null, null, null, null, null, null, null, null);
        return new Dataset(metadata, null, null, List.of(person), null, List.of(event), List.of(publication),
                null, null, null, null, null);
    }
}
