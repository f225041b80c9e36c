package io.github.gcmdata.json;

/**
 * Receives the lines of JSON lines one at a time, as {@link GcmJson#readLines(java.io.InputStream,
 * Class, JsonLinesHandler)} reads them: each record read, and each line that could not be read.
 *
 * <pre>{@code
 * List<Event> events = new ArrayList<>();
 * List<GcmJsonException> errors = new ArrayList<>();
 * json.readLines(in, Event.class, new JsonLinesHandler<Event>() {
 *     public void record(long line, Event event) {
 *         events.add(event);
 *     }
 *
 *     public void unreadable(long line, GcmJsonException error) {
 *         errors.add(error);            // reading goes on with the next line
 *     }
 * });
 * }</pre>
 *
 * <p>As a lambda, only {@link #record} is given, and the first line that cannot be read stops
 * reading with its exception. An exception thrown by the handler stops reading and reaches the
 * caller unchanged.
 *
 * @param <T>  the type of record of every line
 */
@FunctionalInterface
public interface JsonLinesHandler<T> {

    /**
     * Receives the record of one line.
     *
     * @param line  the line's number in the input, counted from 1, blank lines included
     * @param record  the record, not null
     */
    void record(long line, T record);

    /**
     * Receives the error of a line that cannot be read; reading then goes on with the next line.
     * By default, rethrows the error, which stops reading.
     *
     * @param line  the line's number in the input, counted from 1, blank lines included
     * @param error  why the line cannot be read: its {@link GcmJsonException#line() line} is the
     *     same number, its pointer the place in the line's record, not null
     */
    default void unreadable(long line, GcmJsonException error) {
        throw error;
    }
}
