package io.github.gcmdata.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The checks every record's compact constructor makes: required values present, lists copied. */
final class Components {

    private Components() {
    }

    /**
     * Returns the value, or throws when a required component is missing.
     *
     * <p>The message starts with the component's JSON name, so that a reader can point at it.
     */
    static <T> T required(T value, String name) {
        if (value == null) {
            throw new NullPointerException(name + " is required");
        }
        return value;
    }

    /** Returns an unmodifiable copy of the list, empty for null, rejecting null elements by index. */
    static <T> List<T> copy(List<? extends T> list, String name) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(list.size());
        for (T element : list) {
            if (element == null) {
                throw new NullPointerException(name + "[" + copy.size() + "] is null");
            }
            copy.add(element);
        }
        return Collections.unmodifiableList(copy);
    }
}
