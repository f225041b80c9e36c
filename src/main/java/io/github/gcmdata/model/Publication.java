package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.KnownLanguage;
import io.github.gcmdata.constraints.MaxTableOfContentsDepth;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.constraints.NotInFuture;
import io.github.gcmdata.constraints.ObjectiveNumber;
import io.github.gcmdata.constraints.WellFormedId;
import io.github.gcmdata.identifier.Doi;
import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.internal.Components;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A publication: a book, a report, a volume of a series, in one or more language editions.
 *
 * <p>Immutable: lists are copied on the way in and never null; a missing list is empty.
 *
 * @param id  the identifier of the publication, unique among the dataset's publications, not null
 * @param name  the title, not null
 * @param series  where it stands in a series, or null
 * @param editions  its language editions
 * @param publisherReference  the publisher's own reference, such as "PUB2019/046/L", or null
 * @param datePublished  when it appeared, or null
 * @param publisherRefs  the identifiers of its publishers and co-publishers
 * @param contributors  its authors, editors and other contributors
 * @param abstractText  its abstract, or null; {@code "abstract"} in JSON
 * @param tableOfContents  its table of contents, top-level entries first
 * @param themes  its themes
 * @param inLanguage  the languages it is available in
 * @param eventRefs  the identifiers of the events it reports on
 * @param relatedObjectives  the numbers of the GCM objectives it addresses
 * @param doi  its DOI, or null
 * @param links  links to it
 * @param sources  where the facts come from
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Publication(
        @JsonProperty(required = true) @RecordId @WellFormedId String id,
        @JsonProperty(required = true) @NonBlankText(required = true) LocalizedText name,
        @Valid PublicationSeriesEntry series,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Edition> editions,
        @NonBlankText String publisherReference,
        @NotInFuture PartialDate datePublished,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @RefersTo(Organisation.class) List<@WellFormedId String> publisherRefs,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Contributor> contributors,
        @JsonProperty("abstract") @NonBlankText LocalizedText abstractText,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @MaxTableOfContentsDepth List<@Valid TableOfContentsEntry> tableOfContents,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@NonBlankText(required = true) LocalizedText> themes,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@KnownLanguage LanguageTag> inLanguage,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @RefersTo(Event.class) List<@WellFormedId String> eventRefs,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@ObjectiveNumber Integer> relatedObjectives,
        Doi doi,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Link> links,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Source> sources) {

    /**
     * Checks that required components are present and copies the lists.
     *
     * @param id  the identifier of the publication, unique among the dataset's publications, not null
     * @param name  the title, not null
     * @param series  where it stands in a series, or null
     * @param editions  its language editions
     * @param publisherReference  the publisher's own reference, such as "PUB2019/046/L", or null
     * @param datePublished  when it appeared, or null
     * @param publisherRefs  the identifiers of its publishers and co-publishers
     * @param contributors  its authors, editors and other contributors
     * @param abstractText  its abstract, or null; {@code "abstract"} in JSON
     * @param tableOfContents  its table of contents, top-level entries first
     * @param themes  its themes
     * @param inLanguage  the languages it is available in
     * @param eventRefs  the identifiers of the events it reports on
     * @param relatedObjectives  the numbers of the GCM objectives it addresses
     * @param doi  its DOI, or null
     * @param links  links to it
     * @param sources  where the facts come from
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public Publication {
        Components.required(id, "id");
        Components.required(name, "name");
        editions = Components.copy(editions, "editions");
        publisherRefs = Components.copy(publisherRefs, "publisherRefs");
        contributors = Components.copy(contributors, "contributors");
        tableOfContents = Components.copy(tableOfContents, "tableOfContents");
        themes = Components.copy(themes, "themes");
        inLanguage = Components.copy(inLanguage, "inLanguage");
        eventRefs = Components.copy(eventRefs, "eventRefs");
        relatedObjectives = Components.copy(relatedObjectives, "relatedObjectives");
        links = Components.copy(links, "links");
        sources = Components.copy(sources, "sources");
    }

    /**
     * Starts building a {@code Publication} from its required components; every other
     * component starts absent, and every list empty.
     *
     * @param id  the identifier of the publication, unique among the dataset's publications, not null
     * @param name  the title, not null
     * @return a new builder, not null
     */
    public static Builder builder(String id, LocalizedText name) {
        return new Builder(id, name);
    }

    /**
     * Returns a builder that starts from this record, for a modified copy.
     *
     * @return a new builder holding this record's components, not null
     */
    public Builder toBuilder() {
        Builder builder = new Builder(id, name);
        builder.series = series;
        builder.editions.addAll(editions);
        builder.publisherReference = publisherReference;
        builder.datePublished = datePublished;
        builder.publisherRefs.addAll(publisherRefs);
        builder.contributors.addAll(contributors);
        builder.abstractText = abstractText;
        builder.tableOfContents.addAll(tableOfContents);
        builder.themes.addAll(themes);
        builder.inLanguage.addAll(inLanguage);
        builder.eventRefs.addAll(eventRefs);
        builder.relatedObjectives.addAll(relatedObjectives);
        builder.doi = doi;
        builder.links.addAll(links);
        builder.sources.addAll(sources);
        return builder;
    }

    /**
     * Builds a {@code Publication} one component at a time. The builder is mutable and not
     * thread-safe; the record it builds is immutable.
     */
    public static final class Builder {
        private final String id;
        private final LocalizedText name;
        private PublicationSeriesEntry series;
        private final List<Edition> editions = new ArrayList<>();
        private String publisherReference;
        private PartialDate datePublished;
        private final List<String> publisherRefs = new ArrayList<>();
        private final List<Contributor> contributors = new ArrayList<>();
        private LocalizedText abstractText;
        private final List<TableOfContentsEntry> tableOfContents = new ArrayList<>();
        private final List<LocalizedText> themes = new ArrayList<>();
        private final List<LanguageTag> inLanguage = new ArrayList<>();
        private final List<String> eventRefs = new ArrayList<>();
        private final List<Integer> relatedObjectives = new ArrayList<>();
        private Doi doi;
        private final List<Link> links = new ArrayList<>();
        private final List<Source> sources = new ArrayList<>();

        private Builder(String id, LocalizedText name) {
            this.id = id;
            this.name = name;
        }

        /**
         * Sets where it stands in a series, or null.
         *
         * @param series  the value, or null for none
         * @return this builder
         */
        public Builder series(PublicationSeriesEntry series) {
            this.series = series;
            return this;
        }

        /**
         * Sets its language editions, replacing any set before.
         *
         * @param editions  the values, not null
         * @return this builder
         */
        public Builder editions(List<Edition> editions) {
            this.editions.clear();
            this.editions.addAll(editions);
            return this;
        }

        /**
         * Sets its language editions, replacing any set before.
         *
         * @param editions  the values, not null
         * @return this builder
         */
        public Builder editions(Edition... editions) {
            return editions(Arrays.asList(editions));
        }

        /**
         * Sets the publisher's own reference, such as "PUB2019/046/L", or null.
         *
         * @param publisherReference  the value, or null for none
         * @return this builder
         */
        public Builder publisherReference(String publisherReference) {
            this.publisherReference = publisherReference;
            return this;
        }

        /**
         * Sets when it appeared, or null.
         *
         * @param datePublished  the value, or null for none
         * @return this builder
         */
        public Builder datePublished(PartialDate datePublished) {
            this.datePublished = datePublished;
            return this;
        }

        /**
         * Sets the identifiers of its publishers and co-publishers, replacing any set before.
         *
         * @param publisherRefs  the values, not null
         * @return this builder
         */
        public Builder publisherRefs(List<String> publisherRefs) {
            this.publisherRefs.clear();
            this.publisherRefs.addAll(publisherRefs);
            return this;
        }

        /**
         * Sets the identifiers of its publishers and co-publishers, replacing any set before.
         *
         * @param publisherRefs  the values, not null
         * @return this builder
         */
        public Builder publisherRefs(String... publisherRefs) {
            return publisherRefs(Arrays.asList(publisherRefs));
        }

        /**
         * Sets its authors, editors and other contributors, replacing any set before.
         *
         * @param contributors  the values, not null
         * @return this builder
         */
        public Builder contributors(List<Contributor> contributors) {
            this.contributors.clear();
            this.contributors.addAll(contributors);
            return this;
        }

        /**
         * Sets its authors, editors and other contributors, replacing any set before.
         *
         * @param contributors  the values, not null
         * @return this builder
         */
        public Builder contributors(Contributor... contributors) {
            return contributors(Arrays.asList(contributors));
        }

        /**
         * Sets its abstract, or null; {@code "abstract"} in JSON.
         *
         * @param abstractText  the value, or null for none
         * @return this builder
         */
        public Builder abstractText(LocalizedText abstractText) {
            this.abstractText = abstractText;
            return this;
        }

        /**
         * Sets its table of contents, top-level entries first, replacing any set before.
         *
         * @param tableOfContents  the values, not null
         * @return this builder
         */
        public Builder tableOfContents(List<TableOfContentsEntry> tableOfContents) {
            this.tableOfContents.clear();
            this.tableOfContents.addAll(tableOfContents);
            return this;
        }

        /**
         * Sets its table of contents, top-level entries first, replacing any set before.
         *
         * @param tableOfContents  the values, not null
         * @return this builder
         */
        public Builder tableOfContents(TableOfContentsEntry... tableOfContents) {
            return tableOfContents(Arrays.asList(tableOfContents));
        }

        /**
         * Sets its themes, replacing any set before.
         *
         * @param themes  the values, not null
         * @return this builder
         */
        public Builder themes(List<LocalizedText> themes) {
            this.themes.clear();
            this.themes.addAll(themes);
            return this;
        }

        /**
         * Sets its themes, replacing any set before.
         *
         * @param themes  the values, not null
         * @return this builder
         */
        public Builder themes(LocalizedText... themes) {
            return themes(Arrays.asList(themes));
        }

        /**
         * Sets the languages it is available in, replacing any set before.
         *
         * @param inLanguage  the values, not null
         * @return this builder
         */
        public Builder inLanguage(List<LanguageTag> inLanguage) {
            this.inLanguage.clear();
            this.inLanguage.addAll(inLanguage);
            return this;
        }

        /**
         * Sets the languages it is available in, replacing any set before.
         *
         * @param inLanguage  the values, not null
         * @return this builder
         */
        public Builder inLanguage(LanguageTag... inLanguage) {
            return inLanguage(Arrays.asList(inLanguage));
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
         * Sets the numbers of the GCM objectives it addresses, replacing any set before.
         *
         * @param relatedObjectives  the values, not null
         * @return this builder
         */
        public Builder relatedObjectives(List<Integer> relatedObjectives) {
            this.relatedObjectives.clear();
            this.relatedObjectives.addAll(relatedObjectives);
            return this;
        }

        /**
         * Sets the numbers of the GCM objectives it addresses, replacing any set before.
         *
         * @param relatedObjectives  the values, not null
         * @return this builder
         */
        public Builder relatedObjectives(Integer... relatedObjectives) {
            return relatedObjectives(Arrays.asList(relatedObjectives));
        }

        /**
         * Sets its DOI, or null.
         *
         * @param doi  the value, or null for none
         * @return this builder
         */
        public Builder doi(Doi doi) {
            this.doi = doi;
            return this;
        }

        /**
         * Sets links to it, replacing any set before.
         *
         * @param links  the values, not null
         * @return this builder
         */
        public Builder links(List<Link> links) {
            this.links.clear();
            this.links.addAll(links);
            return this;
        }

        /**
         * Sets links to it, replacing any set before.
         *
         * @param links  the values, not null
         * @return this builder
         */
        public Builder links(Link... links) {
            return links(Arrays.asList(links));
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
         * Builds the {@code Publication}.
         *
         * @return the record, not null
         * @throws NullPointerException if a required component is null, or a list holds a null
         */
        public Publication build() {
            return new Publication(id, name, series, editions, publisherReference, datePublished, publisherRefs, contributors, abstractText, tableOfContents, themes, inLanguage, eventRefs, relatedObjectives, doi, links, sources);
        }
    }
}
