package io.github.gcmdata.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component that refers to other records by their {@link RecordId identifiers}: a value,
 * or a list of values, whose text is the identifier of a record of the given type (a {@code String},
 * or a {@code UnDocumentSymbol} for a UN document).
 *
 * <pre>{@code
 * public record Event(..., @RefersTo(Event.class) String superEventRef,
 *         @RefersTo(Publication.class) List<String> outcomePublicationRefs, ...) { }
 * }</pre>
 *
 * <p>Dataset integrity resolves every such reference against the identifiers of the dataset's
 * records of that type, and reports one that names no record as {@code reference.unresolved}, at
 * the JSON Pointer of the reference. References whose target type depends on the data, such as
 * an {@link AgentRef}, carry their kind instead.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface RefersTo {

    /**
     * Returns the type of record referred to.
     *
     * @return a record type of this package that has a {@link RecordId} component
     */
    Class<? extends Record> value();
}
