package io.github.gcmdata.diff;

import io.github.gcmdata.model.RecordKind;
import java.util.List;
import java.util.Objects;

/**
 * One record that two datasets hold differently: added, removed, or changed in some fields.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind  the kind of the record, not null
 * @param identifier  its identifier ({@link RecordKind#identifier(Object)}), or null for a record
 *     without one, such as a membership without an id
 * @param pointer  the JSON Pointer of the record in the dataset that holds it: the new one, or the
 *     old one for a removed record, such as {@code /states/41}; not null
 * @param change  what happened to it, not null
 * @param fields  for a changed record, the JSON Pointers of the values that differ, relative to the
 *     record, such as {@code /name/fr}, in the order of the new record; empty otherwise
 */
public record RecordChange(RecordKind kind, String identifier, String pointer, Change change, List<String> fields) {

    /** What happened to a record between two datasets. */
    public enum Change {
        /** Only the new dataset holds it. */
        ADDED,
        /** Only the old dataset holds it. */
        REMOVED,
        /** Both hold it, with different values. */
        CHANGED
    }

    /**
     * Checks the components and copies the fields.
     *
     * @param kind  the kind of the record, not null
     * @param identifier  its identifier, or null
     * @param pointer  the JSON Pointer of the record, not null
     * @param change  what happened to it, not null
     * @param fields  the JSON Pointers of the values that differ, not null
     * @throws NullPointerException if a component other than the identifier is null
     */
    public RecordChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(change, "change");
        fields = List.copyOf(fields);
    }
}
