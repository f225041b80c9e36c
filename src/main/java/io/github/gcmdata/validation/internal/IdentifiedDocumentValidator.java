package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.IdentifiedDocument;
import io.github.gcmdata.model.UnDocument;
import io.github.gcmdata.validation.ViolationCode;
import java.util.List;

/** Validates {@link IdentifiedDocument} on a {@link UnDocument}: it has an id or a symbol. */
public final class IdentifiedDocumentValidator extends FindingValidator<IdentifiedDocument, UnDocument> {

    /** Creates the validator. */
    public IdentifiedDocumentValidator() {
    }

    @Override
    List<Finding> findings(UnDocument document) {
        if (document.id() != null || document.symbol() != null) {
            return List.of();
        }
        return List.of(Finding.at(ViolationCode.DOCUMENT_UNIDENTIFIED, "/id", "id", null, "first", "id", "second", "symbol"));
    }
}
