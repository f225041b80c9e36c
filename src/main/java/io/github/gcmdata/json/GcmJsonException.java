package io.github.gcmdata.json;

import io.github.gcmdata.internal.Ellipsis;

/**
 * Thrown when JSON cannot be read into records: it names the place and the reason.
 *
 * <p>The place is given three ways: a JSON Pointer ({@code /events/0/startDate}), and the line and
 * column in the input. The reason is given as a {@link Problem}, so that callers can branch on it,
 * and as a message a person understands, such as
 * {@code /events/0/startDate (line 12, column 20): Text '2022-02-30' could not be parsed}.
 * Jackson's own exception stays available as the cause.
 */
public final class GcmJsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the JSON could not be read. */
    public enum Problem {
        /** The input is empty. */
        EMPTY_INPUT,
        /** The input is not well-formed JSON: a stray character, an unclosed string, bad UTF-8. */
        MALFORMED_JSON,
        /** An object holds the same property twice. */
        DUPLICATE_PROPERTY,
        /** An object holds a property that the format does not define. */
        UNKNOWN_PROPERTY,
        /** A required property is missing, or is {@code null}. */
        MISSING_PROPERTY,
        /** A value has the wrong JSON type, such as a string where a number belongs. */
        WRONG_TYPE,
        /** A value has the right type but no meaning: a date not in the calendar, an ISBN of 11 digits. */
        INVALID_VALUE,
        /** Something follows the single JSON value the input should hold. */
        TRAILING_CONTENT,
        /** The input exceeds a read limit: nesting depth, string, number or document length. */
        LIMIT_EXCEEDED
    }

    /** Why the JSON could not be read. */
    private final Problem problem;
    /** The JSON Pointer of the value at fault. */
    private final String pointer;
    /** The line where reading stopped, or -1. */
    private final long line;
    /** The column where reading stopped, or -1. */
    private final long column;
    /** Why the text or the JSON was rejected. */
    private final String reason;

    GcmJsonException(Problem problem, String pointer, long line, long column, String reason, Throwable cause) {
        super(describe(pointer, line, column, reason), cause);
        this.problem = problem;
        this.pointer = pointer;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** The longest pointer a message shows in full; {@link #jsonPointer()} always has all of it. */
    private static final int MAX_SHOWN_POINTER_LENGTH = 200;

    private static String describe(String pointer, long line, long column, String reason) {
        String place = pointer.isEmpty() ? "document root" : Ellipsis.after(pointer, MAX_SHOWN_POINTER_LENGTH);
        String position = line > 0 ? " (line " + line + ", column " + column + ")" : "";
        return place + position + ": " + reason;
    }

    /**
     * Returns why the JSON could not be read.
     *
     * @return the problem, not null
     */
    public Problem problem() {
        return problem;
    }

    /**
     * Returns the JSON Pointer (RFC 6901) of the value at fault, such as {@code /events/0/startDate}.
     *
     * @return the pointer, empty for the document itself, not null
     */
    public String jsonPointer() {
        return pointer;
    }

    /**
     * Returns the line of the input where reading stopped, counted from 1.
     *
     * @return the line, or -1 if unknown
     */
    public long line() {
        return line;
    }

    /**
     * Returns the column of the input where reading stopped, counted from 1.
     *
     * @return the column, or -1 if unknown
     */
    public long column() {
        return column;
    }

    /**
     * Returns the reason alone, without the place.
     *
     * @return the reason, not null
     */
    public String reason() {
        return reason;
    }
}
