package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How people attend an event.
 *
 * <p>In JSON each constant is its lower-case name, such as {@code "in_person"}.
 */
public enum AttendanceMode {
    /** At a place. */
    @JsonProperty("in_person")
    IN_PERSON,
    /** Online only. */
    @JsonProperty("online")
    ONLINE,
    /** At a place and online. */
    @JsonProperty("hybrid")
    HYBRID
}
