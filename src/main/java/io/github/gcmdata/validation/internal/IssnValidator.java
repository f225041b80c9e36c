package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.CorrectCheckDigit;
import io.github.gcmdata.identifier.Issn;
import io.github.gcmdata.validation.ViolationCode;
import java.util.List;

/** Validates {@link CorrectCheckDigit} with {@link Issn#hasValidCheckDigit()}. */
public final class IssnValidator extends FindingValidator<CorrectCheckDigit, Issn> {

    /** Creates the validator. */
    public IssnValidator() {
    }

    @Override
    List<Finding> findings(Issn issn) {
        if (issn.hasValidCheckDigit()) {
            return List.of();
        }
        return List.of(Finding.of(ViolationCode.ISSN_CHECKSUM, issn.value(),
                "expected", issn.expectedCheckDigit(), "actual", issn.actualCheckDigit()));
    }
}
