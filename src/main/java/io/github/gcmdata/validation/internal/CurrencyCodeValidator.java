package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.AssignedCurrency;
import io.github.gcmdata.identifier.CurrencyCode;
import io.github.gcmdata.validation.ViolationCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Validates {@link AssignedCurrency} against the JDK's ISO 4217 list. */
public final class CurrencyCodeValidator implements ConstraintValidator<AssignedCurrency, CurrencyCode> {

    /** Creates the validator. */
    public CurrencyCodeValidator() {
    }

    @Override
    public boolean isValid(CurrencyCode code, ConstraintValidatorContext context) {
        return Finding.reportAll(context, findings(code));
    }

    static List<Finding> findings(CurrencyCode code) {
        if (code == null || code.currency().isPresent()) {
            return List.of();
        }
        return List.of(Finding.of(ViolationCode.CURRENCY_UNASSIGNED, code.code()));
    }
}
