package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.KnownLanguage;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.constraints.WebUrl;
import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.identifier.Url;
import io.github.gcmdata.internal.Components;
import io.github.gcmdata.internal.GenerateBuilder;
import java.util.List;

/**
 * A link to a page or document, such as the final report of an event.
 *
 * <p>Immutable: lists are copied on the way in and never null; a missing list is empty.
 *
 * @param url  the address, not null
 * @param name  the link text, or null
 * @param inLanguage  the languages of the linked document
 * @param kind  what the link leads to, such as a recording or a concept note, or null
 */
@GenerateBuilder
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Link(
        @JsonProperty(required = true) @WebUrl Url url,
        @NonBlankText LocalizedText name,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@KnownLanguage LanguageTag> inLanguage,
        LinkKind kind) {

    /**
     * Checks that required components are present and copies the lists.
     *
     * @param url  the address, not null
     * @param name  the link text, or null
     * @param inLanguage  the languages of the linked document
     * @param kind  what the link leads to, such as a recording or a concept note, or null
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public Link {
        Components.required(url, "url");
        inLanguage = Components.copy(inLanguage, "inLanguage");
    }

    /**
     * A link without a kind: the components of the first format.
     *
     * @param url  the address, not null
     * @param name  the link text, or null
     * @param inLanguage  the languages of the linked document
     * @throws NullPointerException if the address is null, or a list holds a null
     */
    public Link(Url url, LocalizedText name, List<LanguageTag> inLanguage) {
        this(url, name, inLanguage, null);
    }

    /**
     * Starts building a {@code Link} from its required components; every other
     * component starts absent, and every list empty.
     *
     * @param url  the address, not null
     * @return a new builder, not null
     */
    public static Builder builder(Url url) {
        return new Builder().url(url);
    }

    /**
     * Returns a builder holding this record's components, for a modified copy:
     *
     * <pre>{@code
     * Link recording = link.toBuilder().kind(LinkKind.RECORDING).build();
     * }</pre>
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        return new Builder().copyFrom(this);
    }

    /**
     * Builds a {@code Link} one component at a time. The builder is mutable and not thread-safe;
     * the record it builds is immutable.
     *
     * <pre>{@code
     * Link report = Link.builder(Url.parse("https://www.iom.int/idm-2022-report.pdf"))
     *         .name(LocalizedText.of("fr", "Rapport final"))
     *         .inLanguage(LanguageTag.FRENCH)
     *         .kind(LinkKind.REPORT)
     *         .build();
     * }</pre>
     */
    public static final class Builder extends LinkBuilderBase {
        private Builder() {
        }
    }
}
