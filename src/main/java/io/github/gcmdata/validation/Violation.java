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
 *     in place of the records it would have held (the command line and
 *     {@link GcmValidator#validateLines} do); see {@link #unreadable(String, GcmJsonException)}.</li>
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
     * Returns the violation that JSON which cannot be read is, as the command line and {@link
     * GcmValidator#validateLines} report it: the code is {@code json.} and the problem in lower case
     * ({@code json.malformed_json}), the pointer the error's own, after a prefix, and the message the
     * error's reason after its line and column, such as {@code line 4, column 12: Unexpected
     * end-of-input}. There is no invalid value. This is the one place that writes those codes.
     *
     * <pre>{@code
     * catch (GcmJsonException e) {
     *     violations.add(Violation.unreadable("", e));   // /startDate [json.invalid_value] line 1, ...
     * }
     * }</pre>
     *
     * @param jsonPointerPrefix  the pointer of the document that could not be read, such as
     *     {@code /3} for the fourth line of JSON lines, or empty, not null
     * @param error  the error, not null
     * @return the violation, not null
     * @throws NullPointerException if the prefix or the error is null
     */
    public static Violation unreadable(String jsonPointerPrefix, GcmJsonException error) {
        Objects.requireNonNull(jsonPointerPrefix, "jsonPointerPrefix");
        String place = error.line() > 0
                ? "line " + error.line() + (error.column() > 0 ? ", column " + error.column() : "") + ": "
                : "";
        return new Violation(jsonPointerPrefix + error.jsonPointer(),
                UNREADABLE_JSON_PREFIX + error.problem().name().toLowerCase(Locale.ROOT), null, place + error.reason());
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
