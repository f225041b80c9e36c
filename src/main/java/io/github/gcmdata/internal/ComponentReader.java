package io.github.gcmdata.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.Optional;

/**
 * Reads one component of records through its accessor's method handle, typed
 * {@code Object (Object)}: without the checks reflection makes on each call, for the passes that
 * read every component of every record (validation, the dataset's links).
 *
 * <p>Immutable and thread-safe. Not part of the API: this package is not exported.
 */
public final class ComponentReader {

    private final MethodHandle accessor;

    private ComponentReader(MethodHandle accessor) {
        this.accessor = accessor;
    }

    /**
     * Obtains the reader of a component, if the component's accessor is public, in a public
     * record, so that any code may call it.
     *
     * @param component  the component, not null
     * @return the reader, or empty if the record or its accessor is not public
     */
    public static Optional<ComponentReader> of(RecordComponent component) {
        try {
            return Optional.of(new ComponentReader(MethodHandles.publicLookup().unreflect(component.getAccessor())
                    .asType(MethodType.methodType(Object.class, Object.class))));
        } catch (IllegalAccessException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads the component of a record.
     *
     * @param record  a record of the component's type, not null
     * @return the component's value, or null
     * @throws IllegalStateException if the accessor throws a checked exception, which an accessor
     *     written by hand may declare
     */
    public Object read(Object record) {
        try {
            return (Object) accessor.invokeExact(record);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
