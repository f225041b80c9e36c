package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.constraints.WebUrl;
import io.github.gcmdata.constraints.WellFormedId;
import io.github.gcmdata.identifier.Url;
import io.github.gcmdata.internal.Components;
import io.github.gcmdata.internal.GenerateBuilder;
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
 * @param publisherRefs  the identifiers of the organisations that publish it
 * @param quotations  the words it quotes, with who said them
 * @param url  where it is published, or null
 * @param sources  where the facts come from
 */
@GenerateBuilder
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewsItem(
        @JsonProperty(required = true) @RecordId @WellFormedId String id,
        @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate datePublished,
        @NonBlankText LocalizedText dateline,
        @JsonProperty(required = true) @NonBlankText(required = true) LocalizedText headline,
        @NonBlankText LocalizedText articleBody,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @RefersTo(Event.class) List<@WellFormedId String> eventRefs,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid AgentRef> mentions,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @RefersTo(Person.class) List<@WellFormedId String> contactRefs,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @RefersTo(Organisation.class) List<@WellFormedId String> publisherRefs,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Quotation> quotations,
        @WebUrl Url url,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Source> sources) {

    /**
     * Checks that required components are present and copies the lists.
     *
     * @param id  the identifier of the news item, unique among the dataset's news items, not null
     * @param datePublished  the day it was published, or null
     * @param dateline  the dateline, such as "Switzerland", or null
     * @param headline  the headline, not null
     * @param articleBody  the text, or null
     * @param eventRefs  the identifiers of the events it reports on
     * @param mentions  the organisations, states and persons it mentions
     * @param contactRefs  the identifiers of the persons to contact about it
     * @param publisherRefs  the identifiers of the organisations that publish it
     * @param quotations  the words it quotes, with who said them
     * @param url  where it is published, or null
     * @param sources  where the facts come from
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public NewsItem {
        Components.required(id, "id");
        Components.required(headline, "headline");
        eventRefs = Components.copy(eventRefs, "eventRefs");
        mentions = Components.copy(mentions, "mentions");
        contactRefs = Components.copy(contactRefs, "contactRefs");
        publisherRefs = Components.copy(publisherRefs, "publisherRefs");
        quotations = Components.copy(quotations, "quotations");
        sources = Components.copy(sources, "sources");
    }

    /**
     * Starts building a {@code NewsItem} from its required components; every other
     * component starts absent, and every list empty.
     *
     * @param id  the identifier of the news item, unique among the dataset's news items, not null
     * @param headline  the headline, not null
     * @return a new builder, not null
     */
    public static Builder builder(String id, LocalizedText headline) {
        return new Builder().id(id).headline(headline);
    }

    /**
     * Returns a builder holding this record's components, for a modified copy:
     *
     * <pre>{@code
     * NewsItem dated = release.toBuilder().dateline(LocalizedText.of("en", "New York")).build();
     * }</pre>
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        return new Builder().copyFrom(this);
    }

    /**
     * Builds a {@code NewsItem} one component at a time. The builder is mutable and not
     * thread-safe; the record it builds is immutable.
     *
     * <pre>{@code
     * NewsItem release = NewsItem.builder("pr-2022-03-02", LocalizedText.of("en", "IDM closes in New York"))
     *         .datePublished(LocalDate.of(2022, 3, 2))
     *         .eventRefs("idm-2022-session-1")
     *         .contactRefs("press-office")
     *         .build();
     * }</pre>
     */
    public static final class Builder extends NewsItemBuilderBase {
        private Builder() {
        }
    }
}
