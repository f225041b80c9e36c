package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.KnownLanguage;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.internal.Components;
import jakarta.validation.Valid;

/**
 * Words a news item quotes, in the language it prints them (schema.org {@code Quotation}): who said
 * what. Where the source does not say who spoke (a paragraph that carries on a quotation without
 * restating the speaker), the dataset may name the speaker it infers and say so.
 *
 * <pre>{@code
 * new Quotation("These funds will help IOM to save lives", LanguageTag.ENGLISH,
 *         AgentRef.person("betty-e-king"), "Ambassador King", false)
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param text  the words, as printed, not null
 * @param inLanguage  the language they are printed in, not null
 * @param creator  who said or wrote them (schema.org {@code creator}), or null where the source does not say
 * @param creatorAsPrinted  the speaker as the source names them, such as "Ambassador King", or null
 * @param inferred  true if the source does not say who spoke and the dataset infers the creator; written only when true
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Quotation(
        @JsonProperty(required = true) @NonBlankText String text,
        @JsonProperty(required = true) @KnownLanguage LanguageTag inLanguage,
        @Valid AgentRef creator,
        @NonBlankText String creatorAsPrinted,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean inferred) {

    /**
     * Checks that required components are present.
     *
     * @param text  the words, as printed, not null
     * @param inLanguage  the language they are printed in, not null
     * @param creator  who said or wrote them (schema.org {@code creator}), or null where the source does not say
     * @param creatorAsPrinted  the speaker as the source names them, such as "Ambassador King", or null
     * @param inferred  true if the source does not say who spoke and the dataset infers the creator; written only when true
     * @throws NullPointerException if a required component is null
     */
    public Quotation {
        Components.required(text, "text");
        Components.required(inLanguage, "inLanguage");
    }
}
