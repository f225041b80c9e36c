package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The kind of record an agent reference points to.
 *
 * <p>In JSON each constant is its lower-case name, such as {@code "organisation"}.
 */
public enum AgentKind {
    /** An organisation of the dataset. */
    @JsonProperty("organisation")
    ORGANISATION,
    /** A state of the dataset. */
    @JsonProperty("state")
    STATE,
    /** A person of the dataset. */
    @JsonProperty("person")
    PERSON
}
