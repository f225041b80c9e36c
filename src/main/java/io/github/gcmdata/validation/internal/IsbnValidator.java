package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.CorrectCheckDigit;
import io.github.gcmdata.identifier.Isbn;
import io.github.gcmdata.validation.ViolationCode;
import java.util.List;

/** Validates {@link CorrectCheckDigit} with {@link Isbn#hasValidCheckDigit()}. */
public final class IsbnValidator extends FindingValidator<CorrectCheckDigit, Isbn> {

    /** Creates the validator. */
    public IsbnValidator() {
    }

    @Override
    List<Finding> findings(Isbn isbn) {
        if (isbn.hasValidCheckDigit()) {
            return List.of();
        }
        return List.of(Finding.of(ViolationCode.ISBN_CHECKSUM, isbn.digits(),
                "expected", isbn.expectedCheckDigit(), "actual", isbn.actualCheckDigit()));
    }
}
