package io.github.gcmdata.identifier;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A telephone number as a source printed it, with its E.164 form where known, such as
 * {@code "Tel: 41227179581"} printed and {@code +41227179581} in E.164.
 *
 * <p>Sources print numbers in many ways, some of them incomplete ({@code 41227179581} lacks its
 * {@code +}). The printed form is kept as written so that nothing is lost; the E.164 form is what
 * software dials and compares. Its shape ({@code +}, a country code, at most fifteen digits) is
 * checked when it is given; whether the number exists in its country's numbering plan, and whether
 * the printed digits agree with it, is a question for validation.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param asPrinted  the number exactly as the source printed it, not null
 * @param e164  the number in E.164 form, such as {@code +41227179581}, or null when not known
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PhoneNumber(
        @JsonProperty(required = true) String asPrinted,
        String e164) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");

    /**
     * Creates a telephone number.
     *
     * @param asPrinted  the number exactly as the source printed it, not null
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
     * Obtains a telephone number known by its printed form and its E.164 form.
     *
     * @param asPrinted  the number as printed, not null
     * @param e164  the E.164 form, not null
     * @return the number, not null
     * @throws IdentifierFormatException if {@code e164} does not have the E.164 shape
     */
    public static PhoneNumber of(String asPrinted, String e164) {
        return new PhoneNumber(asPrinted, Objects.requireNonNull(e164, "e164"));
    }

    /**
     * Obtains a telephone number known only as printed.
     *
     * @param asPrinted  the number as printed, not null
     * @return the number without an E.164 form, not null
     */
    public static PhoneNumber asPrinted(String asPrinted) {
        return new PhoneNumber(asPrinted, null);
    }
}
