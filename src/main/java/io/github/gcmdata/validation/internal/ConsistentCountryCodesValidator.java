package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.ConsistentCountryCodes;
import io.github.gcmdata.identifier.CountryCode;
import io.github.gcmdata.model.State;
import io.github.gcmdata.validation.ViolationCode;
import java.util.List;
import java.util.Locale;

/** Validates {@link ConsistentCountryCodes} on a {@link State}. */
public final class ConsistentCountryCodesValidator extends FindingValidator<ConsistentCountryCodes, State> {

    /** Creates the validator. */
    public ConsistentCountryCodesValidator() {
    }

    @Override
    List<Finding> findings(State state) {
        CountryCode alpha2 = state.alpha2();
        CountryCode alpha3 = state.alpha3();
        if (alpha2 == null || alpha3 == null
                || alpha2.form() != CountryCode.Form.ALPHA_2 || alpha3.form() != CountryCode.Form.ALPHA_3
                || !CountryCodeValidator.isAssigned(alpha2) || !CountryCodeValidator.isAssigned(alpha3)) {
            return List.of();
        }
        String expected = new Locale.Builder().setRegion(alpha2.code()).build().getISO3Country();
        if (expected.equals(alpha3.code())) {
            return List.of();
        }
        return List.of(Finding.at(ViolationCode.COUNTRY_MISMATCH, "/alpha3", "alpha3", alpha3.code(),
                "expected", expected, "alpha2", alpha2.code()));
    }
}
