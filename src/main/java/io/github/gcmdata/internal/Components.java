package io.github.gcmdata.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The checks every record's compact constructor makes: required values present, lists copied.
 *
 * <p>Not part of the API: this package is not exported.
 */
public final class Components {

    private Components() {
    }

    /**
     * Returns the value, or throws when a required component is missing.
     *
     * @param <T>  the component's type
     * @param value  the component's value
     * @param name  the component's JSON name
     * @return the value, not null
     * @throws MissingComponentException if the value is null
     */
    public static <T> T required(T value, String name) {
        if (value == null) {
            throw new MissingComponentException(name, -1);
        }
        return value;
    }

    /**
     * Returns an unmodifiable copy of the list, empty for null.
     *
     * @param <T>  the element type
     * @param list  the list, or null
     * @param name  the component's JSON name
     * @return an unmodifiable copy, not null
     * @throws MissingComponentException if an element is null
     */
    public static <T> List<T> copy(List<? extends T> list, String name) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(list.size());
        for (T element : list) {
            if (element == null) {
                throw new MissingComponentException(name, copy.size());
            }
            copy.add(element);
        }
        return Collections.unmodifiableList(copy);
    }
}
