package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a speaker takes part, where the agenda says so.
 *
 * <p>In JSON each constant is its lower-case name, such as {@code "in_person"}.
 */
public enum Modality {
    /** In the room. */
    @JsonProperty("in_person")
    IN_PERSON,
    /** Live, from elsewhere. */
    @JsonProperty("remote")
    REMOTE,
    /** Through a recorded video message. */
    @JsonProperty("video_message")
    VIDEO_MESSAGE
}
