package io.github.gcmdata.validation.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import io.github.gcmdata.constraints.KnownPhoneNumber;
import io.github.gcmdata.identifier.CountryCode;
import io.github.gcmdata.identifier.PhoneNumber;
import io.github.gcmdata.validation.ViolationCode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** Validates {@link KnownPhoneNumber} with libphonenumber. */
public final class PhoneNumberValidator extends FindingValidator<KnownPhoneNumber, PhoneNumber> {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    /** Creates the validator. */
    public PhoneNumberValidator() {
    }

    @Override
    List<Finding> findings(PhoneNumber number) {
        List<Finding> countryFindings = countryFindings(number.country());
        if (!countryFindings.isEmpty()) {
            return countryFindings;
        }
        // The printed form read in the record's country: one rule, PhoneNumber.toE164().
        Optional<String> fromPrinted = number.country() == null ? Optional.empty()
                : PhoneNumber.inCountry(number.asPrinted(), number.country()).toE164();
        if (number.e164() == null) {
            return number.country() == null || fromPrinted.isPresent() ? List.of()
                    : List.of(Finding.at(ViolationCode.TELEPHONE_INVALID, "/asPrinted", "asPrinted", number.asPrinted()));
        }
        Phonenumber.PhoneNumber parsed;
        try {
            parsed = UTIL.parse(number.e164(), "ZZ");
        } catch (NumberParseException e) {
            return List.of(Finding.at(ViolationCode.TELEPHONE_INVALID, "/e164", "e164", number.e164()));
        }
        if (!UTIL.isValidNumber(parsed)) {
            return List.of(Finding.at(ViolationCode.TELEPHONE_INVALID, "/e164", "e164", number.e164()));
        }
        boolean agrees = number.country() == null ? agrees(number.asPrinted(), parsed)
                : fromPrinted.filter(number.e164()::equals).isPresent();
        if (!agrees) {
            return List.of(Finding.at(ViolationCode.TELEPHONE_MISMATCH, "/asPrinted", "asPrinted", number.asPrinted(),
                    "e164", number.e164()));
        }
        return List.of();
    }

    /** The findings of {@link CountryCodeValidator} for the number's country, which must be alpha-2, at {@code /country}. */
    private static List<Finding> countryFindings(CountryCode country) {
        List<Finding> findings = new ArrayList<>();
        for (Finding finding : CountryCodeValidator.findings(country, EnumSet.of(CountryCode.Form.ALPHA_2))) {
            findings.add(new Finding(finding.code(), "/country", "country", finding.value(), finding.parameters()));
        }
        return findings;
    }

    /**
     * Tells, for a number whose country the record does not say, whether the printed digits are the
     * national significant number, preceded by nothing, or by an optional international prefix and
     * the country code, and an optional trunk 0.
     */
    private static boolean agrees(String asPrinted, Phonenumber.PhoneNumber parsed) {
        StringBuilder digits = new StringBuilder(asPrinted.length());
        for (int i = 0; i < asPrinted.length(); i++) {
            char c = asPrinted.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        String national = UTIL.getNationalSignificantNumber(parsed);
        int prefixLength = digits.length() - national.length();
        if (prefixLength < 0 || digits.indexOf(national, prefixLength) != prefixLength) {
            return false;
        }
        // What (?:(?:00|011)?<country code>)?0? matches, without compiling it for each number.
        String prefix = digits.substring(0, prefixLength);
        String trunkless = prefix.endsWith("0") ? prefix.substring(0, prefix.length() - 1) : null;
        String countryCode = Integer.toString(parsed.getCountryCode());
        return prefix.isEmpty() || "0".equals(prefix) || isCountryPrefix(prefix, countryCode)
                || trunkless != null && isCountryPrefix(trunkless, countryCode);
    }

    /** The country code, after nothing or after an international prefix 00 or 011. */
    private static boolean isCountryPrefix(String digits, String countryCode) {
        return digits.equals(countryCode) || digits.equals("00" + countryCode) || digits.equals("011" + countryCode);
    }
}
