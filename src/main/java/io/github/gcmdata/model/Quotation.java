package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.KnownLanguage;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.internal.Components;
import io.github.gcmdata.internal.GenerateBuilder;
import jakarta.validation.Valid;

/**
 * Words a news item quotes, in the language it prints them (schema.org {@code Quotation}): who said
 * what. Where the source does not say who spoke (a paragraph that carries on a quotation without
 * restating the speaker), the dataset may name the speaker it infers and say so.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text  the words, as printed, not null
 * @param inLanguage  the language they are printed in, not null
 * @param creator  who said or wrote them (schema.org {@code creator}), or null where the source does not say
 * @param creatorAsPrinted  the speaker as the source names them, such as "Ambassador King", or null
 * @param inferred  true if the source does not say who spoke and the dataset infers the creator; written only when true
 */
@GenerateBuilder
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

    /**
     * Starts building a {@code Quotation} from its required components; every other
     * component starts absent, and {@code inferred} false.
     *
     * @param text  the words, as printed, not null
     * @param inLanguage  the language they are printed in, not null
     * @return a new builder, not null
     */
    public static Builder builder(String text, LanguageTag inLanguage) {
        return new Builder().text(text).inLanguage(inLanguage);
    }

    /**
     * Returns a builder holding this record's components, for a modified copy:
     *
     * <pre>{@code
     * Quotation attributed = quotation.toBuilder().creator(AgentRef.person("betty-e-king")).inferred(true).build();
     * }</pre>
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        return new Builder().copyFrom(this);
    }

    /**
     * Builds a {@code Quotation} one component at a time. The builder is mutable and not
     * thread-safe; the record it builds is immutable.
     *
     * <pre>{@code
     * Quotation quotation = Quotation.builder("These funds will help IOM to save lives", LanguageTag.ENGLISH)
     *         .creator(AgentRef.person("betty-e-king"))
     *         .creatorAsPrinted("Ambassador King")
     *         .build();
     * }</pre>
     */
    public static final class Builder extends QuotationBuilderBase {
        private Builder() {
        }
    }
}
