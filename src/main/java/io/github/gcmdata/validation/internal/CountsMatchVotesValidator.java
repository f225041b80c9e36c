package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.CountsMatchVotes;
import io.github.gcmdata.internal.JsonNames;
import io.github.gcmdata.model.Vote;
import io.github.gcmdata.model.VoteCount;
import io.github.gcmdata.model.VoteEvent;
import io.github.gcmdata.model.VoteOption;
import io.github.gcmdata.validation.ViolationCode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Validates {@link CountsMatchVotes}. */
public final class CountsMatchVotesValidator extends FindingValidator<CountsMatchVotes, VoteEvent> {

    /** Creates the validator. */
    public CountsMatchVotesValidator() {
    }

    @Override
    List<Finding> findings(VoteEvent event) {
        List<Finding> findings = new ArrayList<>();
        if (event.votes().isEmpty()) {
            return findings;
        }
        Map<VoteOption, Integer> tally = new EnumMap<>(VoteOption.class);
        for (Vote vote : event.votes()) {
            tally.merge(vote.option(), 1, Integer::sum);
        }
        List<VoteCount> counts = event.counts();
        for (int i = 0; i < counts.size(); i++) {
            VoteCount count = counts.get(i);
            int votes = tally.getOrDefault(count.option(), 0);
            if (count.value() != votes) {
                findings.add(Finding.at(ViolationCode.VOTE_COUNT_MISMATCH, "/counts/" + i + "/value", "value", count.value(),
                        "option", JsonNames.of(count.option()), "votes", votes));
            }
        }
        return findings;
    }
}
