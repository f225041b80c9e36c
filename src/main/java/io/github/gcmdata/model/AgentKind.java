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
    PERSON;

    /**
     * Returns the kind of record an agent reference of this kind points to.
     *
     * @return {@link RecordKind#ORGANISATION}, {@link RecordKind#STATE} or {@link RecordKind#PERSON}, not null
     */
    public RecordKind recordKind() {
        return switch (this) {
            case ORGANISATION -> RecordKind.ORGANISATION;
            case STATE -> RecordKind.STATE;
            case PERSON -> RecordKind.PERSON;
        };
    }
}
