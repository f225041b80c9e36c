package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.IdentifiedDocument;
import io.github.gcmdata.model.DocumentReference;
import io.github.gcmdata.validation.ViolationCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/** Validates {@link IdentifiedDocument} on a {@link DocumentReference}: it has a symbol or a documentRef. */
public final class IdentifiedDocumentReferenceValidator
        implements ConstraintValidator<IdentifiedDocument, DocumentReference> {

    /** Creates the validator. */
    public IdentifiedDocumentReferenceValidator() {
    }

    @Override
    public boolean isValid(DocumentReference reference, ConstraintValidatorContext context) {
        return Finding.reportAll(context, findings(reference));
    }

    static List<Finding> findings(DocumentReference reference) {
        if (reference == null || reference.symbol() != null || reference.documentRef() != null) {
            return List.of();
        }
        return List.of(Finding.at(ViolationCode.DOCUMENT_UNIDENTIFIED, "/symbol", "symbol", null,
                "first", "symbol", "second", "documentRef"));
    }
}
