package io.github.gcmdata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.GcmObjective;
import io.github.gcmdata.model.LocalizedText;
import io.github.gcmdata.model.MembershipRole;
import io.github.gcmdata.model.Organisation;
import io.github.gcmdata.model.VoteEvent;
import io.github.gcmdata.reference.ReferenceData;
import io.github.gcmdata.validation.GcmValidator;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ExportCommandTest {

    private static Dataset exported(String... args) {
        MainTest.Result result = MainTest.run(args);
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        return GcmJson.standard().readDataset(result.out());
    }

    @Nested
    class Selections {

        @Test
        void objectivesAreThe23WithNothingElse() {
            Dataset dataset = exported("export", "objectives");

            assertThat(dataset.objectives()).extracting(GcmObjective::number).containsExactly(
                    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23);
            assertThat(dataset.guidingPrinciples()).isEmpty();
            assertThat(dataset.states()).isEmpty();
        }

        @Test
        void principlesAreTheTen() {
            assertThat(exported("export", "principles").guidingPrinciples()).hasSize(10);
        }

        @Test
        void memberStatesComeWithIomAndTheirMembershipsSoThatEveryReferenceResolves() {
            Dataset dataset = exported("export", "member-states");

            assertThat(dataset.states()).hasSize(175);
            assertThat(dataset.memberships()).hasSize(175)
                    .allSatisfy(membership -> assertThat(membership.role()).isEqualTo(MembershipRole.MEMBER));
            assertThat(dataset.organisations()).containsExactly(ReferenceData.iom());
            assertThat(GcmValidator.create().validate(dataset).violations()).isEmpty();
        }

        @Test
        void allIsTheBundledDatasetExactly() {
            MainTest.Result result = MainTest.run("export", "all");

            assertThat(result.out()).isEqualTo(GcmJson.pretty().write(ReferenceData.dataset()));
        }
    }

    @Nested
    class Languages {

        @Test
        void reducesEveryTextToTheAskedLanguage() {
            Dataset dataset = exported("export", "objectives", "--lang", "fr");

            assertThat(dataset.objectives().get(0).name().asMap()).isEqualTo(Map.of("fr",
                    ReferenceData.objective(1).name().exactly(LanguageTag.FRENCH).orElseThrow()));
            assertThat(dataset.objectives()).allSatisfy(objective -> {
                assertThat(objective.name().asMap()).hasSize(1);
                assertThat(objective.shortName().asMap()).hasSize(1);
            });
        }

        @Test
        void fallsBackToEnglishWhereTheDataHasNoTextInTheLanguage() {
            LocalizedText objective18 = ReferenceData.objective(18).name();
            assertThat(objective18.exactly(LanguageTag.parse("ru"))).as("precondition: no sourced Russian title").isEmpty();

            Dataset dataset = exported("export", "objectives", "--lang", "ru");

            assertThat(dataset.objectives().get(17).name().asMap())
                    .isEqualTo(Map.of("en", objective18.exactly(LanguageTag.ENGLISH).orElseThrow()));
        }

        @Test
        void printsStatesInArabicChineseAndRussian() {
            assertThat(exported("export", "states", "--lang", "ar").states()).filteredOn(state -> state.id().equals("CHE"))
                    .singleElement().satisfies(state -> assertThat(state.name().asMap()).isEqualTo(Map.of("ar", "سويسرا")));
            assertThat(exported("export", "states", "--lang", "zh").states()).filteredOn(state -> state.id().equals("CHE"))
                    .singleElement().satisfies(state -> assertThat(state.name().asMap()).isEqualTo(Map.of("zh", "瑞士")));
            Dataset russian = exported("export", "states", "--lang", "ru");
            assertThat(russian.states()).hasSize(196);
            assertThat(russian.states()).filteredOn(state -> state.id().equals("CHE"))
                    .singleElement().satisfies(state -> assertThat(state.name().asMap()).isEqualTo(Map.of("ru", "Швейцария")));
            assertThat(GcmValidator.create().withReferenceData(false).validate(russian).violations()).isEmpty();
        }

        @Test
        void printsTheVoteWithWhatItRefersTo() {
            Dataset vote = exported("export", "vote");
            assertThat(vote.voteEvents()).singleElement().satisfies(event -> assertThat(event.votes()).hasSize(193));
            VoteEvent event = vote.voteEvents().get(0);
            Organisation body = ReferenceData.dataset().organisations().stream()
                    .filter(organisation -> organisation.id().equals(event.organisationRef())).findFirst().orElseThrow();
            assertThat(vote.organisations()).as("the body that voted and the organisation it belongs to, no other")
                    .extracting(Organisation::id).containsExactlyInAnyOrder(body.id(), body.parentOrganization().id());
            assertThat(vote.documents()).as("the document voted on, no other")
                    .extracting(document -> document.symbol().toString()).containsExactly(event.documentRef().toString());
            assertThat(GcmValidator.create().withReferenceData(false).validate(vote).violations()).isEmpty();
        }

        @Test
        void aReducedExportIsStillValid() {
            assertThat(GcmValidator.create().validate(exported("export", "all", "--lang", "es")).violations()).isEmpty();
        }
    }

    @Nested
    class UsageErrors {

        @Test
        void anUnknownSelectionIsAUsageError() {
            MainTest.Result result = MainTest.run("export", "planets");

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.out()).isEmpty();
            assertThat(result.err().strip()).isEqualTo("gcm export: expected objectives, principles, states, member-states, vote or all,"
                    + " was 'planets' (see 'gcm export --help')");
        }

        @Test
        void anUnsupportedLanguageIsAUsageError() {
            MainTest.Result result = MainTest.run("export", "all", "--lang", "de");

            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).contains("--lang should be ar, zh, en, fr, ru or es, was 'de'").doesNotContain("Exception");
        }
    }
}
