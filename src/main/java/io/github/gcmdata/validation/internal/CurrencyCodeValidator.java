package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.AssignedCurrency;
import io.github.gcmdata.identifier.CurrencyCode;
import io.github.gcmdata.validation.ViolationCode;
import java.util.List;

/** Validates {@link AssignedCurrency} against the JDK's ISO 4217 list. */
public final class CurrencyCodeValidator extends FindingValidator<AssignedCurrency, CurrencyCode> {

    /** Creates the validator. */
    public CurrencyCodeValidator() {
    }

    @Override
    List<Finding> findings(CurrencyCode code) {
        if (code.currency().isPresent()) {
            return List.of();
        }
        return List.of(Finding.of(ViolationCode.CURRENCY_UNASSIGNED, code.code()));
    }
}
