package io.github.gcmdata.model;

/**
 * A reference to another record of a dataset by its kind and identifier: an {@link AgentRef}
 * (an organisation, a state or a person) or a {@link RecordRef} (a record of any kind).
 *
 * <p>Dataset integrity resolves every reference against the identifiers of the records of its
 * {@link #targetKind() kind}, wherever it stands in a record.
 */
public sealed interface Reference permits AgentRef, RecordRef {

    /**
     * Returns the kind of record referred to.
     *
     * @return the kind, not null
     */
    RecordKind targetKind();

    /**
     * Returns the identifier of the record referred to, as {@link RecordKind#identifier} gives it.
     *
     * @return the identifier, not null
     */
    String id();
}
