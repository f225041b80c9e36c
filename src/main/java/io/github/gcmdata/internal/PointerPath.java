package io.github.gcmdata.internal;

import java.util.Arrays;

/**
 * The place a walk over a record has reached, as JSON Pointer (RFC 6901) tokens, each a name or an
 * index: a stack of two arrays, so that entering the n-th element of a list boxes no number (a pass
 * over 10^6 records enters millions), turned into text only when a finding needs it.
 *
 * <p>Not thread-safe: one per walk. Not part of the API: this package is not exported.
 */
public final class PointerPath {

    private static final int FIRST_CAPACITY = 8;

    /** A name, or null where {@link #indices} holds an index. */
    private String[] names = new String[FIRST_CAPACITY];
    private int[] indices = new int[FIRST_CAPACITY];
    private int depth;

    /** Creates an empty path, which stands for the root. */
    public PointerPath() {
    }

    /**
     * Enters a property.
     *
     * @param name  the property's JSON name, unescaped, not null
     */
    public void enter(String name) {
        push(name, 0);
    }

    /**
     * Enters an element of a list.
     *
     * @param index  its index, from 0
     */
    public void enter(int index) {
        push(null, index);
    }

    private void push(String name, int index) {
        if (depth == names.length) {
            names = Arrays.copyOf(names, depth * 2);
            indices = Arrays.copyOf(indices, depth * 2);
        }
        names[depth] = name;
        indices[depth] = index;
        depth++;
    }

    /** Leaves what the last {@code enter} entered. */
    public void leave() {
        depth--;
    }

    /** Goes back to the root. */
    public void clear() {
        depth = 0;
    }

    /**
     * Returns the JSON Pointer of the place reached, below a prefix.
     *
     * @param prefix  the pointer of the root, such as {@code /events/3}, or empty, not null
     * @return the pointer, such as {@code /events/3/agenda/0/date}, not null
     */
    public String pointer(String prefix) {
        StringBuilder pointer = new StringBuilder(prefix);
        for (int i = 0; i < depth; i++) {
            pointer.append('/');
            if (names[i] != null) {
                pointer.append(JsonPointers.escape(names[i]));
            } else {
                pointer.append(indices[i]);
            }
        }
        return pointer.toString();
    }

    /**
     * Returns the name of the innermost property on the way, which messages name.
     *
     * @return the name, unescaped, or empty at the root, not null
     */
    public String innermostName() {
        for (int i = depth - 1; i >= 0; i--) {
            if (names[i] != null) {
                return names[i];
            }
        }
        return "";
    }
}
