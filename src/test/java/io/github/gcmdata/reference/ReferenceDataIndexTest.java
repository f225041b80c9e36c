package io.github.gcmdata.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gcmdata.identifier.CountryCode;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.DatedFigure;
import io.github.gcmdata.model.DocumentKind;
import io.github.gcmdata.model.FigureKind;
import io.github.gcmdata.model.GcmObjective;
import io.github.gcmdata.model.GuidingPrinciple;
import io.github.gcmdata.model.LocalizedText;
import io.github.gcmdata.model.Membership;
import io.github.gcmdata.model.MembershipRole;
import io.github.gcmdata.model.Organisation;
import io.github.gcmdata.model.PartialDate;
import io.github.gcmdata.model.RecordKind;
import io.github.gcmdata.model.State;
import io.github.gcmdata.model.UnDocument;
import io.github.gcmdata.model.VoteEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The look-up tables {@link ReferenceData} builds from its dataset, built here afresh from the
 * bundled dataset and from altered copies of it: what each table holds, and the incomplete data
 * each check refuses with a message naming what is missing.
 */
class ReferenceDataIndexTest {

    private static final Dataset BUNDLED = ReferenceData.load(ReferenceData.RESOURCE);

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    private static <T> List<T> without(List<T> list, Predicate<T> leftOut) {
        return list.stream().filter(leftOut.negate()).collect(Collectors.toList());
    }

    private static Membership iomMembership(String stateId) {
        return BUNDLED.memberships().stream()
                .filter(m -> m.organisationRef().equals("iom") && m.endDate() == null && m.member().id().equals(stateId))
                .findFirst().orElseThrow();
    }

    @Nested
    class TheBundledData {

        private final ReferenceData.Index index = new ReferenceData.Index(BUNDLED);

        @Test
        void listsObjectivesPrinciplesAndStatesInTheirOrder() {
            assertThat(index.objectives).extracting(GcmObjective::number).isSorted().hasSize(23);
            assertThat(index.guidingPrinciples).extracting(GuidingPrinciple::letter).isSorted().hasSize(10);
            assertThat(index.states).extracting(State::id).isSorted().hasSize(BUNDLED.states().size());
        }

        @Test
        void findsIomAndItsLatestMemberCount() {
            assertThat(index.iom.id()).isEqualTo("iom");
            assertThat(index.currentAsOf).isEqualTo(PartialDate.parse("2023-10"));
            assertThat(index.memberStates).hasSize(175);
            assertThat(index.currentMemberships).hasSize(175 + index.observerStates.size());
            assertThat(index.observerStates).allSatisfy(state ->
                    assertThat(index.currentMemberships.get(state.id()).role()).isEqualTo(MembershipRole.OBSERVER));
        }

        @Test
        void findsAStateByEachOfItsCodesAndNames() {
            State swiss = index.statesByCode.get(CountryCode.parse("CH"));

            assertThat(swiss.id()).isEqualTo("CHE");
            assertThat(index.statesByCode.get(CountryCode.parse("CHE"))).isSameAs(swiss);
            assertThat(index.statesByCode.get(swiss.numeric())).isSameAs(swiss);
            assertThat(index.statesByName.get(ReferenceData.fold("Suisse"))).isSameAs(swiss);
            assertThat(index.statesByName.get(ReferenceData.fold("Швейцария"))).isSameAs(swiss);
        }

        @Test
        void findsRecordsByEveryIdentifierAndAStateByItsAlpha2Code() {
            State swiss = index.statesByCode.get(CountryCode.parse("CH"));

            assertThat(index.records.get(RecordKind.STATE).get("CHE")).isSameAs(swiss);
            assertThat(index.records.get(RecordKind.STATE).get("CH")).isSameAs(swiss);
            assertThat(index.records.get(RecordKind.ORGANISATION).get("iom")).isSameAs(index.iom);
            assertThat(index.records.get(RecordKind.DOCUMENT).get("A/RES/73/195")).isInstanceOf(UnDocument.class);
            assertThat(index.records).containsOnlyKeys(RecordKind.values());
        }

        @Test
        void listsOnlyResolutionsInOrderOfSymbol() {
            assertThat(index.resolutions).isNotEmpty().allSatisfy(document ->
                    assertThat(document.kind()).isEqualTo(DocumentKind.RESOLUTION));
            assertThat(index.resolutions).extracting(UnDocument::symbol).isSorted();
            assertThat(index.resolutions).hasSize((int) BUNDLED.documents().stream()
                    .filter(document -> document.kind() == DocumentKind.RESOLUTION).count());
            assertThat(index.adoptionVote.id()).isEqualTo(ReferenceData.ADOPTION_VOTE_ID);
        }

        @Test
        void noTableCanBeChangedByItsUsers() {
            assertThat(index.records.values()).allSatisfy(byId -> assertThatThrownBy(() -> byId.put("x", "y"))
                    .isInstanceOf(UnsupportedOperationException.class));
            List<Map<?, ?>> maps = List.of(index.statesByCode, index.statesByName, index.currentMemberships);
            assertThat(maps).allSatisfy(map -> assertThatThrownBy(map::clear).isInstanceOf(UnsupportedOperationException.class));
        }
    }

    @Nested
    class DataInAnotherOrder {

        private final ReferenceData.Index index = new ReferenceData.Index(BUNDLED.toBuilder()
                .organisations(reversed(BUNDLED.organisations()))
                .states(reversed(BUNDLED.states()))
                .objectives(reversed(BUNDLED.objectives()))
                .guidingPrinciples(reversed(BUNDLED.guidingPrinciples()))
                .documents(reversed(BUNDLED.documents()))
                .build());

        @Test
        void isSortedAsTheLookUpsNeed() {
            ReferenceData.Index bundled = new ReferenceData.Index(BUNDLED);

            assertThat(index.iom.id()).as("IOM by its identifier, not by its place").isEqualTo("iom");
            assertThat(index.objectives).isEqualTo(bundled.objectives);
            assertThat(index.guidingPrinciples).isEqualTo(bundled.guidingPrinciples);
            assertThat(index.states).isEqualTo(bundled.states);
            assertThat(index.memberStates).isEqualTo(bundled.memberStates);
            assertThat(index.observerStates).isEqualTo(bundled.observerStates);
            assertThat(index.resolutions).isEqualTo(bundled.resolutions);
        }
    }

    @Nested
    class Figures {

        private Dataset withIomFigures(List<DatedFigure> figures) {
            List<Organisation> organisations = BUNDLED.organisations().stream()
                    .map(o -> o.id().equals("iom") ? o.toBuilder().figures(figures).build() : o)
                    .collect(Collectors.toList());
            return BUNDLED.toBuilder().organisations(organisations).build();
        }

        @Test
        void currentAsOfIsTheLatestMemberCountNotTheLatestFigure() {
            List<DatedFigure> figures = new ArrayList<>(new ReferenceData.Index(BUNDLED).iom.figures());
            figures.add(DatedFigure.builder(FigureKind.OFFICES, 590, PartialDate.parse("2026-01")).build());

            assertThat(new ReferenceData.Index(withIomFigures(figures)).currentAsOf).isEqualTo(PartialDate.parse("2023-10"));
        }

        @Test
        void withoutAMemberCountTheDataIsIncomplete() {
            List<DatedFigure> figures = without(new ReferenceData.Index(BUNDLED).iom.figures(),
                    figure -> figure.kind() == FigureKind.MEMBER_STATES);

            assertThatThrownBy(() -> new ReferenceData.Index(withIomFigures(figures)))
                    .isInstanceOf(IllegalStateException.class).hasMessage("no member-state count for iom");
        }
    }

    @Nested
    class Memberships {

        @Test
        void onlyCurrentMembershipsOfIomCount() {
            Membership swiss = iomMembership("CHE");
            List<Membership> memberships = without(BUNDLED.memberships(), m -> m == swiss);
            memberships.add(swiss.toBuilder().id("iom-ended-CHE").endDate(PartialDate.parse("2020")).build());
            memberships.add(swiss.toBuilder().id("other-CHE").organisationRef("un-network-on-migration").build());

            ReferenceData.Index index = new ReferenceData.Index(BUNDLED.toBuilder().memberships(memberships).build());

            assertThat(index.currentMemberships).doesNotContainKey("CHE");
            assertThat(index.memberStates).extracting(State::id).doesNotContain("CHE").hasSize(174);
        }

        @Test
        void aMembershipWithoutRoleMakesNeitherMemberNorObserver() {
            Membership swiss = iomMembership("CHE");
            List<Membership> memberships = without(BUNDLED.memberships(), m -> m == swiss);
            memberships.add(swiss.toBuilder().role(null).build());

            ReferenceData.Index index = new ReferenceData.Index(BUNDLED.toBuilder().memberships(memberships).build());

            assertThat(index.currentMemberships).containsKey("CHE");
            assertThat(index.memberStates).extracting(State::id).doesNotContain("CHE");
            assertThat(index.observerStates).extracting(State::id).doesNotContain("CHE");
        }

        @Test
        void anObserverIsNoMember() {
            Membership swiss = iomMembership("CHE");
            List<Membership> memberships = without(BUNDLED.memberships(), m -> m == swiss);
            memberships.add(swiss.toBuilder().role(MembershipRole.OBSERVER).build());

            ReferenceData.Index index = new ReferenceData.Index(BUNDLED.toBuilder().memberships(memberships).build());

            assertThat(index.memberStates).extracting(State::id).doesNotContain("CHE");
            assertThat(index.observerStates).extracting(State::id).contains("CHE");
        }

        @Test
        void twoCurrentMembershipsOfOneStateAreRefused() {
            List<Membership> memberships = new ArrayList<>(BUNDLED.memberships());
            memberships.add(iomMembership("CHE").toBuilder().id("iom-again-CHE").build());

            assertThatThrownBy(() -> new ReferenceData.Index(BUNDLED.toBuilder().memberships(memberships).build()))
                    .isInstanceOf(IllegalStateException.class).hasMessage("two current IOM memberships for CHE");
        }
    }

    @Nested
    class IncompleteData {

        @Test
        void withoutIom() {
            assertThatThrownBy(() -> new ReferenceData.Index(BUNDLED.toBuilder()
                    .organisations(without(BUNDLED.organisations(), o -> o.id().equals("iom"))).build()))
                    .isInstanceOf(IllegalStateException.class).hasMessage("no organisation with id iom");
        }

        @Test
        void twoStatesWithOneCode() {
            State swiss = BUNDLED.states().stream().filter(s -> s.id().equals("CHE")).findFirst().orElseThrow();
            List<State> states = new ArrayList<>(BUNDLED.states());
            states.add(State.builder("XCH", LocalizedText.of("en", "Another Switzerland")).alpha2(swiss.alpha2()).build());

            assertThatThrownBy(() -> new ReferenceData.Index(BUNDLED.toBuilder().states(states).build()))
                    .isInstanceOf(IllegalStateException.class).hasMessage("two states with code CH");
        }

        @Test
        void theAdoptionVoteIsFoundByItsIdentifierAmongOthers() {
            VoteEvent adoption = BUNDLED.voteEvents().get(0);
            VoteEvent other = adoption.toBuilder().id("another-recorded-vote").build();

            ReferenceData.Index index = new ReferenceData.Index(BUNDLED.toBuilder().voteEvents(other, adoption).build());

            assertThat(index.adoptionVote.id()).isEqualTo(ReferenceData.ADOPTION_VOTE_ID);
        }

        @Test
        void withoutTheAdoptionVote() {
            assertThatThrownBy(() -> new ReferenceData.Index(BUNDLED.toBuilder().voteEvents(List.of()).build()))
                    .isInstanceOf(IllegalStateException.class).hasMessage("no vote event a-res-73-195-recorded-vote");
        }

        @Test
        void anObjectiveMissingInTheMiddle() {
            assertThatThrownBy(() -> new ReferenceData.Index(BUNDLED.toBuilder()
                    .objectives(without(BUNDLED.objectives(), o -> o.number() == 7)).build()))
                    .isInstanceOf(IllegalStateException.class).hasMessage("objectives are not numbered 1 to 23");
        }

        @Test
        void theLastObjectiveMissing() {
            assertThatThrownBy(() -> new ReferenceData.Index(BUNDLED.toBuilder()
                    .objectives(without(BUNDLED.objectives(), o -> o.number() == 23)).build()))
                    .isInstanceOf(IllegalStateException.class).hasMessage("expected 23 objectives, found 22");
        }

        @Test
        void aGuidingPrincipleMissingInTheMiddle() {
            assertThatThrownBy(() -> new ReferenceData.Index(BUNDLED.toBuilder()
                    .guidingPrinciples(without(BUNDLED.guidingPrinciples(), p -> p.letter().equals("c"))).build()))
                    .isInstanceOf(IllegalStateException.class).hasMessage("guiding principles are not lettered a to j");
        }

        @Test
        void theLastGuidingPrincipleMissing() {
            assertThatThrownBy(() -> new ReferenceData.Index(BUNDLED.toBuilder()
                    .guidingPrinciples(without(BUNDLED.guidingPrinciples(), p -> p.letter().equals("j"))).build()))
                    .isInstanceOf(IllegalStateException.class).hasMessage("expected 10 guiding principles, found 9");
        }

        @Test
        void anEleventhGuidingPrinciple() {
            List<GuidingPrinciple> principles = new ArrayList<>(BUNDLED.guidingPrinciples());
            principles.sort(Comparator.comparing(GuidingPrinciple::letter));
            principles.add(new GuidingPrinciple("k", LocalizedText.of("en", "Eleventh"), null, List.of()));

            assertThatThrownBy(() -> new ReferenceData.Index(BUNDLED.toBuilder().guidingPrinciples(principles).build()))
                    .isInstanceOf(IllegalStateException.class).hasMessage("expected 10 guiding principles, found 11");
        }
    }
}
