package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.EnumSet;
import java.util.Set;

/**
 * How a record relates to another, beyond part-of and outcome references: an event held in
 * response to a resolution, a workshop held ahead of a forum, a publication that builds on
 * another. Each kind says which kinds of record its target may be.
 *
 * <p>In JSON each constant is its lower-case name, such as {@code "in_response_to"}.
 */
public enum RelationKind {
    /** Held or written in response to the target: a resolution's invitation, an event's calls. */
    @JsonProperty("in_response_to")
    IN_RESPONSE_TO(RecordKind.EVENT, RecordKind.EVENT_SERIES, RecordKind.DOCUMENT, RecordKind.PUBLICATION),
    /** Held or written ahead of the target, to prepare or inform it, or each of its editions. */
    @JsonProperty("ahead_of")
    AHEAD_OF(RecordKind.EVENT, RecordKind.EVENT_SERIES, RecordKind.DOCUMENT),
    /** A follow-up of the target. */
    @JsonProperty("follow_up_of")
    FOLLOW_UP_OF(RecordKind.EVENT, RecordKind.EVENT_SERIES, RecordKind.DOCUMENT, RecordKind.PUBLICATION),
    /** Held alongside the target event, on the same days or in its margins. */
    @JsonProperty("held_alongside")
    HELD_ALONGSIDE(RecordKind.EVENT),
    /** Produced by the target event or project: its report, declaration or conclusions. */
    @JsonProperty("outcome_of")
    OUTCOME_OF(RecordKind.EVENT, RecordKind.PROJECT),
    /**
     * Builds on the target work or event (schema.org {@code isBasedOn}): a dialogue's theme taken
     * from an earlier meeting's conclusions.
     */
    @JsonProperty("builds_on")
    BUILDS_ON(RecordKind.PUBLICATION, RecordKind.DOCUMENT, RecordKind.EVENT),
    /**
     * A part of the target work or project (schema.org {@code isPartOf}): a chapter published on
     * its own, a workshop of a project.
     */
    @JsonProperty("part_of")
    PART_OF(RecordKind.PUBLICATION, RecordKind.DOCUMENT, RecordKind.PROJECT),
    /** Given as a contribution to the target: a paper to a meeting, an input to a review or a project. */
    @JsonProperty("contribution_to")
    CONTRIBUTION_TO(RecordKind.EVENT, RecordKind.EVENT_SERIES, RecordKind.DOCUMENT, RecordKind.PUBLICATION, RecordKind.PROJECT),
    /** Presented at the target event. */
    @JsonProperty("presented_at")
    PRESENTED_AT(RecordKind.EVENT),
    /** Established by the target: a fund by a council, a forum by a resolution. */
    @JsonProperty("established_by")
    ESTABLISHED_BY(RecordKind.ORGANISATION, RecordKind.DOCUMENT, RecordKind.EVENT),
    /**
     * Held or done at the request of the target: "Member States called on IOM to make use of its
     * forum", a body that mandated it, a resolution that invited it.
     */
    @JsonProperty("requested_by")
    REQUESTED_BY(RecordKind.ORGANISATION, RecordKind.STATE, RecordKind.DOCUMENT, RecordKind.EVENT),
    /**
     * Decided at the target meeting or by the target document: a membership admitted at a council
     * session, a grant confirmed by a letter.
     */
    @JsonProperty("decided_at")
    DECIDED_AT(RecordKind.EVENT, RecordKind.DOCUMENT),
    /** Comes after the target in a sequence of events: a debate "following the round tables". */
    @JsonProperty("follows")
    FOLLOWS(RecordKind.EVENT),
    /** The last and culminating event of the target process or series: "the culmination of the regional review process". */
    @JsonProperty("culmination_of")
    CULMINATION_OF(RecordKind.EVENT, RecordKind.EVENT_SERIES);

    private final Set<RecordKind> targetKinds;

    RelationKind(RecordKind first, RecordKind... others) {
        this.targetKinds = EnumSet.of(first, others);
    }

    /**
     * Returns the kinds of record the target of a relation of this kind may be.
     *
     * @return the kinds, not empty, unmodifiable
     */
    public Set<RecordKind> targetKinds() {
        return Set.copyOf(targetKinds);
    }

    /**
     * Tells whether the target of a relation of this kind may be a record of a kind.
     *
     * @param kind  the kind of the target, not null
     * @return true if it may
     */
    public boolean allowsTarget(RecordKind kind) {
        return targetKinds.contains(kind);
    }
}
