package io.github.gcmdata.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.identifier.UnDocumentSymbol;
import io.github.gcmdata.model.AgentRef;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.DatasetMetadata;
import io.github.gcmdata.model.DocumentKind;
import io.github.gcmdata.model.Event;
import io.github.gcmdata.model.EventKind;
import io.github.gcmdata.model.EventSeries;
import io.github.gcmdata.model.LocalizedText;
import io.github.gcmdata.model.Organisation;
import io.github.gcmdata.model.OrganisationKind;
import io.github.gcmdata.model.Person;
import io.github.gcmdata.model.Publication;
import io.github.gcmdata.model.PublicationSeries;
import io.github.gcmdata.model.RecordKind;
import io.github.gcmdata.model.RecordRef;
import io.github.gcmdata.model.State;
import io.github.gcmdata.model.UnDocument;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The records of a dataset by identifier, each kind on its own, the first of two with one identifier winning. */
class DatasetLookupTest {

    private static final Organisation IOM = Organisation.builder("iom",
            LocalizedText.of("en", "International Organization for Migration", "fr", "Organisation internationale pour les migrations"),
            OrganisationKind.INTERGOVERNMENTAL).build();
    private static final Organisation SECOND_IOM = Organisation.builder("iom", LocalizedText.of("en", "A second IOM"),
            OrganisationKind.OTHER).build();
    private static final State SWITZERLAND = State.builder("CHE", LocalizedText.of("en", "Switzerland", "fr", "Suisse")).build();
    private static final Person CHAIR = Person.builder("chair", "Jane Doe").build();
    private static final Event FORUM = Event.builder("forum", LocalizedText.of("en", "Forum"), EventKind.CONFERENCE,
            LocalDate.of(2022, 5, 17)).build();
    private static final EventSeries IMRF = EventSeries.builder("imrf", LocalizedText.of("en", "IMRF")).build();
    private static final Publication REPORT = Publication.builder("report", LocalizedText.of("en", "Report")).build();
    private static final PublicationSeries IDM = PublicationSeries.builder("idm", LocalizedText.of("en", "IDM")).build();
    private static final UnDocument RESOLUTION = UnDocument.builder(DocumentKind.RESOLUTION).id("gcm")
            .symbol(UnDocumentSymbol.parse("A/RES/73/195")).build();

    /** Built for each test, so that every test runs the indexing (a static one would run it once per JVM). */
    private final DatasetLookup lookup = new DatasetLookup(Dataset.builder(
                    DatasetMetadata.builder("lookup", LocalizedText.of("en", "Look-up")).build())
            .organisations(IOM, SECOND_IOM).states(SWITZERLAND).persons(CHAIR).events(FORUM).eventSeries(IMRF)
            .publications(REPORT).publicationSeries(IDM).documents(RESOLUTION).build());

    @Test
    void findsEachKindByItsIdentifier() {
        assertThat(lookup.organisation("iom")).containsSame(IOM);
        assertThat(lookup.state("CHE")).containsSame(SWITZERLAND);
        assertThat(lookup.person("chair")).containsSame(CHAIR);
        assertThat(lookup.event("forum")).containsSame(FORUM);
        assertThat(lookup.eventSeries("imrf")).containsSame(IMRF);
        assertThat(lookup.publication("report")).containsSame(REPORT);
        assertThat(lookup.series("idm")).containsSame(IDM);
    }

    @Test
    void findsNothingUnderAnotherKindOrAnUnknownIdentifier() {
        assertThat(lookup.state("iom")).isEmpty();
        assertThat(lookup.eventSeries("forum")).isEmpty();
        assertThat(lookup.series("report")).isEmpty();
        assertThat(lookup.organisation("unknown")).isEmpty();
    }

    @Test
    void theFirstOfTwoRecordsWithOneIdentifierWins() {
        assertThat(lookup.organisation("iom")).containsSame(IOM);
        assertThat(lookup.record(RecordRef.to(RecordKind.ORGANISATION, "iom"))).containsSame(IOM);
    }

    @Test
    void findsARecordByAnyOfItsIdentifiers() {
        assertThat(lookup.record(RecordRef.to(RecordKind.DOCUMENT, "gcm"))).containsSame(RESOLUTION);
        assertThat(lookup.record(RecordRef.to(RecordKind.DOCUMENT, "A/RES/73/195"))).containsSame(RESOLUTION);
        assertThat(lookup.record(RecordRef.to(RecordKind.STATE, "CHE"))).containsSame(SWITZERLAND);
        assertThat(lookup.record(RecordRef.to(RecordKind.EVENT, "CHE"))).isEmpty();
    }

    @Test
    void namesAnAgentInALanguageWithTheFallbackToEnglish() {
        assertThat(lookup.name(AgentRef.organisation("iom"), LanguageTag.FRENCH))
                .contains("Organisation internationale pour les migrations");
        assertThat(lookup.name(AgentRef.state("CHE"), LanguageTag.FRENCH)).contains("Suisse");
        assertThat(lookup.name(AgentRef.state("CHE"), LanguageTag.parse("es"))).contains("Switzerland");
        assertThat(lookup.name(AgentRef.person("chair"), LanguageTag.FRENCH)).contains("Jane Doe");
    }

    @Test
    void namesNoAgentTheDatasetDoesNotHold() {
        assertThat(lookup.name(AgentRef.organisation("CHE"), LanguageTag.ENGLISH)).isEmpty();
        assertThat(lookup.name(AgentRef.state("iom"), LanguageTag.ENGLISH)).isEmpty();
        assertThat(lookup.name(AgentRef.person("nobody"), LanguageTag.ENGLISH)).isEmpty();
    }
}
