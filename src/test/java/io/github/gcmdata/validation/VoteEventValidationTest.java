package io.github.gcmdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmdata.identifier.UnDocumentSymbol;
import io.github.gcmdata.model.Vote;
import io.github.gcmdata.model.VoteCount;
import io.github.gcmdata.model.VoteEvent;
import io.github.gcmdata.model.VoteOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The rules of a recorded vote: counts that agree with the votes, one vote per voter. */
class VoteEventValidationTest {

    private static final GcmValidator VALIDATOR = GcmValidator.create();

    private static VoteEvent vote(List<VoteCount> counts, List<Vote> votes) {
        return new VoteEvent("vote", "un-general-assembly", UnDocumentSymbol.parse("A/RES/73/195"),
                LocalDate.of(2018, 12, 19), counts, votes, null);
    }

    @Test
    void acceptsCountsThatAreTheNumbersOfTheVotes() {
        VoteEvent event = vote(
                List.of(new VoteCount(VoteOption.YES, 2), new VoteCount(VoteOption.NO, 1), new VoteCount(VoteOption.ABSENT, 0)),
                List.of(new Vote("CHE", VoteOption.YES), new Vote("MAR", VoteOption.YES), new Vote("HUN", VoteOption.NO)));

        assertThat(VALIDATOR.validate(event).violations()).isEmpty();
        assertThat(event.voteOf("HUN")).contains(VoteOption.NO);
        assertThat(event.voteOf("FRA")).isEmpty();
        assertThat(event.countOf(VoteOption.YES)).contains(2);
        assertThat(event.countOf(VoteOption.ABSTAIN)).isEmpty();
    }

    @Test
    void acceptsTotalsWithoutARollCall() {
        assertThat(VALIDATOR.validate(vote(List.of(new VoteCount(VoteOption.YES, 152)), List.of())).violations()).isEmpty();
    }

    @Test
    void reportsEachCountThatDisagreesWithTheVotesAtItsValue() {
        VoteEvent event = vote(
                List.of(new VoteCount(VoteOption.YES, 152), new VoteCount(VoteOption.NO, 1), new VoteCount(VoteOption.NOT_VOTING, 3)),
                List.of(new Vote("CHE", VoteOption.YES), new Vote("HUN", VoteOption.NO)));

        List<Violation> violations = VALIDATOR.validate(event).violations();

        assertThat(violations).extracting(Violation::path, Violation::code, Violation::invalidValue).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("/counts/0/value", "vote.countMismatch", "152"),
                org.assertj.core.groups.Tuple.tuple("/counts/2/value", "vote.countMismatch", "3"));
        assertThat(violations).extracting(Violation::message).contains(
                "value: count of \"yes\" should be 1, the number of its votes, was 152",
                "value: count of \"not_voting\" should be 0, the number of its votes, was 3");
    }

    @Test
    void reportsEveryLaterVoteOfAVoterAtItsVoterRef() {
        VoteEvent event = vote(List.of(),
                List.of(new Vote("CHE", VoteOption.YES), new Vote("HUN", VoteOption.NO), new Vote("CHE", VoteOption.ABSTAIN),
                        new Vote("CHE", VoteOption.NO)));

        List<Violation> violations = VALIDATOR.validate(event).violations();

        assertThat(violations).extracting(Violation::path).containsExactlyInAnyOrder("/votes/2/voterRef", "/votes/3/voterRef");
        assertThat(violations).allSatisfy(violation -> {
            assertThat(violation.code()).isEqualTo("vote.voterTwice");
            assertThat(violation.message()).isEqualTo("voterRef: CHE should vote once, already voted at /votes/0");
        });
        assertThat(event.voteOf("CHE")).contains(VoteOption.YES);
    }

    @Test
    void saysSoInFrenchAndSpanish() {
        VoteEvent event = vote(List.of(new VoteCount(VoteOption.NO, 2)),
                List.of(new Vote("HUN", VoteOption.NO), new Vote("HUN", VoteOption.NO)));

        assertThat(GcmValidator.create(Locale.FRENCH).validate(event).violations()).extracting(Violation::message)
                .containsExactlyInAnyOrder("voterRef: HUN ne devrait voter qu’une fois, a déjà voté en /votes/0");
        assertThat(GcmValidator.create(new Locale("es")).validate(vote(List.of(new VoteCount(VoteOption.NO, 2)),
                List.of(new Vote("HUN", VoteOption.NO)))).violations()).extracting(Violation::message)
                .containsExactly("value: el recuento de «no» debería ser 1, el número de sus votos, y no 2");
    }
}
