package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.AllowedTargetKind;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.internal.Components;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;

/**
 * A typed relation from the record that holds it to another record of the dataset: an event
 * held {@link RelationKind#IN_RESPONSE_TO in response to} a resolution, a report that is the
 * {@link RelationKind#OUTCOME_OF outcome of} a workshop, a chapter {@link RelationKind#PART_OF part
 * of} a book.
 *
 * <pre>{@code
 * new Relation(RelationKind.OUTCOME_OF, RecordRef.to(RecordKind.EVENT, "idm-2018-workshop-1"), null, null)
 * }</pre>
 *
 * <p>Dataset integrity resolves the target like every other reference, and reports a record that
 * relates to itself; the target's kind must be one the relation's kind allows.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind  how the record relates to the target, not null
 * @param target  the record it relates to, not null
 * @param position  its number within the target, such as a chapter's within its book, or null
 * @param note  the relation as the source words it, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@AllowedTargetKind
public record Relation(
        @JsonProperty(required = true) RelationKind kind,
        @JsonProperty(required = true) @Valid RecordRef target,
        @Positive(message = "{gcm.number.notPositive}") Integer position,
        @NonBlankText LocalizedText note) {

    /**
     * Checks that required components are present.
     *
     * @param kind  how the record relates to the target, not null
     * @param target  the record it relates to, not null
     * @param position  its number within the target, such as a chapter's within its book, or null
     * @param note  the relation as the source words it, or null
     * @throws NullPointerException if a required component is null
     */
    public Relation {
        Components.required(kind, "kind");
        Components.required(target, "target");
    }

    /**
     * A relation without position or note.
     *
     * @param kind  how the record relates to the target, not null
     * @param target  the record it relates to, not null
     * @return the relation, not null
     */
    public static Relation of(RelationKind kind, RecordRef target) {
        return new Relation(kind, target, null, null);
    }
}
