package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a link leads to: a recording, a live stream, a concept note, an agenda, a report, a
 * registration form.
 *
 * <p>In JSON each constant is its lower-case name, such as {@code "concept_note"}.
 */
public enum LinkKind {
    /** A recording of the event or of a speech. */
    @JsonProperty("recording")
    RECORDING,
    /** A live stream. */
    @JsonProperty("livestream")
    LIVESTREAM,
    /** A concept note. */
    @JsonProperty("concept_note")
    CONCEPT_NOTE,
    /** An agenda or programme. */
    @JsonProperty("agenda")
    AGENDA,
    /** A report, such as the final report of an event. */
    @JsonProperty("report")
    REPORT,
    /** A registration form. */
    @JsonProperty("registration")
    REGISTRATION,
    /** Something else. */
    @JsonProperty("other")
    OTHER
}
