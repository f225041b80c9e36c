package io.github.gcmdata;

import io.github.gcmdata.identifier.Isbn;
import io.github.gcmdata.model.AgentRef;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.Edition;
import io.github.gcmdata.model.EditionIsbn;
import io.github.gcmdata.model.Event;
import io.github.gcmdata.model.Membership;
import io.github.gcmdata.model.PartialDate;
import io.github.gcmdata.model.Publication;
import java.util.ArrayList;
import java.util.List;

/** Copies of a dataset with one defect each, and the JSON Pointer where validation must report it. */
public final class ExampleCorruptions {

    private ExampleCorruptions() {
    }

    /**
     * A dataset with one defect, and where it is.
     *
     * @param dataset  the corrupted copy
     * @param jsonPointer  the JSON Pointer of the defect
     */
    public record Corruption(Dataset dataset, String jsonPointer) {
    }

    /** The first membership's member, or else the first event's organiser, refers to nobody. */
    public static Corruption danglingReference(Dataset dataset) {
        if (!dataset.memberships().isEmpty()) {
            List<Membership> memberships = new ArrayList<>(dataset.memberships());
            Membership first = memberships.get(0);
            memberships.set(0, first.toBuilder().member(new AgentRef(first.member().kind(), "nobody")).build());
            return new Corruption(dataset.toBuilder().memberships(memberships).build(), "/memberships/0/member/id");
        }
        List<Event> events = new ArrayList<>(dataset.events());
        Event first = events.get(0);
        events.set(0, first.toBuilder().organizers(AgentRef.organisation("nobody")).build());
        return new Corruption(dataset.toBuilder().events(events).build(), "/events/0/organizers/0/id");
    }

    /** The first event that lasts several days, or else the first dated membership, ends before it starts. */
    public static Corruption swappedDates(Dataset dataset) {
        List<Event> events = new ArrayList<>(dataset.events());
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            if (event.endDate() != null && event.startDate().isCertainlyBefore(event.endDate())) {
                events.set(i, event.toBuilder().endDate(dayBefore(event.startDate())).agenda(List.of()).build());
                return new Corruption(dataset.toBuilder().events(events).build(), "/events/" + i + "/endDate");
            }
        }
        List<Membership> memberships = new ArrayList<>(dataset.memberships());
        for (int i = 0; i < memberships.size(); i++) {
            Membership m = memberships.get(i);
            if (m.startDate() != null) {
                PartialDate before = PartialDate.ofYear(m.startDate().year().getValue() - 1);
                memberships.set(i, m.toBuilder().endDate(before).build());
                return new Corruption(dataset.toBuilder().memberships(memberships).build(), "/memberships/" + i + "/endDate");
            }
        }
        Event first = events.get(0);
        events.set(0, first.toBuilder().endDate(dayBefore(first.startDate())).agenda(List.of()).build());
        return new Corruption(dataset.toBuilder().events(events).build(), "/events/0/endDate");
    }

    private static PartialDate dayBefore(PartialDate date) {
        return PartialDate.of(date.earliestDay().minusDays(1));
    }

    /** The first ISBN of the first publication's first edition has its check digit off by one. */
    public static Corruption wrongIsbnCheckDigit(Dataset dataset) {
        Publication publication = dataset.publications().get(0);
        Edition edition = publication.editions().get(0);
        String digits = edition.isbns().get(0).isbn().digits();
        char wrong = digits.charAt(12) == '9' ? '0' : (char) (digits.charAt(12) + 1);
        Edition corrupted = edition.toBuilder()
                .isbns(new EditionIsbn(Isbn.parse(digits.substring(0, 12) + wrong), edition.isbns().get(0).bookFormat()))
                .build();
        List<Edition> editions = new ArrayList<>(publication.editions());
        editions.set(0, corrupted);
        List<Publication> publications = new ArrayList<>(dataset.publications());
        publications.set(0, publication.toBuilder().editions(editions).build());
        return new Corruption(dataset.toBuilder().publications(publications).build(),
                "/publications/0/editions/0/isbns/0/isbn");
    }
}
