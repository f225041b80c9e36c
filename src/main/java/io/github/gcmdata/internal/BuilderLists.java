package io.github.gcmdata.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * What the list setters of the records' builders do: replace the builder's list with the given
 * elements, refusing a null list or a null element with a message that names the setter.
 *
 * <p>The check is made when the setter is called, not when the record is built, so that the stack
 * trace points at the line that passed the null.
 *
 * <p>Not part of the API: this package is not exported.
 */
public final class BuilderLists {

    private BuilderLists() {
    }

    /**
     * Replaces the elements of a builder's list.
     *
     * @param <T>  the element type
     * @param target  the builder's own list
     * @param values  the new elements
     * @param setter  the setter, such as {@code "Event.Builder.organizers"}
     * @throws NullPointerException if {@code values} or one of its elements is null; the list is then unchanged
     */
    public static <T> void replace(List<T> target, Collection<? extends T> values, String setter) {
        if (values == null) {
            throw new NullPointerException(setter + "(...): the list is null; pass an empty list for none");
        }
        int index = 0;
        for (T value : values) {
            if (value == null) {
                throw new NullPointerException(setter + "(...): element " + index + " is null");
            }
            index++;
        }
        target.clear();
        target.addAll(values);
    }

    /**
     * Replaces the elements of a builder's list with those of an array, as a varargs setter gets them.
     *
     * @param <T>  the element type
     * @param target  the builder's own list
     * @param values  the new elements
     * @param setter  the setter, such as {@code "Event.Builder.organizers"}
     * @throws NullPointerException if {@code values} or one of its elements is null; the list is then unchanged
     */
    public static <T> void replace(List<T> target, T[] values, String setter) {
        if (values == null) {
            throw new NullPointerException(setter + "(...): the array is null; call it with no argument for none");
        }
        replace(target, Arrays.asList(values), setter);
    }
}
