package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The kind of a timed agenda item.
 *
 * <p>In JSON each constant is its lower-case name, such as {@code "opening"}.
 */
public enum AgendaItemKind {
    /** An opening segment. */
    @JsonProperty("opening")
    OPENING,
    /** A keynote. */
    @JsonProperty("keynote")
    KEYNOTE,
    /** A panel discussion. */
    @JsonProperty("panel")
    PANEL,
    /** A session of another form. */
    @JsonProperty("session")
    SESSION,
    /** A break. */
    @JsonProperty("break")
    BREAK,
    /** A closing segment. */
    @JsonProperty("closing")
    CLOSING,
    /** Any other kind. */
    @JsonProperty("other")
    OTHER
}
