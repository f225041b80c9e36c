package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The role of a member in an organisation or initiative.
 *
 * <p>In JSON each constant is its lower-case name, such as {@code "member"}.
 */
public enum MembershipRole {
    /** A full member. */
    @JsonProperty("member")
    MEMBER,
    /** An observer. */
    @JsonProperty("observer")
    OBSERVER,
    /** An adviser. */
    @JsonProperty("adviser")
    ADVISER,
    /** A coordinator. */
    @JsonProperty("coordinator")
    COORDINATOR,
    /** A partner. */
    @JsonProperty("partner")
    PARTNER,
    /** A chair or co-chair, such as a co-chair of the GCM Champions initiative. */
    @JsonProperty("chair")
    CHAIR
}
