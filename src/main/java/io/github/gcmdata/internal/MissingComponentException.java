package io.github.gcmdata.internal;

/**
 * A required record component, or an element of a list component, is null.
 *
 * <p>It is a {@link NullPointerException}, as Java callers expect; readers use the component name
 * and index to point at the place in the input.
 */
public final class MissingComponentException extends NullPointerException {

    private static final long serialVersionUID = 1L;

    /** The JSON name of the component. */
    private final String component;
    /** The index of the null element, or -1. */
    private final int index;

    /**
     * Creates the exception.
     *
     * @param component  the JSON name of the component
     * @param index  the index of the null element, or -1 when the component itself is null
     */
    public MissingComponentException(String component, int index) {
        super(index < 0 ? component + " is required" : component + "[" + index + "] is null");
        this.component = component;
        this.index = index;
    }

    /**
     * Returns the JSON name of the component.
     *
     * @return the component's name
     */
    public String component() {
        return component;
    }

    /**
     * Returns the index of the null element in a list component.
     *
     * @return the index, or -1 when the component itself is null
     */
    public int index() {
        return index;
    }
}
