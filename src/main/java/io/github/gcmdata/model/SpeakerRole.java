package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A speaker's part in an agenda item, as the agenda prints it ("Keynote remarks", "Panellist"),
 * apart from how the speaker attends ({@link Modality}); schema.org's {@code Role.roleName}.
 *
 * <p>In JSON each constant is its lower-case name, such as {@code "opening_remarks"}.
 */
public enum SpeakerRole {
    /** Opening remarks. */
    @JsonProperty("opening_remarks")
    OPENING_REMARKS,
    /** Welcoming remarks. */
    @JsonProperty("welcoming_remarks")
    WELCOMING_REMARKS,
    /** A keynote speech or keynote remarks. */
    @JsonProperty("keynote")
    KEYNOTE,
    /** A presentation. */
    @JsonProperty("presentation")
    PRESENTATION,
    /** A statement or an address. */
    @JsonProperty("statement")
    STATEMENT,
    /** A panellist. */
    @JsonProperty("panellist")
    PANELLIST,
    /** A discussant. */
    @JsonProperty("discussant")
    DISCUSSANT,
    /** A respondent. */
    @JsonProperty("respondent")
    RESPONDENT,
    /** Closing remarks. */
    @JsonProperty("closing_remarks")
    CLOSING_REMARKS,
    /** Another part. */
    @JsonProperty("other")
    OTHER
}
