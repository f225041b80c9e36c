package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The kind of an event.
 *
 * <p>In JSON each constant is its lower-case name, such as {@code "idm_session"}.
 */
public enum EventKind {
    /** A session of the International Dialogue on Migration. */
    @JsonProperty("idm_session")
    IDM_SESSION,
    /** A workshop. */
    @JsonProperty("workshop")
    WORKSHOP,
    /** A side event, held in the margins of another. */
    @JsonProperty("side_event")
    SIDE_EVENT,
    /** A session of a governing body, such as the IOM Council. */
    @JsonProperty("council_session")
    COUNCIL_SESSION,
    /** A forum, such as the International Migration Review Forum. */
    @JsonProperty("forum")
    FORUM,
    /** A consultation, such as the thematic consultations on the Global Compact. */
    @JsonProperty("consultation")
    CONSULTATION,
    /** A conference. */
    @JsonProperty("conference")
    CONFERENCE,
    /** A meeting of any other form. */
    @JsonProperty("meeting")
    MEETING,
    /** Any other kind. */
    @JsonProperty("other")
    OTHER
}
