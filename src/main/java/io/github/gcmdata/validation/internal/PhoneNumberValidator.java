package io.github.gcmdata.validation.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import io.github.gcmdata.constraints.ValidPhoneNumber;
import io.github.gcmdata.identifier.CountryCode;
import io.github.gcmdata.identifier.PhoneNumber;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/** Validates {@link ValidPhoneNumber} with libphonenumber. */
public final class PhoneNumberValidator implements ConstraintValidator<ValidPhoneNumber, PhoneNumber> {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    /** Creates the validator. */
    public PhoneNumberValidator() {
    }

    @Override
    public boolean isValid(PhoneNumber number, ConstraintValidatorContext context) {
        return Finding.reportAll(context, findings(number));
    }

    static List<Finding> findings(PhoneNumber number) {
        if (number == null) {
            return List.of();
        }
        List<Finding> countryFindings = countryFindings(number.country());
        if (!countryFindings.isEmpty()) {
            return countryFindings;
        }
        // The printed form read in the record's country: one rule, PhoneNumber.toE164().
        Optional<String> fromPrinted = number.country() == null ? Optional.empty()
                : PhoneNumber.inCountry(number.asPrinted(), number.country()).toE164();
        if (number.e164() == null) {
            return number.country() == null || fromPrinted.isPresent() ? List.of()
                    : List.of(Finding.at("telephone.invalid", "/asPrinted", "asPrinted", number.asPrinted()));
        }
        Phonenumber.PhoneNumber parsed;
        try {
            parsed = UTIL.parse(number.e164(), "ZZ");
        } catch (NumberParseException e) {
            return List.of(Finding.at("telephone.invalid", "/e164", "e164", number.e164()));
        }
        if (!UTIL.isValidNumber(parsed)) {
            return List.of(Finding.at("telephone.invalid", "/e164", "e164", number.e164()));
        }
        boolean agrees = number.country() == null ? agrees(number.asPrinted(), parsed)
                : fromPrinted.filter(number.e164()::equals).isPresent();
        if (!agrees) {
            return List.of(Finding.at("telephone.mismatch", "/asPrinted", "asPrinted", number.asPrinted(),
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
        String digits = asPrinted.replaceAll("[^0-9]", "");
        String national = UTIL.getNationalSignificantNumber(parsed);
        if (!digits.endsWith(national)) {
            return false;
        }
        String prefix = digits.substring(0, digits.length() - national.length());
        String countryCode = Integer.toString(parsed.getCountryCode());
        return prefix.matches("(?:(?:00|011)?" + countryCode + ")?0?");
    }
}
