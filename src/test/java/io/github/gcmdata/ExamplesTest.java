package io.github.gcmdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.model.AgendaDay;
import io.github.gcmdata.model.AgendaItem;
import io.github.gcmdata.model.AgendaItemKind;
import io.github.gcmdata.model.AgentKind;
import io.github.gcmdata.model.AgentRef;
import io.github.gcmdata.model.AttendanceMode;
import io.github.gcmdata.model.AudienceType;
import io.github.gcmdata.model.ContactPoint;
import io.github.gcmdata.model.ContactType;
import io.github.gcmdata.model.Contributor;
import io.github.gcmdata.model.CountPrecision;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.DatedFigure;
import io.github.gcmdata.model.DocumentReference;
import io.github.gcmdata.model.Edition;
import io.github.gcmdata.model.Event;
import io.github.gcmdata.model.EventKind;
import io.github.gcmdata.model.EventSeries;
import io.github.gcmdata.model.FigureKind;
import io.github.gcmdata.model.LocalizedText;
import io.github.gcmdata.model.Membership;
import io.github.gcmdata.model.MembershipRole;
import io.github.gcmdata.model.Modality;
import io.github.gcmdata.model.NewsItem;
import io.github.gcmdata.model.Organisation;
import io.github.gcmdata.model.OrganisationKind;
import io.github.gcmdata.model.OrganisationalUnit;
import io.github.gcmdata.model.PartialDate;
import io.github.gcmdata.model.Person;
import io.github.gcmdata.model.Position;
import io.github.gcmdata.model.Publication;
import io.github.gcmdata.model.PublicationSeries;
import io.github.gcmdata.model.RecordKind;
import io.github.gcmdata.model.Relation;
import io.github.gcmdata.model.Speaker;
import io.github.gcmdata.model.State;
import io.github.gcmdata.model.TableOfContentsEntry;
import io.github.gcmdata.model.UnSystemRelation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example datasets in {@code examples/}, one per seed page of IOM: each file is canonical JSON
 * whose references resolve, and holds the facts its page states.
 */
class ExamplesTest {

    private static final Path EXAMPLES = Path.of("examples");
    private static final LanguageTag FR = LanguageTag.FRENCH;
    private static final LanguageTag EN = LanguageTag.ENGLISH;

    static List<Path> exampleFiles() {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Dataset read(String fileName) {
        return GcmJson.standard().readDataset(EXAMPLES.resolve(fileName));
    }

    private static String fr(LocalizedText text) {
        return text.exactly(FR).orElseThrow(() -> new AssertionError("no French text in " + text));
    }

    private static String en(LocalizedText text) {
        return text.exactly(EN).orElseThrow(() -> new AssertionError("no English text in " + text));
    }

    private static Organisation organisation(Dataset dataset, String id) {
        return dataset.organisations().stream().filter(o -> o.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no organisation " + id));
    }

    private static State state(Dataset dataset, String id) {
        return dataset.states().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no state " + id));
    }

    private static Person person(Dataset dataset, String id) {
        return dataset.persons().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no person " + id));
    }

    private static Event event(Dataset dataset, String id) {
        return dataset.events().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + id));
    }

    private static Publication publication(Dataset dataset, String id) {
        return dataset.publications().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no publication " + id));
    }

    private static Edition edition(Publication publication, LanguageTag language) {
        return publication.editions().stream().filter(e -> e.inLanguage().equals(language)).findFirst()
                .orElseThrow(() -> new AssertionError("no edition in " + language));
    }

    private static DatedFigure figure(Organisation organisation, FigureKind kind) {
        return organisation.figures().stream().filter(f -> f.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + kind));
    }

    private static List<String> unitIds(List<OrganisationalUnit> units) {
        List<String> ids = new ArrayList<>();
        for (OrganisationalUnit unit : units) {
            ids.add(unit.id());
            ids.addAll(unitIds(unit.units()));
        }
        return ids;
    }

    /** IOM's record is the same in every example: names, founding year, UN relation and dated figures. */
    private static void assertIomReferenceFacts(Organisation iom) {
        assertThat(iom.kind()).isEqualTo(OrganisationKind.INTERGOVERNMENTAL);
        assertThat(fr(iom.name())).isEqualTo("Organisation internationale pour les migrations");
        assertThat(en(iom.name())).isEqualTo("International Organization for Migration");
        assertThat(fr(iom.alternateName())).isEqualTo("OIM");
        assertThat(en(iom.alternateName())).isEqualTo("IOM");
        assertThat(iom.foundingDate()).isEqualTo(PartialDate.ofYear(1951));
        assertThat(iom.unSystemRelation()).isEqualTo(UnSystemRelation.RELATED_ORGANIZATION);
        DatedFigure members = figure(iom, FigureKind.MEMBER_STATES);
        assertThat(members.value()).isEqualTo(175);
        assertThat(members.asOf()).hasToString("2023-10");
        assertThat(members.sources()).isNotEmpty();
        DatedFigure presence = figure(iom, FigureKind.COUNTRIES_OF_PRESENCE);
        assertThat(presence.value()).isEqualTo(171);
        assertThat(presence.sources()).isNotEmpty();
    }

    private static void assertIomStructureAsPrinted(Organisation iom) {
        assertThat(iom.units()).extracting(unit -> fr(unit.name())).containsExactly(
                "Directrice générale",
                "Directrice générale adjointe chargée de la gestion et des réformes",
                "Directrice générale adjointe chargée des opérations",
                "Bureau du Chef de Cabinet",
                "Bureau des partenariats, de la sensibilisation et de la communication",
                "Bureau de la stratégie et de la performance institutionnelle");
    }

    @Test
    void thereIsOneExampleForEachOfTheFiveSeedPages() {
        assertThat(exampleFiles()).extracting(file -> file.getFileName().toString()).containsExactly(
                "idm-2022-first-session.json",
                "idm-no-28.json",
                "migration-governance-side-event-2017.json",
                "research-leaders-syndicate.json",
                "scenarios-tomorrows-world.json");
    }

    @ParameterizedTest
    @MethodSource("exampleFiles")
    void readsRoundTripsToEqualRecordsAndRewritesToIdenticalBytes(Path file) throws IOException {
        Dataset dataset = GcmJson.standard().readDataset(file);
        String written = GcmJson.pretty().write(dataset);

        assertThat(GcmJson.standard().readDataset(written)).isEqualTo(dataset);
        assertThat(written).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("exampleFiles")
    void everyReferenceResolvesToARecordOfTheSameDataset(Path file) {
        Dataset dataset = GcmJson.standard().readDataset(file);
        Map<AgentKind, Set<String>> agents = new HashMap<>();
        agents.put(AgentKind.ORGANISATION, dataset.organisations().stream().map(Organisation::id).collect(Collectors.toSet()));
        agents.put(AgentKind.STATE, dataset.states().stream().map(State::id).collect(Collectors.toSet()));
        agents.put(AgentKind.PERSON, dataset.persons().stream().map(Person::id).collect(Collectors.toSet()));
        Set<String> organisations = agents.get(AgentKind.ORGANISATION);
        Set<String> persons = agents.get(AgentKind.PERSON);
        Set<String> events = dataset.events().stream().map(Event::id).collect(Collectors.toSet());
        Set<String> publications = dataset.publications().stream().map(Publication::id).collect(Collectors.toSet());
        Set<String> series = dataset.publicationSeries().stream().map(PublicationSeries::id).collect(Collectors.toSet());
        Set<String> eventSeries = dataset.eventSeries().stream().map(EventSeries::id).collect(Collectors.toSet());
        List<String> agentRefs = new ArrayList<>();
        List<String> dangling = new ArrayList<>();

        for (Membership membership : dataset.memberships()) {
            agentRefs.add(key(membership.member()));
            if (!organisations.contains(membership.organisationRef())) {
                dangling.add("membership organisation " + membership.organisationRef());
            }
        }
        for (Person person : dataset.persons()) {
            for (Position position : person.positions()) {
                if (position.affiliation() != null) {
                    agentRefs.add(key(position.affiliation()));
                }
                if (position.unitRef() != null) {
                    boolean unitOfAffiliation = position.affiliation() != null
                            && position.affiliation().kind() == AgentKind.ORGANISATION
                            && organisations.contains(position.affiliation().id())
                            && unitIds(organisation(dataset, position.affiliation().id()).units()).contains(position.unitRef());
                    if (!unitOfAffiliation) {
                        dangling.add(person.id() + " unit " + position.unitRef());
                    }
                }
            }
        }
        for (Organisation organisation : dataset.organisations()) {
            if (organisation.parentOrganization() != null) {
                agentRefs.add(key(organisation.parentOrganization()));
            }
        }
        for (Event event : dataset.events()) {
            event.organizers().forEach(ref -> agentRefs.add(key(ref)));
            event.performers().forEach(ref -> agentRefs.add(key(ref)));
            if (event.superEventRef() != null && !events.contains(event.superEventRef())) {
                dangling.add("super-event " + event.superEventRef());
            }
            if (event.series() != null && event.series().seriesRef() != null && !eventSeries.contains(event.series().seriesRef())) {
                dangling.add("event series " + event.series().seriesRef());
            }
            event.relations().stream().map(Relation::target).filter(target -> target.kind() == RecordKind.EVENT)
                    .filter(target -> !events.contains(target.id())).forEach(target -> dangling.add("related event " + target.id()));
            event.subEventRefs().stream().filter(id -> !events.contains(id)).forEach(id -> dangling.add("sub-event " + id));
            event.outcomePublicationRefs().stream().filter(id -> !publications.contains(id)).forEach(id -> dangling.add("publication " + id));
            for (AgendaDay day : event.agenda()) {
                for (AgendaItem item : day.items()) {
                    Stream.concat(item.moderators().stream(), item.speakers().stream()).map(Speaker::personRef)
                            .filter(id -> !persons.contains(id)).forEach(id -> dangling.add("speaker " + id));
                }
            }
        }
        for (Publication publication : dataset.publications()) {
            if (publication.series() != null && !series.contains(publication.series().seriesRef())) {
                dangling.add("series " + publication.series().seriesRef());
            }
            publication.publisherRefs().stream().filter(id -> !organisations.contains(id)).forEach(id -> dangling.add("publisher " + id));
            publication.eventRefs().stream().filter(id -> !events.contains(id)).forEach(id -> dangling.add("event " + id));
            publication.contributors().stream().map(Contributor::agent).forEach(ref -> agentRefs.add(key(ref)));
        }
        for (EventSeries entry : dataset.eventSeries()) {
            entry.organizers().forEach(ref -> agentRefs.add(key(ref)));
        }
        for (PublicationSeries entry : dataset.publicationSeries()) {
            entry.publisherRefs().stream().filter(id -> !organisations.contains(id)).forEach(id -> dangling.add("publisher " + id));
        }
        for (NewsItem news : dataset.newsItems()) {
            news.eventRefs().stream().filter(id -> !events.contains(id)).forEach(id -> dangling.add("event " + id));
            news.contactRefs().stream().filter(id -> !persons.contains(id)).forEach(id -> dangling.add("contact " + id));
            news.mentions().forEach(ref -> agentRefs.add(key(ref)));
        }
        for (String ref : agentRefs) {
            String[] kindAndId = ref.split(":", 2);
            if (!agents.get(AgentKind.valueOf(kindAndId[0])).contains(kindAndId[1])) {
                dangling.add(ref);
            }
        }

        assertThat(dangling).isEmpty();
    }

    private static String key(AgentRef ref) {
        return ref.kind().name() + ":" + ref.id();
    }

    @ParameterizedTest
    @MethodSource("exampleFiles")
    void everyTopLevelRecordNamesItsSourcesAndEveryIdentifierIsUnique(Path file) {
        Dataset dataset = GcmJson.standard().readDataset(file);

        assertThat(dataset.metadata().version()).isEqualTo("0.1.0");
        assertThat(dataset.metadata().dateModified()).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(dataset.metadata().license()).isNull();
        assertThat(dataset.metadata().sources()).isNotEmpty();
        List<List<?>> sourceLists = new ArrayList<>();
        dataset.organisations().forEach(r -> sourceLists.add(r.sources()));
        dataset.states().forEach(r -> sourceLists.add(r.sources()));
        dataset.persons().forEach(r -> sourceLists.add(r.sources()));
        dataset.memberships().forEach(r -> sourceLists.add(r.sources()));
        dataset.events().forEach(r -> sourceLists.add(r.sources()));
        dataset.eventSeries().forEach(r -> sourceLists.add(r.sources()));
        dataset.publications().forEach(r -> sourceLists.add(r.sources()));
        dataset.publicationSeries().forEach(r -> sourceLists.add(r.sources()));
        dataset.newsItems().forEach(r -> sourceLists.add(r.sources()));
        dataset.documents().forEach(r -> sourceLists.add(r.sources()));
        assertThat(sourceLists).isNotEmpty().allSatisfy(sources -> assertThat(sources).isNotEmpty());

        List<String> ids = new ArrayList<>();
        dataset.organisations().forEach(o -> ids.add("organisation:" + o.id()));
        dataset.organisations().forEach(o -> unitIds(o.units()).forEach(id -> ids.add("unit:" + id)));
        dataset.states().forEach(s -> ids.add("state:" + s.id()));
        dataset.persons().forEach(p -> ids.add("person:" + p.id()));
        dataset.events().forEach(e -> ids.add("event:" + e.id()));
        dataset.eventSeries().forEach(e -> ids.add("event-series:" + e.id()));
        dataset.publications().forEach(p -> ids.add("publication:" + p.id()));
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(ids).allSatisfy(id -> assertThat(id.substring(id.indexOf(':') + 1)).matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @Nested
    @DisplayName("Seed 000: the Migration Research Leaders Syndicate")
    class ResearchLeadersSyndicate {

        private final Dataset dataset = read("research-leaders-syndicate.json");

        @Test
        void theSyndicateIsAnInitiativeFoundedIn2017() {
            Organisation syndicate = organisation(dataset, "migration-research-leaders-syndicate");

            assertThat(syndicate.kind()).isEqualTo(OrganisationKind.NETWORK_OR_INITIATIVE);
            assertThat(en(syndicate.name())).isEqualTo("Migration Research Leaders Syndicate");
            assertThat(fr(syndicate.alternateName())).isEqualTo("Union");
            assertThat(syndicate.foundingDate()).isEqualTo(PartialDate.ofYear(2017));
        }

        @Test
        void iomCoordinatesTheSyndicateSince2017() {
            assertThat(dataset.memberships()).singleElement().satisfies(membership -> {
                assertThat(membership.member()).isEqualTo(AgentRef.organisation("iom"));
                assertThat(membership.organisationRef()).isEqualTo("migration-research-leaders-syndicate");
                assertThat(membership.role()).isEqualTo(MembershipRole.COORDINATOR);
                assertThat(membership.startDate()).isEqualTo(PartialDate.ofYear(2017));
                assertThat(membership.endDate()).isNull();
            });
        }

        @Test
        void theSyndicateHasNoNamedMemberAdviserOrCoordinatorSinceThePageNamesNoIndividual() {
            assertThat(dataset.persons()).isEmpty();
            assertThat(dataset.memberships()).noneMatch(m -> m.member().kind() == AgentKind.PERSON);
        }

        @Test
        void theSyndicateIsDescribedInThePagesOwnWords() {
            String description = fr(organisation(dataset, "migration-research-leaders-syndicate").description());

            assertThat(description)
                    .startsWith("En 2017, l'OIM a invité les plus grands chercheurs du monde en matière de migration")
                    .contains("en vue de soutenir le Pacte mondial pour des migrations sûres, ordonnées et régulières de 2018.")
                    .endsWith("ne reflètent pas nécessairement celles de l'OIM ou de ses États membres.");
        }

        @Test
        void theWorkshopWithMembersAndAdvisersIsKnownOnlyToTheMonthSeptember2017() {
            Event workshop = event(dataset, "migration-research-leaders-syndicate-workshop-2017");

            assertThat(workshop.kind()).isEqualTo(EventKind.WORKSHOP);
            assertThat(workshop.startDate()).isEqualTo(PartialDate.parse("2017-09"));
            assertThat(workshop.startDate().precision()).isEqualTo(PartialDate.Precision.MONTH);
            assertThat(workshop.endDate()).isNull();
            assertThat(workshop.location()).isNull();
            assertThat(workshop.organizers()).isEmpty();
        }

        @Test
        void theFinalPublicationWasLaunchedAtThe108thIomCouncilInNovember2017() {
            Event council = event(dataset, "iom-council-108");

            assertThat(council.kind()).isEqualTo(EventKind.COUNCIL_SESSION);
            assertThat(council.series().edition()).isEqualTo(108);
            assertThat(council.startDate()).isEqualTo(PartialDate.parse("2017-11"));
            assertThat(council.startDate().precision()).isEqualTo(PartialDate.Precision.MONTH);
            assertThat(council.organizers()).containsExactly(AgentRef.organisation("iom"));
            assertThat(fr(council.description())).startsWith("Une publication finale comprenant les contributions des membres de l’Union");
            assertThat(dataset.events()).hasSize(2);
        }

        @Test
        void theFinalPublicationIsLeftOutBecauseThePageGivesItNoTitle() {
            assertThat(dataset.publications()).isEmpty();
        }

        @Test
        void iomCarriesItsNamesFoundingYearUnRelationAndDatedFigures() {
            assertIomReferenceFacts(organisation(dataset, "iom"));
        }
    }

    @Nested
    @DisplayName("Seed 001: the scenario-building initiative and Tomorrow's World of Migration and Mobility")
    class ScenariosTomorrowsWorld {

        private final Dataset dataset = read("scenarios-tomorrows-world.json");

        @Test
        void tomorrowsWorldOfMigrationAndMobilityWasPublishedIn2017() {
            Publication publication = publication(dataset, "tomorrows-world-of-migration-and-mobility");

            assertThat(fr(publication.name())).isEqualTo("Tomorrow's World of Migration and Mobility");
            assertThat(publication.datePublished()).isEqualTo(PartialDate.ofYear(2017));
        }

        @Test
        void theInitiativeIsAPartnershipOfIomTheFriedrichEbertStiftungAndGlobalFuturesIn2016To2017() {
            assertThat(dataset.memberships())
                    .allSatisfy(membership -> {
                        assertThat(membership.organisationRef()).isEqualTo("future-of-migration-scenario-initiative");
                        assertThat(membership.role()).isEqualTo(MembershipRole.PARTNER);
                        assertThat(membership.startDate()).isEqualTo(PartialDate.ofYear(2016));
                        assertThat(membership.endDate()).isEqualTo(PartialDate.ofYear(2017));
                    })
                    .extracting(membership -> membership.member().id())
                    .containsExactlyInAnyOrder("iom", "friedrich-ebert-stiftung", "global-futures");
            assertThat(organisation(dataset, "future-of-migration-scenario-initiative").kind())
                    .isEqualTo(OrganisationKind.NETWORK_OR_INITIATIVE);
        }

        @Test
        void theFriedrichEbertStiftungIsAFoundationAndGlobalFuturesAGenevaBasedNgo() {
            assertThat(organisation(dataset, "friedrich-ebert-stiftung").kind()).isEqualTo(OrganisationKind.FOUNDATION);
            Organisation globalFutures = organisation(dataset, "global-futures");
            assertThat(globalFutures.kind()).isEqualTo(OrganisationKind.CIVIL_SOCIETY);
            assertThat(fr(globalFutures.headquarters().city())).isEqualTo("Genève");
        }

        @Test
        void theInitiativeIsDescribedInThePagesOwnWordsAsFourScenarioTeamsOverEighteenMonths() {
            String description = fr(organisation(dataset, "future-of-migration-scenario-initiative").description());

            assertThat(description)
                    .startsWith("Quatre équipes de scénarios indépendantes")
                    .contains("sur une période de 18 mois, les scénarios de migration possibles d'ici 2030.")
                    .endsWith("dans le cadre d'ateliers, de webinaires et d'entretiens avec des personnalités marquantes.");
        }

        @Test
        void theAnnualIomCsoConsultationsOf2015InGenevaAreKnownOnlyToTheYear() {
            Event consultations = event(dataset, "iom-cso-annual-consultations-2015");

            assertThat(consultations.kind()).isEqualTo(EventKind.CONSULTATION);
            assertThat(fr(consultations.name())).isEqualTo("Consultations annuelles OIM-OSC de 2015");
            assertThat(consultations.startDate()).isEqualTo(PartialDate.ofYear(2015));
            assertThat(consultations.startDate().precision()).isEqualTo(PartialDate.Precision.YEAR);
            assertThat(consultations.endDate()).isNull();
            assertThat(fr(consultations.location().city())).isEqualTo("Genève");
            assertThat(consultations.location().country().code()).isEqualTo("CH");
        }

        @Test
        void fourIndependentScenarioTeamsWorkedForEighteenMonthsOnScenariosUpTo2030() {
            String abstractText = fr(publication(dataset, "tomorrows-world-of-migration-and-mobility").abstractText());

            assertThat(abstractText)
                    .contains("Quatre équipes de scénarios indépendantes")
                    .contains("sur une période de 18 mois")
                    .contains("d'ici 2030")
                    .contains("consultations annuelles OIM-OSC de 2015 à Genève");
        }

        @Test
        void iomHasTheSixUnitsOfThePageHeader() {
            Organisation iom = organisation(dataset, "iom");

            assertIomStructureAsPrinted(iom);
            assertIomReferenceFacts(iom);
        }
    }

    @Nested
    @DisplayName("Seed 002: the side event on migration governance, Geneva, 20 June 2017")
    class MigrationGovernanceSideEvent2017 {

        private final Dataset dataset = read("migration-governance-side-event-2017.json");
        private final Event event = event(dataset, "migration-governance-side-event-2017");

        @Test
        void theSideEventWasHeldOn20June2017AtTheUnitedNationsOfficeAtGeneva() {
            assertThat(event.kind()).isEqualTo(EventKind.SIDE_EVENT);
            assertThat(event.startDate()).isEqualTo(PartialDate.of(LocalDate.of(2017, 6, 20)));
            assertThat(event.endDate()).isNull();
            assertThat(event.attendanceMode()).isEqualTo(AttendanceMode.IN_PERSON);
            assertThat(fr(event.location().name())).isEqualTo("Office des Nations Unies à Genève");
            assertThat(event.location().country().code()).isEqualTo("CH");
        }

        @Test
        void iomAndSixGovernmentsOrganisedIt() {
            assertThat(event.organizers()).hasSize(7).containsExactlyInAnyOrder(
                    AgentRef.organisation("iom"),
                    AgentRef.state("aus"), AgentRef.state("mex"), AgentRef.state("nor"),
                    AgentRef.state("per"), AgentRef.state("lka"), AgentRef.state("are"));
        }

        @Test
        void itWasHeldInTheMarginsOfTheThematicConsultationOnInternationalCooperationAndGovernance() {
            Event consultation = event(dataset, "gcm-thematic-consultation-international-cooperation-and-governance-2017");

            assertThat(event.superEventRef()).isEqualTo(consultation.id());
            assertThat(consultation.kind()).isEqualTo(EventKind.CONSULTATION);
            assertThat(consultation.series().edition()).isEqualTo(3);
            assertThat(fr(consultation.name())).isEqualTo("Consultation thématique du Pacte mondial pour des migrations sûres, ordonnées et régulières");
            assertThat(fr(consultation.theme())).startsWith("les questions de coopération internationale et de gouvernance des migrations");
            assertThat(consultation.startDate()).isEqualTo(PartialDate.of(LocalDate.of(2017, 6, 19)));
            assertThat(consultation.endDate()).isEqualTo(PartialDate.of(LocalDate.of(2017, 6, 20)));
            assertThat(consultation.startDate().earliestDay()).isBeforeOrEqualTo(event.startDate().earliestDay());
            assertThat(consultation.endDate().latestDay()).isAfterOrEqualTo(event.startDate().latestDay());
            assertThat(consultation.location().country().code()).isEqualTo("CH");
            assertThat(consultation.subEventRefs()).isEmpty();
        }

        @Test
        void australiaMexicoAndPeruPresentedTheirPoliciesAndTheIgcAndTheAbuDhabiDialogueTheirPractices() {
            assertThat(event.performers()).containsExactly(
                    AgentRef.state("aus"), AgentRef.state("mex"), AgentRef.state("per"),
                    AgentRef.organisation("intergovernmental-consultations-on-migration-asylum-and-refugees"),
                    AgentRef.organisation("abu-dhabi-dialogue"));
            assertThat(event.performers()).doesNotContain(AgentRef.state("nor"), AgentRef.state("lka"), AgentRef.state("are"));
        }

        @Test
        void thePressContactsWorkAtIomHeadquartersWithNoJobTitleOrUnitPrinted() {
            assertThat(List.of(person(dataset, "nicoletta-giordano"), person(dataset, "maurizio-busatti")))
                    .allSatisfy(contact -> assertThat(contact.positions()).singleElement().satisfies(position -> {
                        assertThat(position.affiliation()).isEqualTo(AgentRef.organisation("iom"));
                        assertThat(position.jobTitle()).isNull();
                        assertThat(position.unitRef()).isNull();
                    }));
        }

        @Test
        void theOrganisingStatesCarryTheirIsoCodes() {
            State uae = state(dataset, "are");
            assertThat(fr(uae.name())).isEqualTo("Emirats arabes unis");
            assertThat(uae.alpha2().code()).isEqualTo("AE");
            assertThat(uae.alpha3().code()).isEqualTo("ARE");
            assertThat(uae.numeric().code()).isEqualTo("784");
            assertThat(dataset.states()).extracting(s -> s.alpha3().code())
                    .containsExactlyInAnyOrder("AUS", "MEX", "NOR", "PER", "LKA", "ARE");
            assertThat(dataset.states()).allSatisfy(s -> assertThat(s.id()).isEqualTo(s.alpha3().code().toLowerCase(java.util.Locale.ROOT)));
        }

        @Test
        void pressContactsHaveTheirTelephoneAsPrintedAndInE164() {
            ContactPoint busatti = person(dataset, "maurizio-busatti").contactPoints().get(0);
            assertThat(busatti.contactType()).isEqualTo(ContactType.PRESS);
            assertThat(busatti.email().address()).isEqualTo("mbusatti@iom.int");
            assertThat(busatti.telephone().asPrinted()).isEqualTo("41227179581");
            assertThat(busatti.telephone().e164()).isEqualTo("+41227179581");

            ContactPoint giordano = person(dataset, "nicoletta-giordano").contactPoints().get(0);
            assertThat(giordano.email().address()).isEqualTo("ngiordano@iom.int");
            assertThat(giordano.telephone().asPrinted()).isEqualTo("+41 22 717 9416");
            assertThat(giordano.telephone().e164()).isEqualTo("+41227179416");
        }

        @Test
        void theNewsItemReportsOnTheEventFromSwitzerlandAndNamesTwoPressContacts() {
            NewsItem news = dataset.newsItems().get(0);

            assertThat(fr(news.headline())).isEqualTo(
                    "L’OIM et les partenaires gouvernementaux débattent des bonnes pratiques de gouvernance en matière de migrations");
            assertThat(fr(news.dateline())).isEqualTo("Suisse");
            assertThat(news.eventRefs()).containsExactly("migration-governance-side-event-2017");
            assertThat(news.contactRefs()).containsExactly("nicoletta-giordano", "maurizio-busatti");
            assertThat(news.datePublished()).isNull();
            assertThat(fr(news.articleBody())).startsWith("Le 20 juin 2017, l’OIM et les gouvernements de l’Australie");
        }

        @Test
        void jillHelkeIsIomDirectorForInternationalCooperationAndPartnerships() {
            Position position = person(dataset, "jill-helke").positions().get(0);

            assertThat(fr(position.jobTitle())).isEqualTo("Directrice de l’OIM pour la coopération internationale et les partenariats");
            assertThat(position.affiliation()).isEqualTo(AgentRef.organisation("iom"));
        }

        @Test
        void theTwoInterStateConsultationMechanismsAreTheIgcAndTheAbuDhabiDialogue() {
            assertThat(dataset.organisations())
                    .filteredOn(o -> o.kind() == OrganisationKind.INTER_STATE_CONSULTATION_MECHANISM)
                    .extracting(o -> fr(o.name()))
                    .containsExactlyInAnyOrder(
                            "Consultations intergouvernementales sur la migration, l’asile et les réfugiés",
                            "Dialogue d’Abou Dhabi");
        }

        @Test
        void iomHasTheSixUnitsOfThePageHeader() {
            Organisation iom = organisation(dataset, "iom");

            assertIomStructureAsPrinted(iom);
            assertIomReferenceFacts(iom);
        }
    }

    @Nested
    @DisplayName("Seed 003: International Dialogue on Migration No. 28")
    class IdmNo28 {

        private final Dataset dataset = read("idm-no-28.json");
        private final Publication idm28 = publication(dataset, "idm-no-28");

        @Test
        void theFrenchEditionHas144PagesIsbn9789290687801AndIssn17264030() {
            Edition french = edition(idm28, FR);

            assertThat(french.numberOfPages()).isEqualTo(144);
            assertThat(french.isbns()).singleElement().satisfies(isbn -> {
                assertThat(isbn.isbn().digits()).isEqualTo("9789290687801");
                assertThat(isbn.isbn().hasValidCheckDigit()).isTrue();
            });
            assertThat(french.issn().value()).isEqualTo("1726-4030");
            assertThat(french.issn().hasValidCheckDigit()).isTrue();
            assertThat(french.datePublished()).isEqualTo(PartialDate.ofYear(2018));
        }

        @Test
        void theEnglishEditionHasItsOwnTitleIsbnIssnAndPageCount() {
            Edition english = edition(idm28, EN);

            assertThat(en(english.name())).isEqualTo("Inclusive and Innovative Partnerships for Effective Global Governance of Migration");
            assertThat(english.numberOfPages()).isEqualTo(130);
            assertThat(english.isbns()).singleElement()
                    .satisfies(isbn -> assertThat(isbn.isbn().digits()).isEqualTo("9789290687740"));
            assertThat(english.issn().value()).isEqualTo("1726-2224");
        }

        @Test
        void itIsNumber28OfTheSeriesThatHasOneIssnPerLanguageAndIsAvailableInThreeLanguages() {
            assertThat(idm28.series().issueNumber()).isEqualTo("28");
            PublicationSeries series = dataset.publicationSeries().get(0);
            assertThat(series.id()).isEqualTo(idm28.series().seriesRef());
            assertThat(series.issns()).extracting(issn -> issn.inLanguage().tag() + " " + issn.issn().value())
                    .containsExactlyInAnyOrder("en 1726-2224", "fr 1726-4030");
            assertThat(idm28.inLanguage()).extracting(LanguageTag::tag).containsExactly("en", "es", "fr");
            assertThat(idm28.publisherRefs()).containsExactly("iom");
        }

        @Test
        void theIdm2018WasThe45thEditionWithMoreThan600ParticipantsOfWhom83Panellists() {
            Event idm2018 = event(dataset, "idm-2018");

            assertThat(idm2018.series().edition()).isEqualTo(45);
            assertThat(idm2018.participantCount().value()).isEqualTo(600);
            assertThat(idm2018.participantCount().precision()).isEqualTo(CountPrecision.MORE_THAN);
            assertThat(idm2018.panellistCount().value()).isEqualTo(83);
            assertThat(idm2018.panellistCount().precision()).isEqualTo(CountPrecision.EXACT);
            assertThat(fr(idm2018.theme())).isEqualTo(fr(idm28.name()));
            assertThat(idm2018.outcomePublicationRefs()).containsExactly("idm-no-28");
            assertThat(idm28.eventRefs()).contains("idm-2018");
        }

        @Test
        void theIdm2018GatheredEightCategoriesOfParticipantsAndAnsweredTheCallsOfTheIdm2017AndTheStocktakingMeeting() {
            Event idm2018 = event(dataset, "idm-2018");

            assertThat(idm2018.audience()).containsExactly(AudienceType.GOVERNMENTS, AudienceType.UN_ENTITIES,
                    AudienceType.INTERNATIONAL_ORGANISATIONS, AudienceType.CIVIL_SOCIETY, AudienceType.PRIVATE_SECTOR,
                    AudienceType.MIGRANTS, AudienceType.DIASPORA, AudienceType.ACADEMIA);
            assertThat(fr(idm2018.audienceAsPrinted())).startsWith("des gouvernements, des organismes des Nations Unies")
                    .isSubstringOf(fr(idm28.abstractText()));
            assertThat(idm2018.relations()).extracting(relation -> relation.kind() + " " + relation.target().id())
                    .containsExactly("IN_RESPONSE_TO idm-2017", "IN_RESPONSE_TO stocktaking-meeting-december-2017");
        }

        @Test
        void theDialogueIsAnEventSeriesOfIomLaunchedIn2001WhoseEditionsPointToIt() {
            EventSeries idm = dataset.eventSeries().get(0);

            assertThat(idm.id()).isEqualTo("international-dialogue-on-migration");
            assertThat(fr(idm.name())).isEqualTo("Dialogue international sur la migration");
            assertThat(fr(idm.alternateName())).isEqualTo("IDM");
            assertThat(idm.startDate()).isEqualTo(PartialDate.ofYear(2001));
            assertThat(idm.organizers()).containsExactly(AgentRef.organisation("iom"));
            assertThat(fr(idm.description())).contains("Lancé en 2001").contains("(article 1.1 e))");
            assertThat(idm.legalBasis()).as("the IOM Constitution has no UN document symbol").isNull();
            assertThat(dataset.events()).filteredOn(event -> event.series() != null)
                    .extracting(event -> event.series().seriesRef() + " " + event.series().name())
                    .containsOnly(idm.id() + " null");
        }

        @Test
        void theIdm2018HadTwoWorkshopsInNewYorkAndGeneva() {
            Event idm2018 = event(dataset, "idm-2018");
            assertThat(idm2018.subEventRefs()).containsExactly("idm-2018-new-york", "idm-2018-geneva");

            Event newYork = event(dataset, "idm-2018-new-york");
            assertThat(newYork.kind()).isEqualTo(EventKind.WORKSHOP);
            assertThat(newYork.startDate()).isEqualTo(PartialDate.of(LocalDate.of(2018, 3, 26)));
            assertThat(newYork.endDate()).isEqualTo(PartialDate.of(LocalDate.of(2018, 3, 27)));
            assertThat(newYork.location().country().code()).isEqualTo("US");

            Event geneva = event(dataset, "idm-2018-geneva");
            assertThat(geneva.kind()).isEqualTo(EventKind.WORKSHOP);
            assertThat(geneva.startDate()).isEqualTo(PartialDate.of(LocalDate.of(2018, 10, 8)));
            assertThat(geneva.endDate()).isEqualTo(PartialDate.of(LocalDate.of(2018, 10, 9)));
            assertThat(fr(geneva.location().city())).isEqualTo("Genève");

            assertThat(idm2018.startDate()).isEqualTo(newYork.startDate());
            assertThat(idm2018.endDate()).isEqualTo(geneva.endDate());
        }

        @Test
        void theIdm2017IsKnownOnlyToTheYearAndTheStocktakingMeetingToTheMonthDecember2017() {
            Event idm2017 = event(dataset, "idm-2017");
            assertThat(idm2017.kind()).isEqualTo(EventKind.IDM_SESSION);
            assertThat(idm2017.startDate()).isEqualTo(PartialDate.ofYear(2017));
            assertThat(idm2017.startDate().precision()).isEqualTo(PartialDate.Precision.YEAR);
            assertThat(idm2017.series().edition()).isNull();
            assertThat(idm2017.organizers()).containsExactly(AgentRef.organisation("iom"));

            Event stocktaking = event(dataset, "stocktaking-meeting-december-2017");
            assertThat(stocktaking.kind()).isEqualTo(EventKind.MEETING);
            assertThat(stocktaking.startDate()).isEqualTo(PartialDate.parse("2017-12"));
            assertThat(stocktaking.startDate().precision()).isEqualTo(PartialDate.Precision.MONTH);
            assertThat(stocktaking.organizers()).isEmpty();

            assertThat(idm2017.startDate().isCertainlyBefore(event(dataset, "idm-2018").startDate())).isTrue();
            assertThat(stocktaking.startDate().isCertainlyBefore(event(dataset, "idm-2018").startDate())).isTrue();
            assertThat(idm28.eventRefs()).doesNotContain("idm-2017", "stocktaking-meeting-december-2017");
        }

        @Test
        void theTableOfContentsIsATreeWithTheWorkshopReportAndItsSixKeyMessages() {
            List<TableOfContentsEntry> top = idm28.tableOfContents();

            assertThat(top).extracting(entry -> fr(entry.name())).containsExactly(
                    "ABREVIATIONS ET ACRONYMES", "RAPPORT DES ATELIERS",
                    "ORDRE DU JOUR FINAL, NEW YORK", "ORDRE DU JOUR FINAL, GENÈVE");
            List<TableOfContentsEntry> report = top.get(1).entries();
            assertThat(report).hasSize(9);
            assertThat(report.get(0).name()).isEqualTo(LocalizedText.of("fr", "Introduction"));
            assertThat(report.subList(1, 7)).extracting(entry -> fr(entry.name()).substring(0, 3))
                    .containsExactly("1. ", "2. ", "3. ", "4. ", "5. ", "6. ");
            assertThat(report.get(8).name()).isEqualTo(LocalizedText.of("fr", "Recommandations"));
        }

        @Test
        void theAbstractStatesTheLaunchYearOfTheDialogue() {
            assertThat(fr(idm28.abstractText()))
                    .startsWith("En 2018 s’est tenue la 45e édition du Dialogue international sur la migration")
                    .contains("Lancé en 2001")
                    .contains("Plus de 600 participants – dont 83 panélistes");
        }
    }

    @Nested
    @DisplayName("Seed 004: the first session of the IDM 2022")
    class Idm2022FirstSession {

        private final Dataset dataset = read("idm-2022-first-session.json");
        private final Event session = event(dataset, "idm-2022-session-1");

        private Person personWithUnit(String unitRef) {
            List<Person> holders = dataset.persons().stream()
                    .filter(p -> p.positions().stream().anyMatch(position -> unitRef.equals(position.unitRef())))
                    .collect(Collectors.toList());
            assertThat(holders).hasSize(1);
            return holders.get(0);
        }

        @Test
        void theSessionWasHeldOnlineFrom28FebruaryTo2March2022InNewYorkTime() {
            assertThat(session.kind()).isEqualTo(EventKind.IDM_SESSION);
            assertThat(session.series().session()).isEqualTo(1);
            assertThat(session.startDate()).isEqualTo(PartialDate.of(LocalDate.of(2022, 2, 28)));
            assertThat(session.endDate()).isEqualTo(PartialDate.of(LocalDate.of(2022, 3, 2)));
            assertThat(session.timeZone()).isEqualTo(ZoneId.of("America/New_York"));
            assertThat(session.attendanceMode()).isEqualTo(AttendanceMode.ONLINE);
            assertThat(session.location()).isNull();
            assertThat(session.organizers()).containsExactly(AgentRef.organisation("iom"));
            assertThat(session.startTime()).isEqualTo(LocalTime.of(9, 0));
            assertThat(session.endTime()).isEqualTo(LocalTime.of(12, 0));
            assertThat(session.series().seriesRef()).isEqualTo("international-dialogue-on-migration");
            assertThat(event(dataset, "idm-2021").series().seriesRef()).isEqualTo(session.series().seriesRef());
            assertThat(dataset.eventSeries()).extracting(EventSeries::id).containsExactly(session.series().seriesRef());
        }

        @Test
        void theSessionIsHeldAheadOfTheFirstReviewForumAndFollowsUpTheIdm2021() {
            assertThat(session.relations()).extracting(relation -> relation.kind() + " " + relation.target().id())
                    .containsExactly("AHEAD_OF imrf-2022", "FOLLOW_UP_OF idm-2021");
            assertThat(session.audience()).containsExactly(AudienceType.GOVERNMENTS, AudienceType.OTHER);
            assertThat(fr(session.audienceAsPrinted())).isSubstringOf(fr(session.description()));
        }

        @Test
        void theAgendaHasThreeDaysWithTheirThemesEachFrom9To12() {
            assertThat(session.agenda()).extracting(AgendaDay::date).containsExactly(
                    LocalDate.of(2022, 2, 28), LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 2));
            assertThat(session.agenda()).extracting(day -> fr(day.label()))
                    .containsExactly("Première journée", "Deuxième journée", "Troisième journée");
            assertThat(session.agenda()).extracting(day -> fr(day.theme())).containsExactly(
                    "Réduire les risques et les vulnérabilités pour les migrants",
                    "Faciliter la migration régulière",
                    "Promouvoir l’inclusion et l’autonomisation socioéconomiques des migrants");
            assertThat(session.agenda()).allSatisfy(day -> {
                assertThat(day.items().get(0).startTime()).isEqualTo(LocalTime.of(9, 0));
                assertThat(day.items().get(day.items().size() - 1).endTime()).isEqualTo(LocalTime.of(12, 0));
                for (int i = 1; i < day.items().size(); i++) {
                    assertThat(day.items().get(i).startTime()).isEqualTo(day.items().get(i - 1).endTime());
                }
            });
        }

        @Test
        void theSessionOpensWithAnOpeningAndEndsWithAClosingAndHasSevenNumberedPanels() {
            List<AgendaItem> items = session.agenda().stream().flatMap(day -> day.items().stream()).collect(Collectors.toList());

            assertThat(items.get(0).kind()).isEqualTo(AgendaItemKind.OPENING);
            assertThat(fr(items.get(0).name())).isEqualTo("Renforcer la coopération internationale en matière de gouvernance des migrations");
            assertThat(items.get(items.size() - 1).kind()).isEqualTo(AgendaItemKind.CLOSING);
            assertThat(session.agenda()).extracting(day -> day.items().stream()
                            .filter(item -> item.kind() == AgendaItemKind.PANEL).map(AgendaItem::number).collect(Collectors.toList()))
                    .containsExactly(List.of(1, 2), List.of(1, 2, 3), List.of(1, 2));
        }

        @Test
        void theFirstPanelOfTheSecondDayIsModeratedByTheDeputyDirectorGeneralForOperations() {
            AgendaItem panel = session.agenda().get(1).items().get(0);
            Person ddgOperations = personWithUnit("iom-ddg-operations");

            assertThat(panel.kind()).isEqualTo(AgendaItemKind.PANEL);
            assertThat(panel.number()).isEqualTo(1);
            assertThat(fr(panel.name())).isEqualTo("Identité juridique : faciliter la migration régulière et l’accès aux droits");
            assertThat(ddgOperations.name()).isEqualTo("Ugochi Daniels");
            assertThat(panel.moderators()).singleElement().satisfies(moderator -> {
                assertThat(moderator.personRef()).isEqualTo(ddgOperations.id());
                assertThat(fr(moderator.titleAsPrinted())).isEqualTo("Directrice Générale adjointe chargée des opérations de l’OIM");
            });
        }

        @Test
        void abdullaShahidSpeaksAtTheOpeningByVideoMessage() {
            Speaker shahid = session.agenda().get(0).items().get(0).speakers().stream()
                    .filter(s -> s.personRef().equals("abdulla-shahid")).findFirst().orElseThrow();

            assertThat(shahid.modality()).isEqualTo(Modality.VIDEO_MESSAGE);
            assertThat(fr(shahid.titleAsPrinted())).isEqualTo("Président de la 76e session de l’Assemblée générale des Nations Unies");
            assertThat(session.agenda()).flatExtracting(AgendaDay::items)
                    .flatExtracting(item -> Stream.concat(item.moderators().stream(), item.speakers().stream()).collect(Collectors.toList()))
                    .filteredOn(s -> s.modality() == Modality.VIDEO_MESSAGE)
                    .extracting(Speaker::personRef).containsExactly("abdulla-shahid");
        }

        @Test
        void amyPopeIsPrintedTwoWaysButIsOnePersonTheDeputyDirectorGeneralForManagementAndReform() {
            List<Speaker> pope = session.agenda().get(2).items().stream()
                    .flatMap(item -> Stream.concat(item.moderators().stream(), item.speakers().stream()))
                    .filter(s -> s.personRef().equals("amy-e-pope")).collect(Collectors.toList());

            assertThat(pope).extracting(Speaker::nameAsPrinted).containsExactly("Amy E. Pope", "Amy Pope");
            assertThat(personWithUnit("iom-ddg-management-and-reform").id()).isEqualTo("amy-e-pope");
        }

        @Test
        void antonioVitorinoIsIomDirectorGeneralFromOctober2018() {
            Position position = person(dataset, "antonio-vitorino").positions().get(0);

            assertThat(fr(position.jobTitle())).isEqualTo("Directeur général de l’OIM");
            assertThat(position.unitRef()).isEqualTo("iom-director-general");
            assertThat(position.startDate()).isEqualTo(PartialDate.parse("2018-10-01"));
        }

        @Test
        void theSessionCitesParagraph52OfResolution73Slash195() {
            DocumentReference cited = session.citedDocuments().get(0);

            assertThat(cited.symbol().symbol()).isEqualTo("A/RES/73/195");
            assertThat(cited.paragraph()).isEqualTo("52");
            assertThat(fr(cited.quotation())).startsWith("contribuer au Forum d’examen des migrations internationales")
                    .endsWith("relatives à la mise en œuvre du Pacte mondial");
            assertThat(dataset.documents()).singleElement().satisfies(document -> {
                assertThat(document.symbol()).isEqualTo(cited.symbol());
                assertThat(document.date()).isEqualTo(PartialDate.parse("2018-12-19"));
            });
        }

        @Test
        void everyPersonOnThePageAppearsOnTheAgendaAndRepresentativesAreAffiliatedWithTheirState() {
            Set<String> onAgenda = new HashSet<>();
            session.agenda().forEach(day -> day.items().forEach(item -> Stream.concat(item.moderators().stream(), item.speakers().stream())
                    .forEach(s -> onAgenda.add(s.personRef()))));

            assertThat(onAgenda).hasSize(33).containsExactlyInAnyOrderElementsOf(
                    dataset.persons().stream().map(Person::id).collect(Collectors.toList()));
            assertThat(person(dataset, "rabab-fatima").positions().get(0).affiliation()).isEqualTo(AgentRef.state("bgd"));
            assertThat(person(dataset, "rongvudhi-virabutr").honorificPrefix()).isEqualTo("Ambassadeur");
            assertThat(state(dataset, "tha").numeric().code()).isEqualTo("764");
        }

        @Test
        void everyMinistryAndGovernmentBodyBelongsToItsState() {
            Map<String, AgentRef> parents = dataset.organisations().stream()
                    .filter(o -> o.kind() == OrganisationKind.GOVERNMENT_BODY)
                    .collect(Collectors.toMap(Organisation::id, o -> o.parentOrganization() == null ? AgentRef.state("none") : o.parentOrganization()));

            assertThat(parents).containsOnly(
                    Map.entry("somalia-office-of-the-prime-minister", AgentRef.state("som")),
                    Map.entry("mexico-ministry-of-foreign-affairs", AgentRef.state("mex")),
                    Map.entry("sweden-ministry-of-justice", AgentRef.state("swe")),
                    Map.entry("us-department-of-state", AgentRef.state("usa")),
                    Map.entry("philippines-department-of-foreign-affairs", AgentRef.state("phl")),
                    Map.entry("immigration-refugees-and-citizenship-canada", AgentRef.state("can")));
            assertThat(fr(state(dataset, "som").name())).isEqualTo("République fédérale de Somalie");
            assertThat(organisation(dataset, "un-general-assembly").parentOrganization()).isEqualTo(AgentRef.organisation("united-nations"));
        }

        @Test
        void egyptsUnderSecretaryIsAffiliatedWithHerStateSinceThePageNamesNoMinistry() {
            Position position = person(dataset, "neveen-el-husseiny").positions().get(0);

            assertThat(position.affiliation()).isEqualTo(AgentRef.state("egy"));
            assertThat(fr(position.jobTitle())).startsWith("Sous-Secrétaire d’État aux affaires étrangères");
        }

        @Test
        void theFirstInternationalMigrationReviewForumFollowsThreeMonthsLater() {
            Event imrf = event(dataset, "imrf-2022");

            assertThat(imrf.kind()).isEqualTo(EventKind.FORUM);
            assertThat(imrf.startDate()).isEqualTo(PartialDate.of(LocalDate.of(2022, 5, 17)));
            assertThat(imrf.startDate().earliestDay())
                    .isBetween(session.startDate().earliestDay().plusMonths(2), session.startDate().earliestDay().plusMonths(3));
            Event idm2021 = event(dataset, "idm-2021");
            assertThat(idm2021.startDate()).isEqualTo(PartialDate.of(LocalDate.of(2021, 10, 14)));
            assertThat(idm2021.endDate()).isEqualTo(PartialDate.of(LocalDate.of(2021, 10, 15)));
        }

        @Test
        void iomHasTheSixUnitsOfThePageHeader() {
            Organisation iom = organisation(dataset, "iom");

            assertIomStructureAsPrinted(iom);
            assertIomReferenceFacts(iom);
        }
    }
}
