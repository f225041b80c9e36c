package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.OneVotePerVoter;
import io.github.gcmdata.model.Vote;
import io.github.gcmdata.model.VoteEvent;
import io.github.gcmdata.validation.ViolationCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Validates {@link OneVotePerVoter}. */
public final class OneVotePerVoterValidator extends FindingValidator<OneVotePerVoter, VoteEvent> {

    /** Creates the validator. */
    public OneVotePerVoterValidator() {
    }

    @Override
    List<Finding> findings(VoteEvent event) {
        List<Finding> findings = new ArrayList<>();
        Map<String, Integer> first = new HashMap<>();
        List<Vote> votes = event.votes();
        for (int j = 0; j < votes.size(); j++) {
            Integer earlier = first.putIfAbsent(votes.get(j).voterRef(), j);
            if (earlier != null) {
                findings.add(Finding.at(ViolationCode.VOTE_VOTER_TWICE, "/votes/" + j + "/voterRef", "voterRef",
                        votes.get(j).voterRef(), "first", "/votes/" + earlier));
            }
        }
        return findings;
    }
}
