package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The part of a day an untimed agenda item takes place in: "on Tuesday morning".
 *
 * <p>In JSON each constant is its lower-case name, such as {@code "morning"}.
 */
public enum PartOfDay {
    /** The morning. */
    @JsonProperty("morning")
    MORNING,
    /** The afternoon. */
    @JsonProperty("afternoon")
    AFTERNOON,
    /** The evening. */
    @JsonProperty("evening")
    EVENING
}
