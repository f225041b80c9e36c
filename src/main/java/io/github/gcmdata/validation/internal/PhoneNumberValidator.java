package io.github.gcmdata.validation.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import io.github.gcmdata.constraints.KnownPhoneNumber;
import io.github.gcmdata.identifier.PhoneNumber;
import io.github.gcmdata.validation.ViolationCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Validates {@link KnownPhoneNumber} with libphonenumber. */
public final class PhoneNumberValidator implements ConstraintValidator<KnownPhoneNumber, PhoneNumber> {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    /** Creates the validator. */
    public PhoneNumberValidator() {
    }

    @Override
    public boolean isValid(PhoneNumber number, ConstraintValidatorContext context) {
        return Finding.reportAll(context, findings(number));
    }

    static List<Finding> findings(PhoneNumber number) {
        if (number == null || number.e164() == null) {
            return List.of();
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
        if (!agrees(number.asPrinted(), parsed)) {
            return List.of(Finding.at(ViolationCode.TELEPHONE_MISMATCH, "/asPrinted", "asPrinted", number.asPrinted(),
                    "e164", number.e164()));
        }
        return List.of();
    }

    /**
     * Tells whether the printed digits are the national significant number, preceded by nothing,
     * or by an optional international prefix and the country code, and an optional trunk 0.
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
