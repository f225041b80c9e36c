package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.IdentifiedDocument;
import io.github.gcmdata.model.DocumentReference;
import io.github.gcmdata.validation.ViolationCode;
import java.util.List;

/** Validates {@link IdentifiedDocument} on a {@link DocumentReference}: it has a symbol or a documentRef. */
public final class IdentifiedDocumentReferenceValidator
        extends FindingValidator<IdentifiedDocument, DocumentReference> {

    /** Creates the validator. */
    public IdentifiedDocumentReferenceValidator() {
    }

    @Override
    List<Finding> findings(DocumentReference reference) {
        if (reference.symbol() != null || reference.documentRef() != null) {
            return List.of();
        }
        return List.of(Finding.at(ViolationCode.DOCUMENT_UNIDENTIFIED, "/symbol", "symbol", null,
                "first", "symbol", "second", "documentRef"));
    }
}
