package io.github.gcmdata.identifier;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A telephone number as a source printed it, with the country it belongs to and its E.164 form
 * where known, such as {@code "Tel: 41227179581"} printed on a Swiss page, and {@code +41227179581}
 * in E.164.
 *
 * <p>Sources print numbers in many ways, some of them incomplete ({@code 41227179581} lacks its
 * {@code +}). The printed form is kept as written, label included, so that nothing is lost: unlike
 * an {@link Isbn} or an {@link Issn}, whose printed forms read into the standard's value by one
 * rule, a telephone number cannot be rebuilt from its digits alone. The E.164 form is what
 * software dials and compares. Its shape ({@code +}, a country code, at most fifteen digits) is
 * checked when it is given.
 *
 * <p><b>From the printed form to E.164.</b> A record can say which country a number belongs to
 * (an ISO 3166-1 alpha-2 code, such as {@code CH} for a press contact on IOM's Geneva pages), and
 * then {@link #toE164()} derives the E.164 form from the printed one with Google's
 * libphonenumber, as a telephone of that country would dial it: labels and punctuation are
 * skipped ({@code Tel:}, spaces, {@code (0)}), an international prefix ({@code 00 41}), a country
 * code without its {@code +} ({@code 41227179581}) and a trunk {@code 0} ({@code 022 717 95 81})
 * are understood. So {@code 41227179581} and {@code Tel 00 41 79 70160 54} on a Swiss page give
 * {@code +41227179581} and {@code +41797016054}. Printed digits that cannot be a number of that
 * country's numbering plan give none, and validation reports them ({@code telephone.invalid} at
 * {@code asPrinted}); where the E.164 form is given too, validation checks that the printed digits
 * give that number ({@code telephone.mismatch}). The derived form is not stored: the record holds
 * what the source printed.
 *
 * <p>The JSON form is an object: {@code {"asPrinted": "41227179581", "country": "CH"}}, or with
 * {@code "e164": "+41227179581"}; {@code country} and {@code e164} are left out when unknown.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <pre>{@code
 * PhoneNumber press = PhoneNumber.inCountry("Tel 00 41 79 70160 54", CountryCode.parse("CH"));
 * press.toE164();   // Optional[+41797016054]
 * }</pre>
 *
 * @param asPrinted  the number exactly as the source printed it, not null
 * @param country  the country the number belongs to, as an ISO 3166-1 alpha-2 code, or null when
 *     the record does not say
 * @param e164  the number in E.164 form, such as {@code +41227179581}, or null when not known
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PhoneNumber(
        @JsonProperty(required = true) String asPrinted,
        CountryCode country,
        String e164) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");

    /** Initialization-on-demand holder: libphonenumber loads its metadata only when a number is derived. */
    private static final class Numbering {
        static final PhoneNumberUtil PLANS = PhoneNumberUtil.getInstance();
    }

    /**
     * Creates a telephone number.
     *
     * @param asPrinted  the number exactly as the source printed it, not null
     * @param country  the country the number belongs to, as an ISO 3166-1 alpha-2 code, or null
     * @param e164  the number in E.164 form, such as {@code +41227179581}, or null when not known
     * @throws NullPointerException if {@code asPrinted} is null
     * @throws IdentifierFormatException if {@code e164} is given but is not {@code +} and up to
     *     fifteen digits, the first not zero
     */
    public PhoneNumber {
        Objects.requireNonNull(asPrinted, "asPrinted is required");
        if (e164 != null && !E164.matcher(e164).matches()) {
            throw new IdentifierFormatException("E.164", "expected + and up to 15 digits, the first not 0", e164);
        }
    }

    /**
     * Creates a telephone number whose country the record does not say.
     *
     * @param asPrinted  the number exactly as the source printed it, not null
     * @param e164  the number in E.164 form, such as {@code +41227179581}, or null when not known
     * @throws NullPointerException if {@code asPrinted} is null
     * @throws IdentifierFormatException if {@code e164} is given but does not have the E.164 shape
     */
    public PhoneNumber(String asPrinted, String e164) {
        this(asPrinted, null, e164);
    }

    /**
     * Obtains a telephone number known by its printed form and its E.164 form.
     *
     * @param asPrinted  the number as printed, not null
     * @param e164  the E.164 form, not null
     * @return the number, not null
     * @throws IdentifierFormatException if {@code e164} does not have the E.164 shape
     */
    public static PhoneNumber of(String asPrinted, String e164) {
        return new PhoneNumber(asPrinted, null, Objects.requireNonNull(e164, "e164"));
    }

    /**
     * Obtains a telephone number known as printed, in the country it belongs to; its E.164 form is
     * derived by {@link #toE164()}.
     *
     * @param asPrinted  the number as printed, such as {@code Tel 00 41 79 70160 54}, not null
     * @param country  the country, as an ISO 3166-1 alpha-2 code such as {@code CH}, not null
     * @return the number, without a stored E.164 form, not null
     */
    public static PhoneNumber inCountry(String asPrinted, CountryCode country) {
        return new PhoneNumber(asPrinted, Objects.requireNonNull(country, "country"), null);
    }

    /**
     * Obtains a telephone number known only as printed, without its country.
     *
     * @param asPrinted  the number as printed, not null
     * @return the number without a country or an E.164 form, not null
     */
    public static PhoneNumber asPrinted(String asPrinted) {
        return new PhoneNumber(asPrinted, null, null);
    }

    /**
     * Returns this number in E.164 form: the one given, else the one derived from the printed form
     * and the country, as the class description says.
     *
     * @return the E.164 form, or empty if none is given and none can be derived: the country is
     *     unknown or not an alpha-2 code, or the printed digits cannot be a number of that country
     */
    public Optional<String> toE164() {
        if (e164 != null) {
            return Optional.of(e164);
        }
        if (country == null || country.form() != CountryCode.Form.ALPHA_2) {
            return Optional.empty();
        }
        String region = country.code();
        try {
            Phonenumber.PhoneNumber parsed = Numbering.PLANS.parse(asPrinted, region);
            return Numbering.PLANS.isValidNumberForRegion(parsed, region)
                    ? Optional.of(Numbering.PLANS.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
