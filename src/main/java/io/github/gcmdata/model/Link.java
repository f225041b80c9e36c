package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.KnownLanguage;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.constraints.WebUrl;
import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.identifier.Url;
import io.github.gcmdata.internal.Components;
import java.util.List;

/**
 * A link to a page or document, such as the final report of an event.
 *
 * <p>Immutable: lists are copied on the way in and never null; a missing list is empty.
 *
 * @param url  the address, not null
 * @param name  the link text, or null
 * @param inLanguage  the languages of the linked document
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Link(
        @JsonProperty(required = true) @WebUrl Url url,
        @NonBlankText LocalizedText name,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@KnownLanguage LanguageTag> inLanguage) {

    /**
     * Checks that required components are present and copies the lists.
     *
     * @param url  the address, not null
     * @param name  the link text, or null
     * @param inLanguage  the languages of the linked document
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public Link {
        Components.required(url, "url");
        inLanguage = Components.copy(inLanguage, "inLanguage");
    }
}
