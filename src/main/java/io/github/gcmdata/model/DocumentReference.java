package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.identifier.UnDocumentSymbol;
import io.github.gcmdata.internal.Components;

/**
 * A reference to a United Nations document, and optionally to one of its paragraphs: "A/RES/73/195,
 * paragraph 52".
 *
 * <p>Immutable and thread-safe.
 *
 * @param symbol  the document symbol, not null
 * @param paragraph  the paragraph as the document numbers it, such as "52" or "15 (g)", or null for the whole document
 * @param quotation  the words quoted from it, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentReference(
        @JsonProperty(required = true) UnDocumentSymbol symbol,
        @NonBlankText String paragraph,
        @NonBlankText LocalizedText quotation) {

    /**
     * Checks that required components are present.
     *
     * @param symbol  the document symbol, not null
     * @param paragraph  the paragraph as the document numbers it, such as "52" or "15 (g)", or null for the whole document
     * @param quotation  the words quoted from it, or null
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public DocumentReference {
        Components.required(symbol, "symbol");
    }
}
