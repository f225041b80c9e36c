package io.github.gcmdata.internal;

/**
 * Shortens text that messages quote: input can be megabytes long, and a message shows its start.
 *
 * <p>Not part of the API: this package is not exported.
 */
public final class Ellipsis {

    private Ellipsis() {
    }

    /**
     * Returns the text whole if it is short enough, else its start and an ellipsis ({@code …}). The
     * cut never splits a surrogate pair: half a character would be written as {@code ?}.
     *
     * @param text  the text, not null
     * @param shownLength  how many characters of a longer text are shown, at least 1
     * @return the text, or its first {@code shownLength} characters (one fewer where the last would
     *     be half a pair) and an ellipsis, not null
     */
    public static String after(String text, int shownLength) {
        if (text.length() <= shownLength) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(shownLength - 1)) ? shownLength - 1 : shownLength;
        return text.substring(0, end) + "…";
    }
}
