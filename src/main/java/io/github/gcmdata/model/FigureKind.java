package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a dated figure counts: of an organisation (its member states, offices, staff), of an
 * event (its participants, delegations, sessions) or of a group (its members and advisers).
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
    STAFF,
    /** Members of any kind, such as the persons or organisations of a group or network. */
    @JsonProperty("members")
    MEMBERS,
    /** Advisers. */
    @JsonProperty("advisers")
    ADVISERS,
    /** Participants. */
    @JsonProperty("participants")
    PARTICIPANTS,
    /** Delegations. */
    @JsonProperty("delegations")
    DELEGATIONS,
    /** Speakers. */
    @JsonProperty("speakers")
    SPEAKERS,
    /** Sessions, such as the sessions planned in a year. */
    @JsonProperty("sessions")
    SESSIONS,
    /** Papers, such as the papers commissioned for a conference. */
    @JsonProperty("papers")
    PAPERS,
    /** Countries, such as the countries represented at an event. */
    @JsonProperty("countries")
    COUNTRIES,
    /** Organisations, such as the organisations represented at an event. */
    @JsonProperty("organisations")
    ORGANISATIONS,
    /** People assisted, such as the people evacuated. */
    @JsonProperty("people_assisted")
    PEOPLE_ASSISTED
}
