package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.gcmdata.constraints.KnownPhoneNumber;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.constraints.ReachableContactPoint;
import io.github.gcmdata.constraints.WebUrl;
import io.github.gcmdata.constraints.WellFormedEmail;
import io.github.gcmdata.identifier.EmailAddress;
import io.github.gcmdata.identifier.PhoneNumber;
import io.github.gcmdata.identifier.Url;

/**
 * A way to reach a person, an organisation or the organisers of an event: an e-mail address, a
 * telephone, mobile or fax number, a web page.
 *
 * <p>{@code telephone} is the office line, or a line the source does not qualify; a number the
 * source prints as "Mobile" is {@code mobile}, one it prints as "Fax" is {@code faxNumber}.
 * Validation reports a contact point that gives none of these.
 *
 * <p>Immutable and thread-safe.
 *
 * @param contactType  what the contact point is for, or null
 * @param name  the name of the desk or unit reached, such as "MPI Communications", or null
 * @param email  the e-mail address, or null
 * @param telephone  the telephone number, or null
 * @param mobile  the mobile telephone number, or null
 * @param faxNumber  the fax number, or null
 * @param url  a web page to reach it, such as a contact form, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ReachableContactPoint
public record ContactPoint(
        ContactType contactType,
        @NonBlankText LocalizedText name,
        @WellFormedEmail EmailAddress email,
        @KnownPhoneNumber PhoneNumber telephone,
        @KnownPhoneNumber PhoneNumber mobile,
        @KnownPhoneNumber PhoneNumber faxNumber,
        @WebUrl Url url) {

    /**
     * A contact point by e-mail and telephone: the fields of the first format.
     *
     * @param contactType  what the contact point is for, or null
     * @param email  the e-mail address, or null
     * @param telephone  the telephone number, or null
     */
    public ContactPoint(ContactType contactType, EmailAddress email, PhoneNumber telephone) {
        this(contactType, null, email, telephone, null, null, null);
    }
}
