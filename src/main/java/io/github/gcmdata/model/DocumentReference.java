package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.gcmdata.constraints.IdentifiedDocument;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.constraints.WellFormedId;
import io.github.gcmdata.identifier.UnDocumentSymbol;

/**
 * A reference to a document, and optionally to one of its paragraphs: "A/RES/73/195, paragraph
 * 52", or the Constitution of IOM, Article 1(1)(e).
 *
 * <p>It names the document by its UN {@code symbol}, by the identifier of a document of the
 * dataset ({@code documentRef}, for a document without a symbol), or both; it must name it one way
 * ({@code document.unidentified}). A symbol need not be the symbol of a document of the dataset; a
 * {@code documentRef} must be the identifier of one (or of one of the bundled reference data).
 *
 * <p>Immutable and thread-safe.
 *
 * @param symbol  the document symbol, or null
 * @param documentRef  the identifier of a document of the dataset, or null
 * @param paragraph  the paragraph or article as the document numbers it, such as "52", "15 (g)" or "1(1)(e)", or null for the whole document
 * @param quotation  the words quoted from it, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@IdentifiedDocument
public record DocumentReference(
        UnDocumentSymbol symbol,
        @RefersTo(UnDocument.class) @WellFormedId String documentRef,
        @NonBlankText String paragraph,
        @NonBlankText LocalizedText quotation) {

    /**
     * Obtains a reference to a document by its symbol: the components of the first format.
     *
     * @param symbol  the document symbol, or null
     * @param paragraph  the paragraph as the document numbers it, such as "52" or "15 (g)", or null for the whole document
     * @param quotation  the words quoted from it, or null
     */
    public DocumentReference(UnDocumentSymbol symbol, String paragraph, LocalizedText quotation) {
        this(symbol, null, paragraph, quotation);
    }
}
