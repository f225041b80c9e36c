package io.github.gcmdata.validation;

import static io.github.gcmdata.validation.Fixtures.day;
import static io.github.gcmdata.validation.Fixtures.item;
import static io.github.gcmdata.validation.Fixtures.metadata;
import static io.github.gcmdata.validation.Fixtures.speaker;
import static io.github.gcmdata.validation.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.gcmdata.identifier.UnDocumentSymbol;
import io.github.gcmdata.model.AgentRef;
import io.github.gcmdata.model.Contributor;
import io.github.gcmdata.model.ContributorRole;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.DocumentKind;
import io.github.gcmdata.model.Event;
import io.github.gcmdata.model.EventKind;
import io.github.gcmdata.model.GcmObjective;
import io.github.gcmdata.model.GuidingPrinciple;
import io.github.gcmdata.model.Membership;
import io.github.gcmdata.model.MembershipRole;
import io.github.gcmdata.model.NewsItem;
import io.github.gcmdata.model.Organisation;
import io.github.gcmdata.model.OrganisationKind;
import io.github.gcmdata.model.OrganisationalUnit;
import io.github.gcmdata.model.PartialDate;
import io.github.gcmdata.model.Person;
import io.github.gcmdata.model.Position;
import io.github.gcmdata.model.Publication;
import io.github.gcmdata.model.PublicationSeries;
import io.github.gcmdata.model.PublicationSeriesEntry;
import io.github.gcmdata.model.State;
import io.github.gcmdata.model.UnDocument;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DatasetIntegrityTest {

    /** Standalone: these datasets must resolve every reference in themselves. */
    private final GcmValidator validator = GcmValidator.create().withReferenceData(false);

    private static Organisation iom() {
        OrganisationalUnit dg = new OrganisationalUnit("iom-dg", text("Director General"),
                List.of(new OrganisationalUnit("iom-ddg-ops", text("DDG Operations"), null)));
        return Organisation.builder("iom", text("IOM"), OrganisationKind.INTERGOVERNMENTAL).units(dg).build();
    }

    private static State switzerland() {
        return State.builder("ch", text("Switzerland")).build();
    }

    private static Person amy() {
        return Person.builder("amy-pope", "Amy Pope")
                .positions(new Position(text("Director General"), AgentRef.organisation("iom"), "iom-dg", null, null))
                .build();
    }

    private static Event idm(List<String> subEvents, List<String> outcomes) {
        return Event.builder("idm-2022", text("IDM 2022"), EventKind.IDM_SESSION, LocalDate.of(2022, 2, 28))
                .endDate(PartialDate.of(LocalDate.of(2022, 3, 2)))
                .organizers(AgentRef.organisation("iom"), AgentRef.state("ch"))
                .subEventRefs(subEvents)
                .agenda(day(LocalDate.of(2022, 2, 28), item("09:00", "10:00", speaker("amy-pope"))),
                        day(LocalDate.of(2022, 3, 1), item("09:00", "10:00", speaker("amy-pope"))))
                .relatedObjectives(23)
                .outcomePublicationRefs(outcomes)
                .build();
    }

    private static Publication idm28(String seriesRef, List<String> publishers, List<String> events,
            List<Contributor> contributors) {
        return Publication.builder("idm-28", text("IDM 28"))
                .series(new PublicationSeriesEntry(seriesRef, "28"))
                .publisherRefs(publishers)
                .contributors(contributors)
                .eventRefs(events)
                .build();
    }

    private static Dataset complete() {
        return Dataset.builder(metadata())
                .organisations(iom())
                .states(switzerland())
                .persons(amy())
                .memberships(Membership.builder(AgentRef.state("ch"), "iom").role(MembershipRole.MEMBER).id("m1").build())
                .events(idm(List.of(), List.of("idm-28")))
                .publications(idm28("idm-series", List.of("iom"), List.of("idm-2022"),
                        List.of(new Contributor(AgentRef.person("amy-pope"), ContributorRole.EDITOR))))
                .publicationSeries(PublicationSeries.builder("idm-series", text("IDM")).publisherRefs("iom").build())
                .newsItems(NewsItem.builder("news-1", text("News"))
                        .eventRefs("idm-2022")
                        .mentions(AgentRef.person("amy-pope"))
                        .contactRefs("amy-pope")
                        .build())
                .objectives(GcmObjective.builder(23, text("Objective 23")).build())
                .guidingPrinciples(new GuidingPrinciple("a", text("People-centred"), null, null))
                .documents(UnDocument.builder(DocumentKind.RESOLUTION).symbol(UnDocumentSymbol.parse("A/RES/73/195")).build())
                .build();
    }

    @Test
    void acceptsACompleteDataset() {
        assertThat(validator.validate(complete()).violations()).isEmpty();
    }

    @Nested
    class DuplicateIdentifiers {

        @Test
        void reportsEachLaterDuplicateOfEveryKindAtItsIdentifier() {
            Dataset d = complete();
            Dataset doubled = Dataset.builder(metadata())
                    .organisations(iom(), iom())
                    .states(switzerland(), switzerland())
                    .persons(amy(), amy())
                    .memberships(d.memberships().get(0), d.memberships().get(0))
                    .events(d.events().get(0), d.events().get(0))
                    .publications(d.publications().get(0), d.publications().get(0))
                    .publicationSeries(d.publicationSeries().get(0), d.publicationSeries().get(0))
                    .newsItems(d.newsItems().get(0), d.newsItems().get(0))
                    .objectives(d.objectives().get(0), d.objectives().get(0))
                    .guidingPrinciples(d.guidingPrinciples().get(0), d.guidingPrinciples().get(0))
                    .documents(d.documents().get(0), d.documents().get(0))
                    .build();
            assertThat(validator.validate(doubled).violations()).extracting(Violation::jsonPointer, Violation::code)
                    .containsExactly(
                            tuple("/documents/1/symbol", "id.duplicate"),
                            tuple("/events/1/id", "id.duplicate"),
                            tuple("/guidingPrinciples/1/letter", "id.duplicate"),
                            tuple("/memberships/1/id", "id.duplicate"),
                            tuple("/newsItems/1/id", "id.duplicate"),
                            tuple("/objectives/1/number", "id.duplicate"),
                            tuple("/organisations/1/id", "id.duplicate"),
                            tuple("/organisations/1/units/0/id", "id.duplicate"),
                            tuple("/organisations/1/units/0/units/0/id", "id.duplicate"),
                            tuple("/persons/1/id", "id.duplicate"),
                            tuple("/publicationSeries/1/id", "id.duplicate"),
                            tuple("/publications/1/id", "id.duplicate"),
                            tuple("/states/1/id", "id.duplicate"));
        }

        @Test
        void namesTheFirstOccurrenceOfANestedIdentifierAndOfASymbolInTheMessage() {
            Dataset d = complete();
            Dataset doubled = Dataset.builder(metadata())
                    .organisations(iom(), iom())
                    .documents(d.documents().get(0), d.documents().get(0))
                    .build();
            assertThat(validator.validate(doubled).violations()).extracting(Violation::jsonPointer, Violation::message)
                    .contains(
                            tuple("/organisations/1/units/0/id", "id: identifier \"iom-dg\" is already used in units"
                                    + " at /organisations/0/units/0/id"),
                            tuple("/documents/1/symbol", "symbol: identifier \"A/RES/73/195\" is already used in documents"
                                    + " at /documents/0/symbol"));
        }

        @Test
        void allowsTheSameIdentifierInDifferentKinds() {
            Dataset dataset = Dataset.builder(metadata())
                    .organisations(iom())
                    .persons(Person.builder("iom", "Not an organisation").build())
                    .build();
            assertThat(validator.validate(dataset).isValid()).isTrue();
        }

        @Test
        void namesTheFirstOccurrenceInTheMessage() {
            Dataset dataset = Dataset.builder(metadata()).organisations(iom(), iom()).build();
            assertThat(validator.validate(dataset).violationsAt("/organisations/1/id")).singleElement()
                    .extracting(Violation::message, Violation::invalidValue)
                    .containsExactly("id: identifier \"iom\" is already used in organisations at /organisations/0/id", "iom");
        }
    }

    @Nested
    class DanglingReferences {

        private List<Violation> unresolved(Dataset dataset) {
            return validator.validate(dataset).violations();
        }

        @Test
        void speakerAndModeratorPersonRefs() {
            Dataset dataset = Dataset.builder(metadata())
                    .organisations(iom())
                    .states(switzerland())
                    .events(idm(List.of(), List.of()))
                    .build();
            assertThat(unresolved(dataset)).extracting(Violation::jsonPointer, Violation::code, Violation::message)
                    .containsExactly(
                            tuple("/events/0/agenda/0/items/0/moderators/0/personRef", "reference.unresolved",
                                    "personRef: no record in persons has the identifier \"amy-pope\""),
                            tuple("/events/0/agenda/1/items/0/moderators/0/personRef", "reference.unresolved",
                                    "personRef: no record in persons has the identifier \"amy-pope\""));
        }

        @Test
        void eventOrganizersSubEventsAndOutcomes() {
            Dataset dataset = Dataset.builder(metadata())
                    .persons(amy())
                    .events(idm(List.of("workshop-ny"), List.of("idm-28")))
                    .build();
            assertThat(unresolved(dataset)).extracting(Violation::jsonPointer).containsExactly(
                    "/events/0/organizers/0/id",
                    "/events/0/organizers/1/id",
                    "/events/0/outcomePublicationRefs/0",
                    "/events/0/subEventRefs/0",
                    "/persons/0/positions/0/affiliation/id",
                    "/persons/0/positions/0/unitRef");
        }

        @Test
        void superEventPerformersAndParentOrganisation() {
            Event sideEvent = idm(List.of(), List.of()).toBuilder()
                    .superEventRef("thematic-consultation")
                    .performers(AgentRef.state("au"), AgentRef.organisation("iom"))
                    .build();
            Organisation ministry = Organisation.builder("mfa-mx", text("Ministry of Foreign Affairs"),
                            OrganisationKind.GOVERNMENT_BODY)
                    .parentOrganization(AgentRef.state("mx"))
                    .build();
            Dataset dataset = complete().toBuilder().events(sideEvent).organisations(iom(), ministry).build();

            assertThat(unresolved(dataset)).extracting(Violation::jsonPointer).containsExactly(
                    "/events/0/performers/0/id",
                    "/events/0/superEventRef",
                    "/organisations/1/parentOrganization/id");
        }

        @Test
        void membershipMemberAndOrganisation() {
            Dataset dataset = Dataset.builder(metadata())
                    .memberships(Membership.builder(AgentRef.person("nobody"), "iom").role(MembershipRole.ADVISER).build())
                    .build();
            assertThat(unresolved(dataset)).extracting(Violation::jsonPointer, Violation::code).containsExactly(
                    tuple("/memberships/0/member/id", "reference.unresolved"),
                    tuple("/memberships/0/organisationRef", "reference.unresolved"));
        }

        @Test
        void publicationPublishersEventsSeriesAndContributors() {
            Dataset dataset = Dataset.builder(metadata())
                    .publications(idm28("idm-series", List.of("iom"), List.of("idm-2022"),
                            List.of(new Contributor(AgentRef.state("ch"), ContributorRole.CONTRIBUTOR))))
                    .publicationSeries(PublicationSeries.builder("other-series", text("S")).publisherRefs("un").build())
                    .build();
            assertThat(unresolved(dataset)).extracting(Violation::jsonPointer).containsExactly(
                    "/publicationSeries/0/publisherRefs/0",
                    "/publications/0/contributors/0/agent/id",
                    "/publications/0/eventRefs/0",
                    "/publications/0/publisherRefs/0",
                    "/publications/0/series/seriesRef");
        }

        @Test
        void newsItemEventsMentionsAndContacts() {
            Dataset dataset = Dataset.builder(metadata())
                    .newsItems(NewsItem.builder("news-1", text("News"))
                            .eventRefs("idm-2022")
                            .mentions(AgentRef.organisation("iom"))
                            .contactRefs("ngiordano")
                            .build())
                    .build();
            assertThat(unresolved(dataset)).extracting(Violation::jsonPointer).containsExactly(
                    "/newsItems/0/contactRefs/0",
                    "/newsItems/0/eventRefs/0",
                    "/newsItems/0/mentions/0/id");
        }

        @Test
        void agentRefsResolveByTheirKind() {
            Dataset dataset = Dataset.builder(metadata())
                    .organisations(iom())
                    .states(switzerland())
                    .newsItems(NewsItem.builder("news-1", text("News"))
                            .mentions(AgentRef.state("iom"), AgentRef.organisation("ch"), AgentRef.state("ch"))
                            .build())
                    .build();
            assertThat(unresolved(dataset)).extracting(Violation::jsonPointer).containsExactly(
                    "/newsItems/0/mentions/0/id", "/newsItems/0/mentions/1/id");
        }

        @Test
        void relatedObjectivesNeedNotBeInTheDatasetButInOneToTwentyThree() {
            Dataset dataset = Dataset.builder(metadata())
                    .events(Event.builder("e", text("E"), EventKind.FORUM, LocalDate.of(2022, 5, 17)).relatedObjectives(2, 24).build())
                    .build();
            assertThat(unresolved(dataset)).extracting(Violation::jsonPointer, Violation::code)
                    .containsExactly(tuple("/events/0/relatedObjectives/1", "objective.outOfRange"));
        }
    }
}
