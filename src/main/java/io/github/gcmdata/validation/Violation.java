package io.github.gcmdata.validation;

import io.github.gcmdata.json.GcmJsonException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One broken rule: where, which rule, the offending value and a message for people.
 *
 * <p>{@code jsonPointer} is a JSON Pointer (RFC 6901) into the JSON form of the validated record,
 * built from JSON property names, such as {@code /events/0/agenda/1/items/0/moderators/0/personRef};
 * the empty string is the record itself. {@code code} is stable and meant for programs;
 * {@code message} is localized and meant for people, and may change between versions.
 *
 * <h2>Codes</h2>
 *
 * <p>A code is one of two kinds:
 * <ul>
 * <li>the {@link ViolationCode#code() code} of a rule of {@link ViolationCode}, such as
 *     {@code isbn.checksum}, which {@link #violationCode()} returns as the constant; every
 *     violation {@link GcmValidator} finds in records is of this kind;</li>
 * <li>{@code json.} and the lower-case name of a {@link GcmJsonException.Problem}, such as
 *     {@code json.malformed_json}, for JSON that could not be read, where a violation reports it
 *     in place of the records it would have held (the command line does, for each file); see
 *     {@link #ofUnreadableJson(GcmJsonException, String, long)}.</li>
 * </ul>
 *
 * @param jsonPointer  the JSON Pointer of the offending value, not null
 * @param code  the stable code of the rule, not null
 * @param invalidValue  the offending value as text, at most 80 characters, or null when there is none
 *     (a missing location)
 * @param message  the localized message, naming the field, the rule and the value, not null
 */
public record Violation(String jsonPointer, String code, String invalidValue, String message) {

    /** What the code of a violation for unreadable JSON starts with, before the problem. */
    private static final String UNREADABLE_JSON_PREFIX = "json.";

    /**
     * Checks that the JSON Pointer, code and message are present.
     *
     * @param jsonPointer  the JSON Pointer of the offending value, not null
     * @param code  the stable code of the rule, not null
     * @param invalidValue  the offending value as text, at most 80 characters, or null when there is none
     *     (a missing location)
     * @param message  the localized message, naming the field, the rule and the value, not null
     * @throws NullPointerException if the JSON Pointer, the code or the message is null
     */
    public Violation {
        Objects.requireNonNull(jsonPointer, "jsonPointer");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Returns the violation that reports JSON that could not be read: the code is {@code json.}
     * and the lower-case problem ({@code json.malformed_json}), the pointer is the exception's,
     * after a prefix, and the message starts with the line and column.
     *
     * <pre>{@code
     * try {
     *     record = json.read(line, Event.class);
     * } catch (GcmJsonException e) {
     *     violation = Violation.ofUnreadableJson(e, "/" + index, index + 1);
     *     // /3/startDate [json.invalid_value] line 4, column 15: Invalid date 'FEBRUARY 30'
     * }
     * }</pre>
     *
     * @param exception  what reading threw, not null
     * @param pointerPrefix  the JSON Pointer of the value that was read, put before the
     *     exception's own pointer (the line's index in JSON lines), or empty, not null
     * @param line  the line of the input where reading stopped, counted from 1 ({@code
     *     exception.line()} where the exception read the whole input), or 0 or less if unknown
     * @return the violation, with no invalid value, not null
     * @throws NullPointerException if the exception or the prefix is null
     */
    public static Violation ofUnreadableJson(GcmJsonException exception, String pointerPrefix, long line) {
        Objects.requireNonNull(pointerPrefix, "pointerPrefix");
        String place = line > 0 ? "line " + line + (exception.column() > 0 ? ", column " + exception.column() : "") + ": "
                : "";
        return ofUnreadableJson(exception.problem(), pointerPrefix + exception.jsonPointer(), place + exception.reason());
    }

    /**
     * Returns a violation that reports JSON that could not be read, with a message of the caller's:
     * the code is {@code json.} and the lower-case problem, such as {@code json.limit_exceeded}.
     *
     * @param problem  why the JSON could not be read, not null
     * @param jsonPointer  the JSON Pointer of the place, not null
     * @param message  the message, naming the place in the input and the reason, not null
     * @return the violation, with no invalid value, not null
     * @throws NullPointerException if an argument is null
     */
    public static Violation ofUnreadableJson(GcmJsonException.Problem problem, String jsonPointer, String message) {
        return new Violation(jsonPointer, UNREADABLE_JSON_PREFIX + problem.name().toLowerCase(Locale.ROOT), null, message);
    }

    /**
     * Returns the rule broken, as a constant of the catalogue.
     *
     * @return the constant whose code is {@link #code()}, or empty for a code of unreadable JSON
     *     ({@code json.<problem>}), not null
     */
    public Optional<ViolationCode> violationCode() {
        return ViolationCode.of(code);
    }

    /**
     * Returns the JSON Pointer of the offending value, as {@link #jsonPointer()} does.
     *
     * @return the JSON Pointer, not null
     * @deprecated a JSON Pointer is called {@code jsonPointer} everywhere in this library (as
     *     {@link GcmJsonException#jsonPointer()}): use {@link #jsonPointer()}
     */
    @Deprecated
    public String path() {
        return jsonPointer;
    }

    /**
     * Returns the violation on one line: JSON Pointer, code, message.
     *
     * @return the violation as text, not null
     */
    @Override
    public String toString() {
        return (jsonPointer.isEmpty() ? "/" : jsonPointer) + " [" + code + "] " + message;
    }
}
