package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.CorrectCheckDigit;
import io.github.gcmdata.constraints.KnownLanguage;
import io.github.gcmdata.identifier.Issn;
import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.internal.Components;

/**
 * An ISSN that a publication series holds for one language.
 *
 * <p>Immutable and thread-safe.
 *
 * @param inLanguage  the language, not null
 * @param issn  the ISSN, not null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SeriesIssn(
        @JsonProperty(required = true) @KnownLanguage LanguageTag inLanguage,
        @JsonProperty(required = true) @CorrectCheckDigit Issn issn) {

    /**
     * Checks that required components are present.
     *
     * @param inLanguage  the language, not null
     * @param issn  the ISSN, not null
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public SeriesIssn {
        Components.required(inLanguage, "inLanguage");
        Components.required(issn, "issn");
    }
}
