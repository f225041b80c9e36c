package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.ValidId;
import io.github.gcmdata.constraints.ValidText;
import io.github.gcmdata.constraints.WebUrl;
import io.github.gcmdata.identifier.Url;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;

/**
 * A news item or press release, with its dateline and press contacts.
 *
 * <p>Immutable: lists are copied on the way in and never null; a missing list is empty.
 *
 * @param id  the identifier of the news item, unique among the dataset's news items, not null
 * @param datePublished  the day it was published, or null
 * @param dateline  the dateline, such as "Switzerland", or null
 * @param headline  the headline, not null
 * @param articleBody  the text, or null
 * @param eventRefs  the identifiers of the events it reports on
 * @param mentions  the organisations, states and persons it mentions
 * @param contactRefs  the identifiers of the persons to contact about it
 * @param url  where it is published, or null
 * @param sources  where the facts come from
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewsItem(
        @JsonProperty(required = true) @ValidId String id,
        @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate datePublished,
        @ValidText LocalizedText dateline,
        @JsonProperty(required = true) @ValidText(required = true) LocalizedText headline,
        @ValidText LocalizedText articleBody,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@ValidId String> eventRefs,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid AgentRef> mentions,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@ValidId String> contactRefs,
        @WebUrl Url url,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Source> sources) {

    /**
     * Checks that required components are present and copies the lists.
     *
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public NewsItem {
        Components.required(id, "id");
        Components.required(headline, "headline");
        eventRefs = Components.copy(eventRefs, "eventRefs");
        mentions = Components.copy(mentions, "mentions");
        contactRefs = Components.copy(contactRefs, "contactRefs");
        sources = Components.copy(sources, "sources");
    }
}
