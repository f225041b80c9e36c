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
        return new Organisation("iom", text("IOM"), null, null, OrganisationKind.INTERGOVERNMENTAL, null, null, null, null, null,
                null, null, List.of(dg), null);
    }

    private static State switzerland() {
        return new State("ch", text("Switzerland"), null, null, null, null);
    }

    private static Person amy() {
        return new Person("amy-pope", "Amy Pope", null, null, null, List.of(
                new Position(text("Director General"), AgentRef.organisation("iom"), "iom-dg", null, null)),
                null, null, null);
    }

    private static Event idm(List<String> subEvents, List<String> outcomes) {
        return new Event("idm-2022", text("IDM 2022"), null, null, EventKind.IDM_SESSION, null, null,
                PartialDate.of(LocalDate.of(2022, 2, 28)), PartialDate.of(LocalDate.of(2022, 3, 2)), null, null, null,
                List.of(AgentRef.organisation("iom"), AgentRef.state("ch")), List.of(), null, null, subEvents,
                List.of(day(LocalDate.of(2022, 2, 28), item("09:00", "10:00", speaker("amy-pope"))),
                        day(LocalDate.of(2022, 3, 1), item("09:00", "10:00", speaker("amy-pope")))),
                List.of(23), null, outcomes, null, null);
    }

    private static Publication idm28(String seriesRef, List<String> publishers, List<String> events,
            List<Contributor> contributors) {
        return new Publication("idm-28", text("IDM 28"),
                seriesRef == null ? null : new PublicationSeriesEntry(seriesRef, "28"), null, null, null, publishers,
                contributors, null, null, null, null, events, null, null, null, null);
    }

    private static Dataset complete() {
        return new Dataset(metadata(), List.of(iom()), List.of(switzerland()), List.of(amy()),
                List.of(new Membership("m1", AgentRef.state("ch"), "iom", MembershipRole.MEMBER, null, null, null)),
                List.of(idm(List.of(), List.of("idm-28"))),
                List.of(idm28("idm-series", List.of("iom"), List.of("idm-2022"),
                        List.of(new Contributor(AgentRef.person("amy-pope"), ContributorRole.EDITOR)))),
                List.of(new PublicationSeries("idm-series", text("IDM"), List.of("iom"), null, null)),
                List.of(new NewsItem("news-1", null, null, text("News"), null, List.of("idm-2022"),
                        List.of(AgentRef.person("amy-pope")), List.of("amy-pope"), null, null)),
                List.of(new GcmObjective(23, text("Objective 23"), null, null, null)),
                List.of(new GuidingPrinciple("a", text("People-centred"), null, null)),
                List.of(new UnDocument(UnDocumentSymbol.parse("A/RES/73/195"), DocumentKind.RESOLUTION, null, null,
                        null, null)));
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
            Dataset doubled = new Dataset(metadata(), List.of(iom(), iom()), List.of(switzerland(), switzerland()),
                    List.of(amy(), amy()), List.of(d.memberships().get(0), d.memberships().get(0)),
                    List.of(d.events().get(0), d.events().get(0)),
                    List.of(d.publications().get(0), d.publications().get(0)),
                    List.of(d.publicationSeries().get(0), d.publicationSeries().get(0)),
                    List.of(d.newsItems().get(0), d.newsItems().get(0)),
                    List.of(d.objectives().get(0), d.objectives().get(0)),
                    List.of(d.guidingPrinciples().get(0), d.guidingPrinciples().get(0)),
                    List.of(d.documents().get(0), d.documents().get(0)));
            assertThat(validator.validate(doubled).violations()).extracting(Violation::path, Violation::code)
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
        void allowsTheSameIdentifierInDifferentKinds() {
            Dataset dataset = new Dataset(metadata(), List.of(iom()), null,
                    List.of(new Person("iom", "Not an organisation", null, null, null, null, null, null, null)),
                    null, null, null, null, null, null, null, null);
            assertThat(validator.validate(dataset).isValid()).isTrue();
        }

        @Test
        void namesTheFirstOccurrenceInTheMessage() {
            Dataset dataset = new Dataset(metadata(), List.of(iom(), iom()), null, null, null, null, null, null, null,
                    null, null, null);
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
            Dataset dataset = new Dataset(metadata(), List.of(iom()), List.of(switzerland()), null, null,
                    List.of(idm(null, null)), null, null, null, null, null, null);
            assertThat(unresolved(dataset)).extracting(Violation::path, Violation::code, Violation::message)
                    .containsExactly(
                            tuple("/events/0/agenda/0/items/0/moderators/0/personRef", "reference.unresolved",
                                    "personRef: no record in persons has the identifier \"amy-pope\""),
                            tuple("/events/0/agenda/1/items/0/moderators/0/personRef", "reference.unresolved",
                                    "personRef: no record in persons has the identifier \"amy-pope\""));
        }

        @Test
        void eventOrganizersSubEventsAndOutcomes() {
            Dataset dataset = new Dataset(metadata(), null, null, List.of(amy()), null,
                    List.of(idm(List.of("workshop-ny"), List.of("idm-28"))), null, null, null, null, null, null);
            assertThat(unresolved(dataset)).extracting(Violation::path).containsExactly(
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

            assertThat(unresolved(dataset)).extracting(Violation::path).containsExactly(
                    "/events/0/performers/0/id",
                    "/events/0/superEventRef",
                    "/organisations/1/parentOrganization/id");
        }

        @Test
        void membershipMemberAndOrganisation() {
            Dataset dataset = new Dataset(metadata(), null, null, null,
                    List.of(new Membership(null, AgentRef.person("nobody"), "iom", MembershipRole.ADVISER, null, null,
                            null)), null, null, null, null, null, null, null);
            assertThat(unresolved(dataset)).extracting(Violation::path, Violation::code).containsExactly(
                    tuple("/memberships/0/member/id", "reference.unresolved"),
                    tuple("/memberships/0/organisationRef", "reference.unresolved"));
        }

        @Test
        void publicationPublishersEventsSeriesAndContributors() {
            Dataset dataset = new Dataset(metadata(), null, null, null, null, null,
                    List.of(idm28("idm-series", List.of("iom"), List.of("idm-2022"),
                            List.of(new Contributor(AgentRef.state("ch"), ContributorRole.CONTRIBUTOR)))),
                    List.of(new PublicationSeries("other-series", text("S"), List.of("un"), null, null)),
                    null, null, null, null);
            assertThat(unresolved(dataset)).extracting(Violation::path).containsExactly(
                    "/publicationSeries/0/publisherRefs/0",
                    "/publications/0/contributors/0/agent/id",
                    "/publications/0/eventRefs/0",
                    "/publications/0/publisherRefs/0",
                    "/publications/0/series/seriesRef");
        }

        @Test
        void newsItemEventsMentionsAndContacts() {
            Dataset dataset = new Dataset(metadata(), null, null, null, null, null, null, null,
                    List.of(new NewsItem("news-1", null, null, text("News"), null, List.of("idm-2022"),
                            List.of(AgentRef.organisation("iom")), List.of("ngiordano"), null, null)),
                    null, null, null);
            assertThat(unresolved(dataset)).extracting(Violation::path).containsExactly(
                    "/newsItems/0/contactRefs/0",
                    "/newsItems/0/eventRefs/0",
                    "/newsItems/0/mentions/0/id");
        }

        @Test
        void agentRefsResolveByTheirKind() {
            Dataset dataset = new Dataset(metadata(), List.of(iom()), List.of(switzerland()), null, null, null,
                    null, null, List.of(new NewsItem("news-1", null, null, text("News"), null, null,
                            List.of(AgentRef.state("iom"), AgentRef.organisation("ch"), AgentRef.state("ch")), null,
                            null, null)), null, null, null);
            assertThat(unresolved(dataset)).extracting(Violation::path).containsExactly(
                    "/newsItems/0/mentions/0/id", "/newsItems/0/mentions/1/id");
        }

        @Test
        void relatedObjectivesNeedNotBeInTheDatasetButInOneToTwentyThree() {
            Dataset dataset = new Dataset(metadata(), null, null, null, null, List.of(new Event("e", text("E"), null,
                    null, EventKind.FORUM, null, null, PartialDate.of(LocalDate.of(2022, 5, 17)), null, null, null, null, null, List.of(), null, null,
                    null, null, List.of(2, 24), null, null, null, null)), null, null, null, null, null, null);
            assertThat(unresolved(dataset)).extracting(Violation::path, Violation::code)
                    .containsExactly(tuple("/events/0/relatedObjectives/1", "objective.outOfRange"));
        }
    }
}
