package io.github.gcmdata.validation;

import io.github.gcmdata.json.GcmJsonException;
import java.util.Locale;
import java.util.Objects;

/**
 * One broken rule: where, which rule, the offending value and a message for people.
 *
 * <p>{@code path} is a JSON Pointer (RFC 6901) into the JSON form of the validated record, built from
 * JSON property names, such as {@code /events/0/agenda/1/items/0/moderators/0/personRef}; the empty
 * string is the record itself. {@code code} is stable and meant for programs; {@code message} is
 * localized and meant for people, and may change between versions.
 *
 * <h2>Codes</h2>
 *
 * <table>
 * <caption>The codes GcmValidator reports</caption>
 * <tr><th>code</th><th>the rule broken</th></tr>
 * <tr><td>{@code isbn.checksum}</td><td>the ISBN's check digit is not the one ISO 2108 computes</td></tr>
 * <tr><td>{@code issn.checksum}</td><td>the ISSN's check character is not the one ISO 3297 computes</td></tr>
 * <tr><td>{@code country.unassigned}</td><td>ISO 3166-1 assigns the code to no country</td></tr>
 * <tr><td>{@code country.wrongForm}</td><td>the country code has another form than the field needs
 *     (an alpha-3 code in {@code alpha2})</td></tr>
 * <tr><td>{@code country.mismatch}</td><td>a state's alpha-2 and alpha-3 codes name different countries</td></tr>
 * <tr><td>{@code language.unknown}</td><td>the language of a tag, or of a text's entry, is not in ISO 639</td></tr>
 * <tr><td>{@code timezone.notRegion}</td><td>the time zone is an offset, not an IANA region such as
 *     {@code Europe/Zurich}</td></tr>
 * <tr><td>{@code url.notWeb}</td><td>the URL is not http(s) with a host</td></tr>
 * <tr><td>{@code email.invalid}</td><td>the e-mail address is not of the accepted form, which is narrower
 *     than RFC 5321/5322: an unquoted dot-atom local part of at most 64 characters, and a domain name of
 *     two or more labels (see {@code ValidEmail})</td></tr>
 * <tr><td>{@code telephone.invalid}</td><td>the E.164 number does not exist in its country's plan, or the
 *     printed digits cannot be a number of the country the record gives</td></tr>
 * <tr><td>{@code telephone.mismatch}</td><td>the printed digits do not agree with the E.164 number</td></tr>
 * <tr><td>{@code text.blank}</td><td>a text, or one language entry of it, is blank</td></tr>
 * <tr><td>{@code text.empty}</td><td>a required multilingual text holds no entry</td></tr>
 * <tr><td>{@code id.blank}</td><td>an identifier or reference is blank</td></tr>
 * <tr><td>{@code id.invalid}</td><td>an identifier or reference does not match
 *     {@code [A-Za-z0-9]([A-Za-z0-9._:-]*[A-Za-z0-9])?} or is longer than 128 characters</td></tr>
 * <tr><td>{@code date.endBeforeStart}</td><td>an end date is before its start date</td></tr>
 * <tr><td>{@code agenda.dayOutsideEvent}</td><td>an agenda day lies outside the event's dates</td></tr>
 * <tr><td>{@code agenda.itemEndsBeforeStart}</td><td>an agenda item does not end after it starts</td></tr>
 * <tr><td>{@code agenda.itemsOverlap}</td><td>an agenda item overlaps an earlier one of its day</td></tr>
 * <tr><td>{@code publication.yearInFuture}</td><td>a publication year is after the current year</td></tr>
 * <tr><td>{@code event.inPersonWithoutPlace}</td><td>an in-person or hybrid event has no location</td></tr>
 * <tr><td>{@code count.panellistsExceedParticipants}</td><td>there are certainly more panellists than
 *     participants</td></tr>
 * <tr><td>{@code count.negative}</td><td>a count or figure is below zero</td></tr>
 * <tr><td>{@code number.notPositive}</td><td>an edition, session, item or page number is below one</td></tr>
 * <tr><td>{@code pages.notPositive}</td><td>a page count is below one</td></tr>
 * <tr><td>{@code objective.outOfRange}</td><td>a GCM objective number is outside 1 to 23</td></tr>
 * <tr><td>{@code principle.letterOutOfRange}</td><td>a guiding principle's letter is not a to j</td></tr>
 * <tr><td>{@code toc.tooDeep}</td><td>a table of contents nests deeper than 6 levels</td></tr>
 * <tr><td>{@code vote.countMismatch}</td><td>a recorded vote's count of an option is not the number of
 *     its votes with that option</td></tr>
 * <tr><td>{@code vote.voterTwice}</td><td>a voter votes twice in one recorded vote</td></tr>
 * <tr><td>{@code id.duplicate}</td><td>(dataset) an identifier is used twice among records of one kind</td></tr>
 * <tr><td>{@code reference.unresolved}</td><td>(dataset) a reference names a record that neither the dataset
 *     nor, unless the validator is standalone, the bundled reference data holds</td></tr>
 * </table>
 *
 * @param path  the JSON Pointer of the offending value, not null
 * @param code  the stable code of the rule, not null
 * @param invalidValue  the offending value as text, at most 80 characters, or null when there is none
 *     (a missing location)
 * @param message  the localized message, naming the field, the rule and the value, not null
 */
public record Violation(String path, String code, String invalidValue, String message) {

    /**
     * Checks that the path, code and message are present.
     *
     * @param path  the JSON Pointer of the offending value, not null
     * @param code  the stable code of the rule, not null
     * @param invalidValue  the offending value as text, at most 80 characters, or null when there is none
     *     (a missing location)
     * @param message  the localized message, naming the field, the rule and the value, not null
     * @throws NullPointerException if the path, the code or the message is null
     */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Returns the violation that JSON which cannot be read is, as the command line and {@link
     * GcmValidator#validateLines} report it: the code is {@code json.} and the problem in lower case
     * ({@code json.malformed_json}), the pointer the error's own, after a prefix, and the message the
     * error's reason after its line and column, such as {@code line 4, column 12: Unexpected
     * end-of-input}. There is no invalid value.
     *
     * @param jsonPointerPrefix  the pointer of the document that could not be read, such as
     *     {@code /3} for the fourth line of JSON lines, or empty, not null
     * @param error  the error, not null
     * @return the violation, not null
     */
    public static Violation unreadable(String jsonPointerPrefix, GcmJsonException error) {
        String place = error.line() > 0
                ? "line " + error.line() + (error.column() > 0 ? ", column " + error.column() : "") + ": "
                : "";
        return new Violation(jsonPointerPrefix + error.jsonPointer(),
                "json." + error.problem().name().toLowerCase(Locale.ROOT), null, place + error.reason());
    }

    /**
     * Returns the violation on one line: path, code, message.
     *
     * @return the violation as text, not null
     */
    @Override
    public String toString() {
        return (path.isEmpty() ? "/" : path) + " [" + code + "] " + message;
    }
}
