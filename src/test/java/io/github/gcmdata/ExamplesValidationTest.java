package io.github.gcmdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.gcmdata.identifier.Isbn;
import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.model.AgentRef;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.Edition;
import io.github.gcmdata.model.EditionIsbn;
import io.github.gcmdata.model.Event;
import io.github.gcmdata.model.Membership;
import io.github.gcmdata.model.PartialDate;
import io.github.gcmdata.model.Publication;
import io.github.gcmdata.reference.ReferenceData;
import io.github.gcmdata.validation.GcmValidator;
import io.github.gcmdata.validation.ValidationReport;
import io.github.gcmdata.validation.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled datasets are valid, and a corrupted copy of each is caught at the right place. */
class ExamplesValidationTest {

    private static final GcmValidator VALIDATOR = GcmValidator.create();

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleIsValid(Path example) {
        ValidationReport report = VALIDATOR.validate(GcmJson.standard().readDataset(example));

        assertThat(report.violations()).as(report.toString()).isEmpty();
    }

    @Test
    void theReferenceDataIsValid() {
        ValidationReport report = VALIDATOR.validate(ReferenceData.dataset());

        assertThat(report.violations()).as(report.toString()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void aDanglingReferenceInEachExampleIsReportedAtItsField(Path example) {
        Dataset dataset = GcmJson.standard().readDataset(example);
        Corruption corruption = danglingReference(dataset);

        assertThat(VALIDATOR.validate(corruption.dataset).violations())
                .extracting(Violation::path, Violation::code)
                .contains(tuple(corruption.path, "reference.unresolved"));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void swappedDatesInEachExampleAreReportedAtTheEnd(Path example) {
        Dataset dataset = GcmJson.standard().readDataset(example);
        Corruption corruption = swappedDates(dataset);

        assertThat(VALIDATOR.validate(corruption.dataset).violations())
                .extracting(Violation::path, Violation::code)
                .contains(tuple(corruption.path, "date.endBeforeStart"));
    }

    @Test
    void aWrongIsbnCheckDigitIsReportedAtTheIsbn() {
        Dataset dataset = GcmJson.standard().readDataset(Path.of("examples", "idm-no-28.json"));
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

        ValidationReport report = VALIDATOR.validate(dataset.toBuilder().publications(publications).build());

        assertThat(report.violations()).singleElement().satisfies(violation -> {
            assertThat(violation.path()).isEqualTo("/publications/0/editions/0/isbns/0/isbn");
            assertThat(violation.code()).isEqualTo("isbn.checksum");
            assertThat(violation.message()).contains(String.valueOf(digits.charAt(12)));
        });
    }

    /** A dataset with one defect, and the JSON Pointer where validation must report it. */
    private static final class Corruption {
        final Dataset dataset;
        final String path;

        Corruption(Dataset dataset, String path) {
            this.dataset = dataset;
            this.path = path;
        }
    }

    private static Corruption danglingReference(Dataset dataset) {
        if (!dataset.memberships().isEmpty()) {
            List<Membership> memberships = new ArrayList<>(dataset.memberships());
            Membership first = memberships.get(0);
            memberships.set(0, new Membership(first.id(), new AgentRef(first.member().kind(), "nobody"),
                    first.organisationRef(), first.role(), first.startDate(), first.endDate(), first.sources()));
            return new Corruption(dataset.toBuilder().memberships(memberships).build(), "/memberships/0/member/id");
        }
        List<Event> events = new ArrayList<>(dataset.events());
        Event first = events.get(0);
        events.set(0, first.toBuilder().organizers(AgentRef.organisation("nobody")).build());
        return new Corruption(dataset.toBuilder().events(events).build(), "/events/0/organizers/0/id");
    }

    private static Corruption swappedDates(Dataset dataset) {
        List<Event> events = new ArrayList<>(dataset.events());
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            if (event.endDate() != null && event.endDate().isAfter(event.startDate())) {
                events.set(i, event.toBuilder().endDate(event.startDate().minusDays(1)).agenda(List.of()).build());
                return new Corruption(dataset.toBuilder().events(events).build(), "/events/" + i + "/endDate");
            }
        }
        List<Membership> memberships = new ArrayList<>(dataset.memberships());
        for (int i = 0; i < memberships.size(); i++) {
            Membership m = memberships.get(i);
            if (m.startDate() != null) {
                PartialDate before = PartialDate.ofYear(m.startDate().year().getValue() - 1);
                memberships.set(i, new Membership(m.id(), m.member(), m.organisationRef(), m.role(),
                        m.startDate(), before, m.sources()));
                return new Corruption(dataset.toBuilder().memberships(memberships).build(), "/memberships/" + i + "/endDate");
            }
        }
        List<Event> withEnd = new ArrayList<>(dataset.events());
        Event first = withEnd.get(0);
        withEnd.set(0, first.toBuilder().endDate(first.startDate().minusDays(1)).agenda(List.of()).build());
        return new Corruption(dataset.toBuilder().events(withEnd).build(), "/events/0/endDate");
    }
}
