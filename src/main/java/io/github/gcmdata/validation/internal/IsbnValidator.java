package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.CorrectCheckDigit;
import io.github.gcmdata.identifier.Isbn;
import io.github.gcmdata.validation.ViolationCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Validates {@link CorrectCheckDigit} with {@link Isbn#hasValidCheckDigit()}. */
public final class IsbnValidator implements ConstraintValidator<CorrectCheckDigit, Isbn> {

    /** Creates the validator. */
    public IsbnValidator() {
    }

    @Override
    public boolean isValid(Isbn isbn, ConstraintValidatorContext context) {
        return Finding.reportAll(context, findings(isbn));
    }

    static List<Finding> findings(Isbn isbn) {
        if (isbn == null || isbn.hasValidCheckDigit()) {
            return List.of();
        }
        return List.of(Finding.of(ViolationCode.ISBN_CHECKSUM, isbn.digits(),
                "expected", isbn.expectedCheckDigit(), "actual", isbn.actualCheckDigit()));
    }
}
