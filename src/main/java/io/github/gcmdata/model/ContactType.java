package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a contact point is for.
 *
 * <p>In JSON each constant is its lower-case name, such as {@code "general"}.
 */
public enum ContactType {
    /** General enquiries. */
    @JsonProperty("general")
    GENERAL,
    /** Press and media enquiries. */
    @JsonProperty("press")
    PRESS,
    /** Registration for an event. */
    @JsonProperty("registration")
    REGISTRATION,
    /** The logistics of an event: travel, visas, venue. */
    @JsonProperty("logistics")
    LOGISTICS
}
