package io.github.gcmdata.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the component that identifies a record among the records of its type in a dataset: an
 * event's {@code id}, an objective's {@code number}, a document's {@code id} and its UN
 * {@code symbol}.
 *
 * <p>Dataset integrity reads it: two records of one type with the same identifier are reported as
 * {@code id.duplicate}, and a component marked {@link RefersTo} resolves against these
 * identifiers. A component marked {@code RecordId} may be null (an optional identifier, as a
 * membership's), and then declares nothing. A record may have several (a document has an id, a
 * symbol, or both): each declares its value in the same scope, so each is unique among the records
 * of the type, and a reference may name a record by any of them.
 *
 * <pre>{@code
 * public record Event(@RecordId String id, ...) { }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface RecordId {
}
