package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a dated figure of an organisation counts.
 *
 * <p>In JSON each constant is its lower-case name, such as {@code "member_states"}.
 */
public enum FigureKind {
    /** Member states. */
    @JsonProperty("member_states")
    MEMBER_STATES,
    /** Observer states. */
    @JsonProperty("observer_states")
    OBSERVER_STATES,
    /** Countries where the organisation is present. */
    @JsonProperty("countries_of_presence")
    COUNTRIES_OF_PRESENCE,
    /** Offices. */
    @JsonProperty("offices")
    OFFICES,
    /** Staff members. */
    @JsonProperty("staff")
    STAFF
}
