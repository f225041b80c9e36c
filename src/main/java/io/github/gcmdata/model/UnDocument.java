package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.IdentifiedDocument;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.constraints.WebUrl;
import io.github.gcmdata.constraints.WellFormedId;
import io.github.gcmdata.identifier.UnDocumentSymbol;
import io.github.gcmdata.identifier.Url;
import io.github.gcmdata.internal.Components;
import io.github.gcmdata.internal.GenerateBuilder;
import jakarta.validation.Valid;
import java.util.List;

/**
 * A document: a United Nations resolution, declaration or report with its symbol, or a document
 * without one, such as the Constitution of IOM, the United Nations Youth Strategy or a letter.
 *
 * <p>A document is identified by its {@code id}, its {@code symbol}, or both; it must have one
 * ({@code document.unidentified}). Both are unique among the dataset's documents, and a reference
 * to a document may name either.
 *
 * <p>Immutable: lists are copied on the way in and never null; a missing list is empty.
 *
 * @param id  the identifier of the document, unique among the dataset's documents, or null if it has a symbol
 * @param symbol  the UN document symbol, unique among the dataset's documents, or null if it has none
 * @param kind  the kind of document, not null
 * @param name  the title, or null
 * @param alternateName  a short name or an acronym, such as "GCM", or null
 * @param date  when it was adopted or issued, or null
 * @param issuers  who issued, adopted or signed it: an organisation, a state, a person
 * @param recipients  to whom it is addressed, such as the addressee of a letter
 * @param url  where to read it, or null
 * @param relations  how it relates to other records, such as the event it is the {@code outcome_of}
 * @param sources  where the facts come from
 */
@GenerateBuilder
@JsonInclude(JsonInclude.Include.NON_NULL)
@IdentifiedDocument
public record UnDocument(
        @RecordId @WellFormedId String id,
        @RecordId UnDocumentSymbol symbol,
        @JsonProperty(required = true) DocumentKind kind,
        @NonBlankText LocalizedText name,
        @NonBlankText LocalizedText alternateName,
        PartialDate date,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid AgentRef> issuers,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid AgentRef> recipients,
        @WebUrl Url url,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Relation> relations,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Source> sources) {

    /**
     * Checks that required components are present and copies the lists.
     *
     * @param id  the identifier of the document, unique among the dataset's documents, or null if it has a symbol
     * @param symbol  the UN document symbol, unique among the dataset's documents, or null if it has none
     * @param kind  the kind of document, not null
     * @param name  the title, or null
     * @param alternateName  a short name or an acronym, such as "GCM", or null
     * @param date  when it was adopted or issued, or null
     * @param issuers  who issued, adopted or signed it: an organisation, a state, a person
     * @param recipients  to whom it is addressed, such as the addressee of a letter
     * @param url  where to read it, or null
     * @param relations  how it relates to other records, such as the event it is the {@code outcome_of}
     * @param sources  where the facts come from
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public UnDocument {
        Components.required(kind, "kind");
        issuers = Components.copy(issuers, "issuers");
        recipients = Components.copy(recipients, "recipients");
        relations = Components.copy(relations, "relations");
        sources = Components.copy(sources, "sources");
    }

    /**
     * Starts building a {@code UnDocument} from its required components; every other
     * component starts absent, and every list empty. Give it an {@code id}, a {@code symbol}, or both.
     *
     * @param kind  the kind of document, not null
     * @return a new builder, not null
     */
    public static Builder builder(DocumentKind kind) {
        return new Builder().kind(kind);
    }

    /**
     * Returns a builder holding this record's components, for a modified copy:
     *
     * <pre>{@code
     * UnDocument linked = compact.toBuilder().url(Url.parse("https://undocs.org/A/RES/73/195")).build();
     * }</pre>
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        return new Builder().copyFrom(this);
    }

    /**
     * Builds a {@code UnDocument} one component at a time. The builder is mutable and not
     * thread-safe; the record it builds is immutable.
     *
     * <pre>{@code
     * UnDocument compact = UnDocument.builder(DocumentKind.RESOLUTION)
     *         .symbol(UnDocumentSymbol.parse("A/RES/73/195"))
     *         .date(PartialDate.parse("2018-12-19"))
     *         .build();
     * UnDocument constitution = UnDocument.builder(DocumentKind.CONSTITUTION)
     *         .id("iom-constitution")
     *         .name(LocalizedText.of("en", "Constitution of the International Organization for Migration"))
     *         .issuers(AgentRef.organisation("iom"))
     *         .build();
     * }</pre>
     */
    public static final class Builder extends UnDocumentBuilderBase {
        private Builder() {
        }
    }
}
