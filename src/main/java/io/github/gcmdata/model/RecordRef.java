package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.internal.Components;

/**
 * A reference to a record of any kind of the same dataset, such as an event or a publication:
 * {@code {"kind": "event", "id": "idm-2017"}}. Where only organisations, states and persons can
 * be meant, an {@link AgentRef} says so.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind  the kind of record referred to, not null
 * @param id  the identifier of that record, as {@link RecordKind#identifier} gives it, not null; of
 *     whatever form the target's identifier has (a UN document's symbol, an objective's number)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecordRef(
        @JsonProperty(required = true) RecordKind kind,
        @JsonProperty(required = true) @NonBlankText String id) implements Reference {

    /**
     * Checks that required components are present.
     *
     * @param kind  the kind of record referred to, not null
     * @param id  the identifier of that record, not null
     * @throws NullPointerException if a required component is null
     */
    public RecordRef {
        Components.required(kind, "kind");
        Components.required(id, "id");
    }

    /**
     * Refers to a record of a dataset.
     *
     * @param kind  the kind of record, not null
     * @param id  its identifier, not null
     * @return the reference, not null
     */
    public static RecordRef to(RecordKind kind, String id) {
        return new RecordRef(kind, id);
    }

    /**
     * Returns the kind of record referred to: {@link #kind()}.
     *
     * @return the kind, not null
     */
    @Override
    public RecordKind targetKind() {
        return kind;
    }
}
