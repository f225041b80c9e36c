package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a voter voted, or that it did not: Popolo's vote options.
 *
 * <p>In JSON each constant is its lower-case name, such as {@code "yes"} or {@code "not_voting"}.
 */
public enum VoteOption {
    /** In favour. */
    @JsonProperty("yes")
    YES,
    /** Against. */
    @JsonProperty("no")
    NO,
    /** Present, and abstained. */
    @JsonProperty("abstain")
    ABSTAIN,
    /** Not present. */
    @JsonProperty("absent")
    ABSENT,
    /**
     * Did not vote, whether absent or present: the UN's "non-voting", where the record does not
     * say which.
     */
    @JsonProperty("not_voting")
    NOT_VOTING
}
