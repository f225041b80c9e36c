package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.constraints.WebUrl;
import io.github.gcmdata.identifier.UnDocumentSymbol;
import io.github.gcmdata.identifier.Url;
import io.github.gcmdata.internal.Components;
import jakarta.validation.Valid;
import java.util.List;

/**
 * A United Nations document: a resolution, a declaration, a report.
 *
 * <p>Immutable: lists are copied on the way in and never null; a missing list is empty.
 *
 * @param symbol  the symbol, unique among the dataset's documents, not null
 * @param kind  the kind of document, not null
 * @param name  the title, or null
 * @param date  when it was adopted or issued, or null
 * @param url  where to read it, or null
 * @param sources  where the facts come from
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UnDocument(
        @JsonProperty(required = true) @RecordId UnDocumentSymbol symbol,
        @JsonProperty(required = true) DocumentKind kind,
        @NonBlankText LocalizedText name,
        PartialDate date,
        @WebUrl Url url,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Source> sources) {

    /**
     * Checks that required components are present and copies the lists.
     *
     * @param symbol  the symbol, unique among the dataset's documents, not null
     * @param kind  the kind of document, not null
     * @param name  the title, or null
     * @param date  when it was adopted or issued, or null
     * @param url  where to read it, or null
     * @param sources  where the facts come from
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public UnDocument {
        Components.required(symbol, "symbol");
        Components.required(kind, "kind");
        sources = Components.copy(sources, "sources");
    }
}
