package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.constraints.WebUrl;
import io.github.gcmdata.constraints.WellFormedId;
import io.github.gcmdata.identifier.Url;
import io.github.gcmdata.internal.Components;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
        @JsonProperty(required = true) @RecordId @WellFormedId String id,
        @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate datePublished,
        @NonBlankText LocalizedText dateline,
        @JsonProperty(required = true) @NonBlankText(required = true) LocalizedText headline,
        @NonBlankText LocalizedText articleBody,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @RefersTo(Event.class) List<@WellFormedId String> eventRefs,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid AgentRef> mentions,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @RefersTo(Person.class) List<@WellFormedId String> contactRefs,
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
        return new Builder(id, headline);
    }

    /**
     * Returns a builder that starts from this record, for a modified copy.
     *
     * @return a new builder holding this record's components, not null
     */
    public Builder toBuilder() {
        Builder builder = new Builder(id, headline);
        builder.datePublished = datePublished;
        builder.dateline = dateline;
        builder.articleBody = articleBody;
        builder.eventRefs.addAll(eventRefs);
        builder.mentions.addAll(mentions);
        builder.contactRefs.addAll(contactRefs);
        builder.url = url;
        builder.sources.addAll(sources);
        return builder;
    }

    /**
     * Builds a {@code NewsItem} one component at a time. The builder is mutable and not
     * thread-safe; the record it builds is immutable.
     */
    public static final class Builder {
        private final String id;
        private final LocalizedText headline;
        private LocalDate datePublished;
        private LocalizedText dateline;
        private LocalizedText articleBody;
        private final List<String> eventRefs = new ArrayList<>();
        private final List<AgentRef> mentions = new ArrayList<>();
        private final List<String> contactRefs = new ArrayList<>();
        private Url url;
        private final List<Source> sources = new ArrayList<>();

        private Builder(String id, LocalizedText headline) {
            this.id = id;
            this.headline = headline;
        }

        /**
         * Sets the day it was published, or null.
         *
         * @param datePublished  the value, or null for none
         * @return this builder
         */
        public Builder datePublished(LocalDate datePublished) {
            this.datePublished = datePublished;
            return this;
        }

        /**
         * Sets the dateline, such as "Switzerland", or null.
         *
         * @param dateline  the value, or null for none
         * @return this builder
         */
        public Builder dateline(LocalizedText dateline) {
            this.dateline = dateline;
            return this;
        }

        /**
         * Sets the text, or null.
         *
         * @param articleBody  the value, or null for none
         * @return this builder
         */
        public Builder articleBody(LocalizedText articleBody) {
            this.articleBody = articleBody;
            return this;
        }

        /**
         * Sets the identifiers of the events it reports on, replacing any set before.
         *
         * @param eventRefs  the values, not null
         * @return this builder
         */
        public Builder eventRefs(List<String> eventRefs) {
            this.eventRefs.clear();
            this.eventRefs.addAll(eventRefs);
            return this;
        }

        /**
         * Sets the identifiers of the events it reports on, replacing any set before.
         *
         * @param eventRefs  the values, not null
         * @return this builder
         */
        public Builder eventRefs(String... eventRefs) {
            return eventRefs(Arrays.asList(eventRefs));
        }

        /**
         * Sets the organisations, states and persons it mentions, replacing any set before.
         *
         * @param mentions  the values, not null
         * @return this builder
         */
        public Builder mentions(List<AgentRef> mentions) {
            this.mentions.clear();
            this.mentions.addAll(mentions);
            return this;
        }

        /**
         * Sets the organisations, states and persons it mentions, replacing any set before.
         *
         * @param mentions  the values, not null
         * @return this builder
         */
        public Builder mentions(AgentRef... mentions) {
            return mentions(Arrays.asList(mentions));
        }

        /**
         * Sets the identifiers of the persons to contact about it, replacing any set before.
         *
         * @param contactRefs  the values, not null
         * @return this builder
         */
        public Builder contactRefs(List<String> contactRefs) {
            this.contactRefs.clear();
            this.contactRefs.addAll(contactRefs);
            return this;
        }

        /**
         * Sets the identifiers of the persons to contact about it, replacing any set before.
         *
         * @param contactRefs  the values, not null
         * @return this builder
         */
        public Builder contactRefs(String... contactRefs) {
            return contactRefs(Arrays.asList(contactRefs));
        }

        /**
         * Sets where it is published, or null.
         *
         * @param url  the value, or null for none
         * @return this builder
         */
        public Builder url(Url url) {
            this.url = url;
            return this;
        }

        /**
         * Sets where the facts come from, replacing any set before.
         *
         * @param sources  the values, not null
         * @return this builder
         */
        public Builder sources(List<Source> sources) {
            this.sources.clear();
            this.sources.addAll(sources);
            return this;
        }

        /**
         * Sets where the facts come from, replacing any set before.
         *
         * @param sources  the values, not null
         * @return this builder
         */
        public Builder sources(Source... sources) {
            return sources(Arrays.asList(sources));
        }

        /**
         * Builds the {@code NewsItem}.
         *
         * @return the record, not null
         * @throws NullPointerException if a required component is null, or a list holds a null
         */
        public NewsItem build() {
            return new NewsItem(id, datePublished, dateline, headline, articleBody, eventRefs, mentions, contactRefs, url, sources);
        }
    }
}
