package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.gcmdata.constraints.KnownPhoneNumber;
import io.github.gcmdata.constraints.WellFormedEmail;
import io.github.gcmdata.identifier.EmailAddress;
import io.github.gcmdata.identifier.PhoneNumber;

/**
 * A way to reach a person or organisation: an e-mail address, a telephone number.
 *
 * <p>Immutable and thread-safe.
 *
 * @param contactType  what the contact point is for, or null
 * @param email  the e-mail address, or null
 * @param telephone  the telephone number, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactPoint(
        ContactType contactType,
        @WellFormedEmail EmailAddress email,
        @KnownPhoneNumber PhoneNumber telephone) {
}
