package io.github.gcmdata.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.identifier.CountryCode;
import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.DatedFigure;
import io.github.gcmdata.model.DocumentKind;
import io.github.gcmdata.model.FigureKind;
import io.github.gcmdata.model.GcmObjective;
import io.github.gcmdata.model.GuidingPrinciple;
import io.github.gcmdata.model.Membership;
import io.github.gcmdata.model.MembershipRole;
import io.github.gcmdata.model.Organisation;
import io.github.gcmdata.model.OrganisationKind;
import io.github.gcmdata.model.PartialDate;
import io.github.gcmdata.model.RecordKind;
import io.github.gcmdata.model.Vote;
import io.github.gcmdata.model.VoteEvent;
import io.github.gcmdata.model.VoteOption;
import io.github.gcmdata.model.Source;
import io.github.gcmdata.model.SourceStanding;
import io.github.gcmdata.model.State;
import io.github.gcmdata.model.UnDocument;
import io.github.gcmdata.model.UnSystemRelation;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.ObjectMapper;

class ReferenceDataTest {

    /** The date of IOM's own count of 175 member states that the member list is checked against. */
    private static final PartialDate MEMBER_LIST_DATE = PartialDate.parse("2023-10");

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static LanguageTag language(String tag) {
        return LanguageTag.parse(tag);
    }

    private static String notes(List<Source> sources) {
        return sources.stream().map(Source::note).filter(note -> note != null).collect(Collectors.joining("\n"));
    }

    @Nested
    class Objectives {

        @Test
        void holdsAll23InOrderOfNumber() {
            assertThat(ReferenceData.objectives()).extracting(GcmObjective::number)
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 23).boxed().toList());
        }

        @ParameterizedTest(name = "objective {0} in {1}")
        @CsvSource(delimiter = '|', textBlock = """
                1  | en | Collect and utilize accurate and disaggregated data as a basis for evidence-based policies
                1  | fr | Collecter et utiliser des données précises et ventilées qui serviront à l’élaboration de politiques fondées sur la connaissance des faits
                1  | es | Recopilar y utilizar datos exactos y desglosados para formular políticas con base empírica
                13 | en | Use migration detention only as a measure of last resort and work towards alternatives
                20 | en | Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants
                23 | en | Strengthen international cooperation and global partnerships for safe, orderly and regular migration
                23 | fr | Renforcer la coopération internationale et les partenariats mondiaux pour des migrations sûres, ordonnées et régulières
                """)
        void carriesTheOfficialTitleLetterForLetter(int number, String tag, String title) {
            assertThat(ReferenceData.objective(number).name().exactly(language(tag)))
                    .map(ReferenceDataTest::normalised)
                    .contains(normalised(title));
        }

        @Test
        void hasEveryTitleInEnglishFrenchAndSpanishEachWithASourceAndItsStanding() {
            assertThat(ReferenceData.objectives()).allSatisfy(objective -> {
                assertThat(objective.name().asMap()).containsOnlyKeys("en", "es", "fr");
                for (LanguageTag language : List.of(LanguageTag.ENGLISH, LanguageTag.FRENCH, LanguageTag.SPANISH)) {
                    assertThat(objective.nameSources(language)).as("objective %d in %s", objective.number(), language)
                            .isNotEmpty().allSatisfy(source -> assertThat(source.standing()).isNotNull());
                }
            });
        }

        @Test
        void saysWhichTitlesAreTheResolutionsOfficialText() {
            assertThat(ReferenceData.objectives())
                    .filteredOn(objective -> objective.nameSources(LanguageTag.ENGLISH).stream()
                            .anyMatch(source -> source.standing() == SourceStanding.OFFICIAL))
                    .extracting(GcmObjective::number)
                    .containsExactly(1, 2, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23);
            assertThat(ReferenceData.objectives()).allSatisfy(objective -> assertThat(
                    objective.nameSources(LanguageTag.FRENCH)).allSatisfy(source ->
                            assertThat(source.standing()).isEqualTo(SourceStanding.SECONDARY)));
        }

        @ParameterizedTest(name = "objective {0} in {1}, from the UN Network booklet")
        @CsvSource(delimiter = '|', textBlock = """
                18 | fr | Investir dans le perfectionnement des compétences et faciliter la reconnaissance mutuelle des aptitudes, qualifications et compétences
                3  | es | Proporcionar información exacta y oportuna en todas las etapas de la migración
                15 | es | Proporcionar a los migrantes acceso a servicios básicos
                16 | es | Empoderar a los migrantes y las sociedades para lograr la plena inclusión y la cohesión social
                17 | es | Eliminar todas las formas de discriminación y promover un discurso público con base empírica para modificar las percepciones de la migración
                23 | es | Fortalecer la cooperación internacional y las alianzas mundiales para la migración segura, ordenada y regular
                """)
        void fillsTheFormerGapsFromASecondarySourceAndSaysSo(int number, String tag, String title) {
            GcmObjective objective = ReferenceData.objective(number);
            assertThat(objective.name().exactly(language(tag))).contains(title);
            assertThat(objective.nameSources(language(tag))).singleElement().satisfies(source -> {
                assertThat(source.standing()).isEqualTo(SourceStanding.SECONDARY);
                assertThat(source.url().toString()).startsWith("https://github.com/dev0568/Global/blob/8b19bc63");
                assertThat(source.note()).contains("letter case is derived");
            });
        }

        @Test
        void pointsAtItsAnnexParagraphOfTheResolution() {
            assertThat(ReferenceData.objectives()).allSatisfy(objective -> {
                assertThat(objective.reference().symbol().symbol()).isEqualTo("A/RES/73/195");
                assertThat(objective.reference().paragraph()).isEqualTo(String.valueOf(objective.number() + 16));
                assertThat(objective.shortName().asMap()).containsOnlyKeys("en", "es", "fr");
            });
            assertThat(ReferenceData.objective(1).shortName().exactly(LanguageTag.ENGLISH)).contains("Data");
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 24, -1, Integer.MAX_VALUE})
        void rejectsANumberOutside1To23NamingTheRange(int number) {
            assertThatThrownBy(() -> ReferenceData.objective(number))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Invalid value for GCM objective number (valid values 1 - 23): " + number);
        }
    }

    @Nested
    class GuidingPrinciples {

        @Test
        void holdsAll10LetteredAToJ() {
            assertThat(ReferenceData.guidingPrinciples()).extracting(GuidingPrinciple::letter)
                    .containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
            assertThat(ReferenceData.guidingPrinciples()).allSatisfy(principle -> {
                assertThat(principle.name().asMap()).containsOnlyKeys("en", "es", "fr");
                assertThat(principle.reference().symbol().symbol()).isEqualTo("A/RES/73/195");
                assertThat(principle.reference().paragraph()).isEqualTo("15 (" + principle.letter() + ")");
            });
        }

        @ParameterizedTest(name = "principle ({0}) in {1}")
        @CsvSource(delimiter = '|', textBlock = """
                a | en | People-centred
                a | fr | Priorité à la dimension humaine
                a | es | Centrada en las personas
                g | en | Gender-responsive
                g | fr | Prise en compte de la problématique femmes-hommes
                g | es | Perspectiva de género
                j | en | Whole-of-society approach
                j | fr | Approche mobilisant l’ensemble de la société
                j | es | Enfoque pansocial
                """)
        void carriesTheNameLetterForLetter(char letter, String tag, String name) {
            assertThat(ReferenceData.guidingPrinciple(letter).name().exactly(language(tag)))
                    .map(ReferenceDataTest::normalised)
                    .contains(normalised(name));
        }

        @Test
        void acceptsAnUpperCaseLetter() {
            assertThat(ReferenceData.guidingPrinciple('C')).isSameAs(ReferenceData.guidingPrinciple('c'));
        }

        @ParameterizedTest
        @ValueSource(chars = {'k', '`', '1', 'z'})
        void rejectsALetterOutsideAToJNamingTheRange(char letter) {
            assertThatThrownBy(() -> ReferenceData.guidingPrinciple(letter))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Invalid value for guiding principle letter (valid values a - j): " + letter);
        }
    }

    @Nested
    class Iom {

        private final Organisation iom = ReferenceData.iom();

        @Test
        void hasItsNamesAndAcronymsAsSourced() {
            assertThat(iom.id()).isEqualTo("iom");
            assertThat(iom.kind()).isEqualTo(OrganisationKind.INTERGOVERNMENTAL);
            assertThat(iom.name().asMap()).containsExactly(
                    java.util.Map.entry("en", "International Organization for Migration"),
                    java.util.Map.entry("es", "Organización Internacional para las Migraciones"),
                    java.util.Map.entry("fr", "Organisation internationale pour les migrations"));
            assertThat(iom.alternateName().asMap()).containsExactly(
                    java.util.Map.entry("en", "IOM"), java.util.Map.entry("es", "OIM"), java.util.Map.entry("fr", "OIM"));
        }

        @Test
        void wasFoundedInDecember1951ToTheMonthOnWhichItsSourcesAgree() {
            assertThat(iom.foundingDate()).isEqualTo(PartialDate.parse("1951-12"));
            assertThat(notes(iom.sources())).contains("5 December 1951", "6 December 1951");
        }

        @Test
        void isARelatedOrganizationHeadquarteredInGeneva() {
            assertThat(iom.unSystemRelation()).isEqualTo(UnSystemRelation.RELATED_ORGANIZATION);
            assertThat(iom.headquarters().country()).isEqualTo(CountryCode.parse("CH"));
            assertThat(iom.headquarters().city().exactly(LanguageTag.ENGLISH)).contains("Geneva");
            assertThat(iom.headquarters().address().exactly(LanguageTag.ENGLISH))
                    .contains("17 route des Morillons, P.O. Box 17, 1211 Geneva 19, Switzerland");
        }

        @Test
        void datesEveryFigureAndCounts175MemberStatesAsOfOctober2023() {
            assertThat(iom.figures()).extracting(DatedFigure::kind, DatedFigure::value, DatedFigure::asOf)
                    .contains(org.assertj.core.groups.Tuple.tuple(FigureKind.MEMBER_STATES, 175L, MEMBER_LIST_DATE),
                            org.assertj.core.groups.Tuple.tuple(FigureKind.MEMBER_STATES, 122L, PartialDate.parse("2007-11")),
                            org.assertj.core.groups.Tuple.tuple(FigureKind.OBSERVER_STATES, 8L, PartialDate.parse("2020-07")));
        }

        @Test
        void listsTheUnitsOfItsStructurePage() {
            assertThat(iom.units()).hasSize(6);
            assertThat(iom.units().get(0).name().exactly(LanguageTag.FRENCH)).contains("Directrice générale");
            assertThat(iom.units()).allSatisfy(unit ->
                    assertThat(unit.name().exactly(LanguageTag.FRENCH)).isPresent());
        }
    }

    @Nested
    class Membership2023 {

        @Test
        void currentAsOfIsTheDateOfTheMemberCount() {
            assertThat(ReferenceData.currentAsOf()).isEqualTo(MEMBER_LIST_DATE);
        }

        @Test
        void asOfOctober2023IomHas175MemberStatesAsItsSourceStates() {
            long sourcedCount = ReferenceData.iom().figures().stream()
                    .filter(figure -> figure.kind() == FigureKind.MEMBER_STATES
                            && figure.asOf().equals(ReferenceData.currentAsOf()))
                    .mapToLong(DatedFigure::value).sum();
            assertThat(ReferenceData.memberStates()).hasSize(175).hasSize((int) sourcedCount);
        }

        @Test
        void identifiesFourOfTheObserverStates() {
            assertThat(ReferenceData.observerStates()).extracting(State::id)
                    .containsExactly("BHR", "IDN", "KWT", "SAU");
        }

        @Test
        void everyCodeIsAnAssignedIso3166CodeAndAlpha2MatchesAlpha3() {
            Set<String> alpha2 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
            Set<String> alpha3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
            assertThat(ReferenceData.dataset().states()).allSatisfy(state -> {
                assertThat(alpha2).contains(state.alpha2().code());
                assertThat(alpha3).contains(state.alpha3().code());
                assertThat(new Locale("", state.alpha2().code()).getISO3Country()).isEqualTo(state.alpha3().code());
                assertThat(state.id()).isEqualTo(state.alpha3().code());
                assertThat(state.numeric().code()).matches("[0-9]{3}");
            });
        }

        @Test
        void hasNoDuplicateCodesOrMembers() {
            List<State> states = ReferenceData.dataset().states();
            assertThat(states).extracting(State::alpha2).doesNotHaveDuplicates();
            assertThat(states).extracting(State::alpha3).doesNotHaveDuplicates();
            assertThat(ReferenceData.memberStates()).doesNotContainAnyElementsOf(ReferenceData.observerStates());
            assertThat(states).extracting(State::numeric).doesNotHaveDuplicates();
            assertThat(states).hasSize(193 + 2 + 1);
            assertThat(ReferenceData.memberStates().size() + ReferenceData.observerStates().size()).isEqualTo(175 + 4);
        }

        @Test
        void namesEveryUnStateInTheSixUnLanguagesAndTheCookIslandsAsTheSourcesDo() {
            assertThat(ReferenceData.dataset().states()).filteredOn(state -> !state.id().equals("COK")).allSatisfy(state ->
                    assertThat(state.name().asMap()).containsOnlyKeys("ar", "en", "es", "fr", "ru", "zh"));
            assertThat(ReferenceData.stateByCode("CK").orElseThrow().name().asMap()).containsOnlyKeys("en", "es", "fr");
            State civ = ReferenceData.stateByCode("CIV").orElseThrow();
            assertThat(civ.name().exactly(LanguageTag.FRENCH)).contains("Côte d’Ivoire");
            assertThat(civ.alternateName().asMap()).containsOnly(java.util.Map.entry("en", "Côte d'Ivoire"));
            assertThat(ReferenceData.stateByCode("KOR").orElseThrow().alternateName().asMap())
                    .containsOnly(java.util.Map.entry("en", "Korea, Republic of"));
            assertThat(ReferenceData.dataset().states()).filteredOn(state -> state.alternateName() != null)
                    .extracting(State::id).containsExactly("BOL", "CIV", "COD", "FSM", "GBR", "IRN", "KOR", "MDA", "NLD",
                            "TZA", "USA", "VAT", "VEN");
        }

        @Test
        void findsAStateByAlpha2OrAlpha3() {
            State switzerland = ReferenceData.state(CountryCode.parse("CH")).orElseThrow();
            assertThat(ReferenceData.state(CountryCode.parse("che"))).containsSame(switzerland);
            assertThat(switzerland.name().exactly(LanguageTag.ENGLISH)).contains("Switzerland");
            assertThat(ReferenceData.state(CountryCode.parse("756"))).containsSame(switzerland);
            assertThat(ReferenceData.state(CountryCode.parse("XK"))).isEmpty();
        }

        @Test
        void givesTheCurrentMembershipWithItsDateAtTheSourcesPrecision() {
            Membership russia = ReferenceData.iomMembership(CountryCode.parse("RU")).orElseThrow();
            assertThat(russia.role()).isEqualTo(MembershipRole.MEMBER);
            assertThat(russia.startDate()).isEqualTo(PartialDate.parse("2021-04-19"));
            assertThat(russia.endDate()).isNull();

            Membership kuwait = ReferenceData.iomMembership(CountryCode.parse("KWT")).orElseThrow();
            assertThat(kuwait.role()).isEqualTo(MembershipRole.OBSERVER);
            assertThat(kuwait.startDate()).isEqualTo(PartialDate.parse("2017-11"));

            Membership argentina = ReferenceData.iomMembership(CountryCode.parse("AR")).orElseThrow();
            assertThat(argentina.startDate()).isEqualTo(PartialDate.ofYear(1951));
            assertThat(notes(argentina.sources())).contains("CoW years are approximate");
        }

        @Test
        void keepsFormerObserverStatusAsEnded() {
            assertThat(ReferenceData.dataset().memberships())
                    .filteredOn(membership -> membership.member().id().equals("RUS") && membership.organisationRef().equals("iom"))
                    .extracting(Membership::role, Membership::endDate)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(MembershipRole.MEMBER, null),
                            org.assertj.core.groups.Tuple.tuple(MembershipRole.OBSERVER, PartialDate.parse("2021-04-19")));
        }

        @Test
        void givesEveryStateOneCurrentIomMembership() {
            assertThat(ReferenceData.dataset().states())
                    .filteredOn(state -> ReferenceData.iomMembership(state.alpha3()).isPresent())
                    .hasSize(175 + 4);
        }
    }

    @Nested
    class LookUps {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"CH", "ch", "CHE", "che", " Che "})
        void findsAStateByAlpha2OrAlpha3InAnyCase(String code) {
            assertThat(ReferenceData.stateByCode(code)).map(State::id).contains("CHE");
        }

        @ParameterizedTest(name = "[{index}] ''{0}''")
        @ValueSource(strings = {"", "C", "CHEE", "XX", "XXX", "756", "Suisse"})
        void findsNoStateForWhatIsNoCodeOfOne(String code) {
            assertThat(ReferenceData.stateByCode(code)).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Côte d’Ivoire", "cote d'ivoire", "COTE D\u2019IVOIRE", "  Côte   d'Ivoire ", "科特迪瓦",
                "كوت ديفوار", "Кот-д'Ивуар", "Côte d'Ivoire"})
        void findsAStateByNameInTheSixLanguagesWithCaseAccentsAndApostrophesFolded(String name) {
            assertThat(ReferenceData.stateByName(name.replace("\\u2019", "\u2019"))).map(State::id).contains("CIV");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"Suisse, CHE", "Suiza, CHE", "Швейцария, CHE", "瑞士, CHE", "سويسرا, CHE",
                "republic of korea, KOR", "'Korea, Republic of', KOR", "etats-unis d’amerique, USA", "Türkiye, TUR",
                "turkiye, TUR", "Îles Cook, COK"})
        void findsAStateByAnyOfItsNames(String name, String id) {
            assertThat(ReferenceData.stateByName(name)).map(State::id).contains(id);
        }

        @Test
        void findsNoStateByAnUnknownName() {
            assertThat(ReferenceData.stateByName("Atlantis")).isEmpty();
            assertThat(ReferenceData.stateByName("")).isEmpty();
        }

        @Test
        void tellsHowAStateVotedOnTheGlobalCompact() {
            assertThat(ReferenceData.voteOnGlobalCompact("CH")).contains(VoteOption.ABSTAIN);
            assertThat(ReferenceData.voteOnGlobalCompact("hun")).contains(VoteOption.NO);
            assertThat(ReferenceData.voteOnGlobalCompact("MA")).contains(VoteOption.YES);
            assertThat(ReferenceData.voteOnGlobalCompact("SVK")).contains(VoteOption.NOT_VOTING);
            assertThat(ReferenceData.voteOnGlobalCompact("VA")).isEmpty();
            assertThat(ReferenceData.voteOnGlobalCompact("CK")).isEmpty();
        }

        @Test
        void theAdoptionVoteCountsAsThePressReleaseAndListsEveryMemberState() {
            VoteEvent vote = ReferenceData.adoptionVote();
            assertThat(vote.countOf(VoteOption.YES)).contains(152);
            assertThat(vote.countOf(VoteOption.NO)).contains(5);
            assertThat(vote.countOf(VoteOption.ABSTAIN)).contains(12);
            assertThat(vote.countOf(VoteOption.NOT_VOTING)).contains(24);
            assertThat(vote.votes()).hasSize(193);
            assertThat(vote.documentRef()).hasToString("A/RES/73/195");
            assertThat(vote.startDate()).isEqualTo(java.time.LocalDate.of(2018, 12, 19));
            assertThat(vote.votes()).filteredOn(v -> v.option() == VoteOption.NO).extracting(Vote::voterRef)
                    .containsExactlyInAnyOrder("CZE", "HUN", "ISR", "POL", "USA");
            assertThat(ReferenceData.dataset().memberships()).filteredOn(m -> m.organisationRef().equals("united-nations")
                    && m.role() == MembershipRole.MEMBER).extracting(m -> m.member().id())
                    .containsExactlyInAnyOrderElementsOf(vote.votes().stream().map(Vote::voterRef).toList());
        }

        @Test
        void findsARecordByKindAndIdentifierAsAReferenceNamesIt() {
            assertThat(ReferenceData.record(RecordKind.ORGANISATION, "iom")).containsSame(ReferenceData.iom());
            assertThat(ReferenceData.record(RecordKind.STATE, "CHE")).containsSame(ReferenceData.stateByCode("CH").orElseThrow());
            assertThat(ReferenceData.record(RecordKind.STATE, "CH")).containsSame(ReferenceData.stateByCode("CH").orElseThrow());
            assertThat(ReferenceData.record(RecordKind.STATE, "che")).isEmpty();
            assertThat(ReferenceData.record(RecordKind.OBJECTIVE, "7")).containsSame(ReferenceData.objective(7));
            assertThat(ReferenceData.record(RecordKind.GUIDING_PRINCIPLE, "g")).containsSame(ReferenceData.guidingPrinciple('g'));
            assertThat(ReferenceData.record(RecordKind.DOCUMENT, "A/RES/73/195")).isPresent();
            assertThat(ReferenceData.record(RecordKind.VOTE_EVENT, "a-res-73-195-recorded-vote")).containsSame(ReferenceData.adoptionVote());
            assertThat(ReferenceData.record(RecordKind.PERSON, "iom")).isEmpty();
        }

        @Test
        void theDataHasItsOwnVersionAndDates() {
            assertThat(ReferenceData.version()).isEqualTo("2026.11.25");
            assertThat(ReferenceData.asOf()).isEqualTo(java.time.LocalDate.of(2026, 11, 25));
            assertThat(ReferenceData.dataset().metadata().gaps()).isNotEmpty()
                    .allSatisfy(gap -> assertThat(gap.reason()).isNotBlank());
        }

        @Test
        void theBundledDataIsValid() {
            assertThat(io.github.gcmdata.validation.GcmValidator.create().withReferenceData(false)
                    .validate(ReferenceData.dataset()).violations()).isEmpty();
        }

        @Test
        void everySourceSupportsAValueItsRecordHolds() {
            tools.jackson.databind.JsonNode tree = tools.jackson.databind.json.JsonMapper.builder().build()
                    .readTree(io.github.gcmdata.json.GcmJson.standard().write(ReferenceData.dataset()));
            for (RecordKind kind : RecordKind.values()) {
                tools.jackson.databind.JsonNode records = tree.path(kind.datasetProperty());
                for (int i = 0; i < records.size(); i++) {
                    tools.jackson.databind.JsonNode record = records.get(i);
                    for (tools.jackson.databind.JsonNode source : record.path("sources")) {
                        for (tools.jackson.databind.JsonNode supported : source.path("supports")) {
                            assertThat(record.at(supported.asString()).isMissingNode())
                                    .as("/%s/%d supports %s", kind.datasetProperty(), i, supported.asString()).isFalse();
                        }
                    }
                }
            }
        }
    }

    @Nested
    class Resolutions {

        @Test
        void holdsTheGcmResolutionWithItsDate() {
            UnDocument gcm = ReferenceData.resolutions().stream()
                    .filter(document -> document.symbol().symbol().equals("A/RES/73/195"))
                    .findFirst().orElseThrow();
            assertThat(gcm.date()).isEqualTo(PartialDate.parse("2018-12-19"));
            assertThat(gcm.name().exactly(LanguageTag.ENGLISH))
                    .contains("Global Compact for Safe, Orderly and Regular Migration");
        }

        @Test
        void holdsOnlyResolutionsInOrderOfSymbol() {
            assertThat(ReferenceData.resolutions()).extracting(UnDocument::kind).containsOnly(DocumentKind.RESOLUTION);
            assertThat(ReferenceData.resolutions()).extracting(document -> document.symbol().symbol())
                    .containsExactly("A/RES/47/4", "A/RES/71/1", "A/RES/71/280", "A/RES/72/244",
                            "A/RES/72/308", "A/RES/73/195", "A/RES/73/326");
        }

        @Test
        void leavesOutUnverifiedTitles() {
            UnDocument recalled = ReferenceData.resolutions().stream()
                    .filter(document -> document.symbol().symbol().equals("A/RES/72/244"))
                    .findFirst().orElseThrow();
            assertThat(recalled.name()).isNull();
            assertThat(notes(recalled.sources())).contains("title UNVERIFIED");
        }
    }

    @Nested
    class Sources {

        @Test
        void everyRecordCarriesAtLeastOneSource() {
            List<String> withSources = new ArrayList<>();
            List<String> without = new ArrayList<>();
            walk(ReferenceData.dataset(), "", withSources, without);
            assertThat(without).as("records without a source").isEmpty();
            assertThat(withSources).hasSizeGreaterThan(23 + 10 + 196 + 181 + 195 + 10 + 1);
        }

        @Test
        void everySourceSaysWhereOrWhat() {
            assertThat(allSources(ReferenceData.dataset())).allSatisfy(source -> {
                assertThat(source.url() != null || source.title() != null).as("url or title of %s", source).isTrue();
                assertThat(source.note()).isNotBlank();
                if (source.url() != null) {
                    assertThat(source.url().isWebAddress()).isTrue();
                }
            });
        }

        private List<Source> allSources(Object value) {
            List<Source> found = new ArrayList<>();
            collect(value, found);
            return found;
        }

        private void collect(Object value, List<Source> found) {
            if (value instanceof Source source) {
                found.add(source);
            } else if (value instanceof List<?> list) {
                list.forEach(element -> collect(element, found));
            } else if (value instanceof Record) {
                for (RecordComponent component : value.getClass().getRecordComponents()) {
                    collect(component(value, component), found);
                }
            }
        }

        /** Walks every record; a record type with a {@code sources} component must have one. */
        private void walk(Object value, String pointer, List<String> withSources, List<String> without) {
            if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    walk(list.get(i), pointer + "/" + i, withSources, without);
                }
            } else if (value instanceof Record && !(value instanceof Source)) {
                for (RecordComponent component : value.getClass().getRecordComponents()) {
                    Object child = component(value, component);
                    String name = component.getName();
                    if (name.equals("sources")) {
                        (((List<?>) child).isEmpty() ? without : withSources).add(pointer);
                    } else {
                        walk(child, pointer + "/" + name, withSources, without);
                    }
                }
            }
        }

        private Object component(Object record, RecordComponent component) {
            try {
                return component.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Nested
    class Format {

        @Test
        void theResourceIsCanonicalSoReadingAndWritingGivesTheSameBytes() throws IOException {
            String resource;
            try (InputStream in = ReferenceData.class.getResourceAsStream(ReferenceData.RESOURCE)) {
                assertThat(in).as(ReferenceData.RESOURCE).isNotNull();
                resource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Dataset read = GcmJson.standard().readDataset(resource);
            assertThat(GcmJson.pretty().write(read)).isEqualTo(resource);
            assertThat(GcmJson.pretty().write(ReferenceData.dataset())).isEqualTo(resource);
            assertThat(read).isEqualTo(ReferenceData.dataset());
        }

        @Test
        void aMissingResourceIsAnIllegalStateNamingIt() {
            assertThatThrownBy(() -> ReferenceData.loadIndex("/io/github/gcmdata/reference/missing.json"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("/io/github/gcmdata/reference/missing.json");
        }

        @Test
        void anUnreadableResourceIsAnIllegalStateNamingIt() {
            assertThatThrownBy(() -> ReferenceData.loadIndex("/io/github/gcmdata/reference/broken-dataset.json"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("/io/github/gcmdata/reference/broken-dataset.json");
        }
    }

    @Nested
    class LazyLoading {

        @Test
        void returnsTheSameInstanceEveryTime() {
            Dataset first = ReferenceData.dataset();
            assertThat(ReferenceData.dataset()).isSameAs(first);
            assertThat(ReferenceData.objectives()).isSameAs(ReferenceData.objectives());
            assertThat(ReferenceData.iom()).isSameAs(first.organisations().get(0));
        }

        @Test
        void manyThreadsCallingAtFirstUseSeeOneInstance() throws Exception {
            int threads = 32;
            try (URLClassLoader fresh = new URLClassLoader(new URL[] {
                    codeSource(ReferenceData.class), codeSource(ObjectMapper.class),
                    codeSource(JsonParser.class), codeSource(JsonProperty.class)},
                    ClassLoader.getPlatformClassLoader())) {
                Class<?> type = Class.forName(ReferenceData.class.getName(), false, fresh);
                assertThat(type).isNotSameAs(ReferenceData.class);
                Method dataset = type.getMethod("dataset");
                CountDownLatch start = new CountDownLatch(1);
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                try {
                    List<Callable<Object>> calls = Collections.nCopies(threads, () -> {
                        start.await();
                        return dataset.invoke(null);
                    });
                    List<Future<Object>> results = new ArrayList<>();
                    for (Callable<Object> call : calls) {
                        results.add(pool.submit(call));
                    }
                    start.countDown();
                    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
                    for (Future<Object> result : results) {
                        seen.add(result.get());
                    }
                    assertThat(seen).hasSize(1);
                    assertThat(seen.iterator().next().getClass().getClassLoader()).isSameAs(fresh);
                } finally {
                    pool.shutdownNow();
                }
            }
        }

        private URL codeSource(Class<?> type) throws IOException {
            try {
                return type.getProtectionDomain().getCodeSource().getLocation().toURI().toURL();
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
        }
    }

    @Test
    void everyListIsUnmodifiable() {
        List<List<?>> lists = List.of(ReferenceData.objectives(), ReferenceData.guidingPrinciples(),
                ReferenceData.memberStates(), ReferenceData.observerStates(), ReferenceData.resolutions());
        assertThat(lists).allSatisfy(list ->
                assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class));
    }
}
