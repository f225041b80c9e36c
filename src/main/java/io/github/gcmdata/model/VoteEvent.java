package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.CountsMatchVotes;
import io.github.gcmdata.constraints.OneVotePerVoter;
import io.github.gcmdata.constraints.ValidId;
import io.github.gcmdata.identifier.UnDocumentSymbol;
import io.github.gcmdata.internal.Components;
import io.github.gcmdata.internal.GenerateBuilder;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A recorded vote of a body on a document: Popolo's {@code VoteEvent}, such as the General
 * Assembly's recorded vote of 19 December 2018 that adopted A/RES/73/195, with each state's vote and
 * the totals.
 *
 * <pre>{@code
 * VoteEvent adoption = ReferenceData.adoptionVote();
 * adoption.voteOf("CHE");      // Optional[ABSTAIN]
 * adoption.counts();           // 152 yes, 5 no, 12 abstain, 24 not voting
 * }</pre>
 *
 * <p>Validation checks that the counts agree with the votes, when the record lists votes
 * ({@code vote.countMismatch}), that no voter votes twice ({@code vote.voterTwice}), and, in a
 * dataset, that every voter and the body and document resolve. A record may hold counts only, for
 * a vote whose roll call is unknown.
 *
 * <p>Immutable: lists are copied on the way in and never null; a missing list is empty.
 *
 * @param id  the identifier of the vote, unique among the dataset's vote events, not null
 * @param organisationRef  the identifier of the body that votes, such as the General Assembly, not null
 * @param documentRef  the symbol of the document voted on, as the vote is known: the resolution it
 *     adopted, or the draft, or null
 * @param startDate  the day of the vote, not null
 * @param counts  how many voters chose each option, as the body announced them
 * @param votes  each voter's vote
 * @param sources  where the facts come from
 */
@GenerateBuilder
@JsonInclude(JsonInclude.Include.NON_NULL)
@CountsMatchVotes
@OneVotePerVoter
public record VoteEvent(
        @JsonProperty(required = true) @RecordId @ValidId String id,
        @JsonProperty(required = true) @RefersTo(Organisation.class) @ValidId String organisationRef,
        @RefersTo(UnDocument.class) UnDocumentSymbol documentRef,
        @JsonProperty(required = true) @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate startDate,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid VoteCount> counts,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Vote> votes,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Source> sources) {

    /**
     * Checks that required components are present and copies the lists.
     *
     * @param id  the identifier of the vote, not null
     * @param organisationRef  the identifier of the body that votes, not null
     * @param documentRef  the symbol of the document voted on, or null
     * @param startDate  the day of the vote, not null
     * @param counts  how many voters chose each option
     * @param votes  each voter's vote
     * @param sources  where the facts come from
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public VoteEvent {
        Components.required(id, "id");
        Components.required(organisationRef, "organisationRef");
        Components.required(startDate, "startDate");
        counts = Components.copy(counts, "counts");
        votes = Components.copy(votes, "votes");
        sources = Components.copy(sources, "sources");
    }

    /**
     * Starts building a {@code VoteEvent} from its required components; every other component
     * starts absent, and every list empty.
     *
     * @param id  the identifier of the vote, not null
     * @param organisationRef  the identifier of the body that votes, not null
     * @param startDate  the day of the vote, not null
     * @return a new builder, not null
     */
    public static Builder builder(String id, String organisationRef, LocalDate startDate) {
        return new Builder().id(id).organisationRef(organisationRef).startDate(startDate);
    }

    /**
     * Returns a builder holding this record's components, for a modified copy:
     *
     * <pre>{@code
     * VoteEvent totalsOnly = adoption.toBuilder().votes(List.of()).build();
     * }</pre>
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        return new Builder().copyFrom(this);
    }

    /**
     * Builds a {@code VoteEvent} one component at a time. The builder is mutable and not
     * thread-safe; the record it builds is immutable.
     *
     * <pre>{@code
     * VoteEvent vote = VoteEvent.builder("my-vote", "un-general-assembly", LocalDate.of(2018, 12, 19))
     *         .documentRef(UnDocumentSymbol.parse("A/RES/73/195"))
     *         .counts(new VoteCount(VoteOption.YES, 152), new VoteCount(VoteOption.NO, 5))
     *         .build();
     * }</pre>
     */
    public static final class Builder extends VoteEventBuilderBase {
        private Builder() {
        }
    }

    /**
     * Returns how a voter voted.
     *
     * @param voterRef  the identifier of the voter, such as a state's {@code CHE}, not null
     * @return its first vote in {@link #votes()}, or empty if the record lists none for it
     */
    public Optional<VoteOption> voteOf(String voterRef) {
        return votes.stream().filter(vote -> vote.voterRef().equals(voterRef)).map(Vote::option).findFirst();
    }

    /**
     * Returns the announced count of one option.
     *
     * @param option  the option, not null
     * @return the first count of that option in {@link #counts()}, or empty if none is given
     */
    public Optional<Integer> countOf(VoteOption option) {
        return counts.stream().filter(count -> count.option() == option).map(VoteCount::value).findFirst();
    }
}
