package io.github.gcmdata.validation;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules {@link GcmValidator} checks, each with the stable code that a {@link Violation}
 * carries: the catalogue of violation codes.
 *
 * <pre>{@code
 * for (Violation violation : GcmValidator.create().validate(dataset).violations()) {
 *     if (violation.violationCode().orElse(null) == ViolationCode.REFERENCE_UNRESOLVED) {
 *         missing.add(violation.invalidValue());
 *     }
 * }
 * ViolationCode.of("isbn.checksum");   // Optional[ISBN_CHECKSUM]
 * ViolationCode.ISBN_CHECKSUM.code();  // "isbn.checksum"
 * }</pre>
 *
 * <p>The code of each constant ({@link #code()}) is meant for programs: it never changes between
 * versions, and a new rule is a new constant. The constants marked "(dataset)" are checked only by
 * {@link GcmValidator#validate(io.github.gcmdata.model.Dataset)} and the streaming validation of a
 * dataset, since they concern records in relation to each other; the others are the constraints
 * of single records (see {@code io.github.gcmdata.constraints}).
 *
 * <p>JSON that cannot be read is no broken rule of this catalogue: it is a
 * {@link io.github.gcmdata.json.GcmJsonException.Problem}, which a {@link Violation} reports under
 * a code of its own (see {@link Violation#unreadable(String, io.github.gcmdata.json.GcmJsonException)}).
 */
public enum ViolationCode {

    /** The ISBN's check digit is not the one ISO 2108 computes. */
    ISBN_CHECKSUM("isbn.checksum"),
    /** The ISSN's check character is not the one ISO 3297 computes. */
    ISSN_CHECKSUM("issn.checksum"),
    /** ISO 3166-1 assigns the country code to no country. */
    COUNTRY_UNASSIGNED("country.unassigned"),
    /** The country code has another form than the field needs (an alpha-3 code in {@code alpha2}). */
    COUNTRY_WRONG_FORM("country.wrongForm"),
    /** A state's alpha-2 and alpha-3 codes name different countries. */
    COUNTRY_MISMATCH("country.mismatch"),
    /** ISO 4217, as far as the running JDK knows it, assigns the currency code to no currency. */
    CURRENCY_UNASSIGNED("currency.unassigned"),
    /** The language of a tag, or of a text's entry, is not in ISO 639. */
    LANGUAGE_UNKNOWN("language.unknown"),
    /** The time zone is an offset, not an IANA region such as {@code Europe/Zurich}. */
    TIMEZONE_NOT_REGION("timezone.notRegion"),
    /** The URL is not http(s) with a host. */
    URL_NOT_WEB("url.notWeb"),
    /**
     * The e-mail address is not of the accepted form, which is narrower than RFC 5321/5322: an
     * unquoted dot-atom local part of at most 64 characters, and a domain name of two or more labels.
     */
    EMAIL_INVALID("email.invalid"),
    /**
     * The E.164 number does not exist in its country's numbering plan, or the printed digits cannot
     * be a number of the country the record gives.
     */
    TELEPHONE_INVALID("telephone.invalid"),
    /** The printed digits of a telephone number do not agree with its E.164 number. */
    TELEPHONE_MISMATCH("telephone.mismatch"),
    /** A text, or one language entry of it, is blank. */
    TEXT_BLANK("text.blank"),
    /** A required multilingual text holds no entry. */
    TEXT_EMPTY("text.empty"),
    /** An identifier or reference is blank. */
    ID_BLANK("id.blank"),
    /**
     * An identifier or reference does not match {@code [A-Za-z0-9]([A-Za-z0-9._:-]*[A-Za-z0-9])?} or
     * is longer than 128 characters.
     */
    ID_INVALID("id.invalid"),
    /** An end date is before its start date. */
    DATE_END_BEFORE_START("date.endBeforeStart"),
    /** An agenda day lies outside the event's dates. */
    AGENDA_DAY_OUTSIDE_EVENT("agenda.dayOutsideEvent"),
    /** An agenda item does not end after it starts. */
    AGENDA_ITEM_ENDS_BEFORE_START("agenda.itemEndsBeforeStart"),
    /** An agenda item overlaps an earlier one of its day. */
    AGENDA_ITEMS_OVERLAP("agenda.itemsOverlap"),
    /**
     * A year is after the current year: of a publication, an edition's upload, a copyright, a grant.
     */
    PUBLICATION_YEAR_IN_FUTURE("publication.yearInFuture"),
    /** An in-person or hybrid event has no location. */
    EVENT_IN_PERSON_WITHOUT_PLACE("event.inPersonWithoutPlace"),
    /** There are certainly more panellists than participants. */
    COUNT_PANELLISTS_EXCEED_PARTICIPANTS("count.panellistsExceedParticipants"),
    /** A count or figure is below zero. */
    COUNT_NEGATIVE("count.negative"),
    /** An amount of money is below zero. */
    AMOUNT_NEGATIVE("amount.negative"),
    /** An edition, session, item or page number is below one. */
    NUMBER_NOT_POSITIVE("number.notPositive"),
    /** A page count is below one. */
    PAGES_NOT_POSITIVE("pages.notPositive"),
    /** A GCM objective number is outside 1 to 23. */
    OBJECTIVE_OUT_OF_RANGE("objective.outOfRange"),
    /** A guiding principle's letter is not a to j. */
    PRINCIPLE_LETTER_OUT_OF_RANGE("principle.letterOutOfRange"),
    /** A table of contents nests deeper than its limit (6 levels on the library's records). */
    TOC_TOO_DEEP("toc.tooDeep"),
    /** A recorded vote's count of an option is not the number of its votes with that option. */
    VOTE_COUNT_MISMATCH("vote.countMismatch"),
    /** A voter votes twice in one recorded vote. */
    VOTE_VOTER_TWICE("vote.voterTwice"),
    /**
     * A document has neither an identifier nor a UN symbol, or a reference to a document names
     * neither a symbol nor a document of the dataset.
     */
    DOCUMENT_UNIDENTIFIED("document.unidentified"),
    /** A relation's target is of a kind that its relation kind does not allow. */
    RELATION_TARGET_KIND("relation.targetKind"),
    /** An event series entry has neither a name nor a {@code seriesRef}: it does not say which series. */
    SERIES_UNNAMED("series.unnamed"),
    /** An event names one agent twice in the same participation role. */
    PARTICIPATION_DUPLICATE("participation.duplicate"),
    /** A contact point gives no e-mail address, telephone, mobile or fax number, or web address. */
    CONTACT_EMPTY("contact.empty"),
    /** An agenda item has a start time without an end time, or an end time without a start time. */
    AGENDA_ITEM_TIME_MISSING("agenda.itemTimeMissing"),
    /** An event says that its end date is unknown and gives one. */
    DATE_END_DATE_UNKNOWN_BUT_GIVEN("date.endDateUnknownButGiven"),
    /** An event gives a start or end time without the time zone it is local to. */
    EVENT_TIME_WITHOUT_ZONE("event.timeWithoutZone"),
    /** A registration gives a deadline without the time zone it is local to. */
    REGISTRATION_DEADLINE_WITHOUT_ZONE("registration.deadlineWithoutZone"),
    /** (dataset) A record relates to itself. */
    RELATION_SELF("relation.self"),
    /** (dataset) An identifier is used twice among the records of one kind. */
    ID_DUPLICATE("id.duplicate"),
    /**
     * (dataset) A reference names a record that neither the dataset nor, unless the validator is
     * standalone, the bundled reference data holds.
     */
    REFERENCE_UNRESOLVED("reference.unresolved");

    private static final Map<String, ViolationCode> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ViolationCode::code, Function.identity()));

    private final String code;

    ViolationCode(String code) {
        this.code = code;
    }

    /**
     * Returns the stable code, such as {@code isbn.checksum}: the {@link Violation#code()} of the
     * violations of this rule.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Returns the constant of a stable code, such as {@code isbn.checksum}.
     *
     * @param code  the code, exactly as {@link #code()} gives it (case matters), not null
     * @return the constant, or empty if no rule has that code (a {@code json.} code of unreadable
     *     JSON among them)
     * @throws NullPointerException if the code is null
     */
    public static Optional<ViolationCode> of(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}
