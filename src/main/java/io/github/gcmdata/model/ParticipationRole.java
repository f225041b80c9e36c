package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The part an organisation, state or person takes in an event, beyond organising it (an event's
 * {@code organizers}) and presenting at it (its {@code performers}).
 *
 * <p>In JSON each constant is its lower-case name, such as {@code "funder"}.
 */
public enum ParticipationRole {
    /** Hosts the event: receives it on its premises or in its country. */
    @JsonProperty("host")
    HOST,
    /** Convenes the event: "convened by the President of the General Assembly". */
    @JsonProperty("convener")
    CONVENER,
    /** Coordinates the event or the process it belongs to. */
    @JsonProperty("coordinator")
    COORDINATOR,
    /** Funds the event (schema.org {@code funder}). */
    @JsonProperty("funder")
    FUNDER,
    /** Sponsors the event (schema.org {@code sponsor}). */
    @JsonProperty("sponsor")
    SPONSOR,
    /** Supports the event: "with the support of". */
    @JsonProperty("supporter")
    SUPPORTER,
    /** A partner of the event: "in cooperation with", "in partnership with". */
    @JsonProperty("partner")
    PARTNER,
    /** Collaborates on the event: "in collaboration with". */
    @JsonProperty("collaborator")
    COLLABORATOR,
    /** The event is held under its auspices or patronage. */
    @JsonProperty("patron")
    PATRON,
    /** Attends the event (schema.org {@code attendee}). */
    @JsonProperty("attendee")
    ATTENDEE,
    /** Attends the event as an observer. */
    @JsonProperty("observer")
    OBSERVER,
    /** Another part, which {@code capacityAsPrinted} may say. */
    @JsonProperty("other")
    OTHER
}
