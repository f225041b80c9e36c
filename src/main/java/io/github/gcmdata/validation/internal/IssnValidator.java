package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.CorrectCheckDigit;
import io.github.gcmdata.identifier.Issn;
import io.github.gcmdata.validation.ViolationCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Validates {@link CorrectCheckDigit} with {@link Issn#hasValidCheckDigit()}. */
public final class IssnValidator implements ConstraintValidator<CorrectCheckDigit, Issn> {

    /** Creates the validator. */
    public IssnValidator() {
    }

    @Override
    public boolean isValid(Issn issn, ConstraintValidatorContext context) {
        return Finding.reportAll(context, findings(issn));
    }

    static List<Finding> findings(Issn issn) {
        if (issn == null || issn.hasValidCheckDigit()) {
            return List.of();
        }
        return List.of(Finding.of(ViolationCode.ISSN_CHECKSUM, issn.value(),
                "expected", issn.expectedCheckDigit(), "actual", issn.actualCheckDigit()));
    }
}
