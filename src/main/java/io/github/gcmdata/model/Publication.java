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
import io.github.gcmdata.internal.GenerateBuilder;
import jakarta.validation.Valid;
import java.util.List;

/**
 * A publication: a book, a report, a volume of a series, in one or more language editions.
 *
 * <p>Immutable: lists are copied on the way in and never null; a missing list is empty.
 *
 * @param id  the identifier of the publication, unique among the dataset's publications, not null
 * @param name  the title, not null
 * @param genre  its kind, as its publisher classes it: a book, a report, a research paper, or null
 * @param series  where it stands in a series, or null
 * @param editions  its language editions
 * @param publisherReference  the publisher's own reference, such as "PUB2019/046/L", or null
 * @param datePublished  when it appeared, or null
 * @param publisherRefs  the identifiers of its publishers and co-publishers
 * @param publicationPlace  the place of publication as the imprint prints it, such as "Geneva", or null
 * @param contributors  its authors, editors and other contributors
 * @param copyrightHolder  who holds its copyright, or null
 * @param copyrightYear  the year of its copyright, or null
 * @param license  its licence, as an SPDX identifier such as "CC-BY-NC-ND-3.0-IGO" or the address of its text, or null
 * @param abstractText  its abstract, or null; {@code "abstract"} in JSON
 * @param tableOfContents  its table of contents, top-level entries first
 * @param themes  its themes
 * @param inLanguage  the languages it is available in
 * @param originalLanguage  the language it was written in, where its editions are translations, or null
 * @param eventRefs  the identifiers of the events it reports on
 * @param relatedObjectives  the numbers of the GCM objectives it addresses
 * @param about  the records it is about (schema.org {@code about}): an organisation, an initiative, an event, a document, a GCM objective
 * @param spatialCoverage  the countries or regions it covers, such as the Arab region
 * @param citations  the documents it cites (schema.org {@code citation}), with or without a UN symbol
 * @param doi  its DOI, or null
 * @param links  links to it
 * @param relations  how it relates to other records: the outcome of an event, part of a book, building on another publication
 * @param sources  where the facts come from
 */
@GenerateBuilder
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Publication(
        @JsonProperty(required = true) @RecordId @WellFormedId String id,
        @JsonProperty(required = true) @NonBlankText(required = true) LocalizedText name,
        PublicationGenre genre,
        @Valid PublicationSeriesEntry series,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Edition> editions,
        @NonBlankText String publisherReference,
        @NotInFuture PartialDate datePublished,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @RefersTo(Organisation.class) List<@WellFormedId String> publisherRefs,
        @NonBlankText LocalizedText publicationPlace,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Contributor> contributors,
        @Valid AgentRef copyrightHolder,
        @NotInFuture Integer copyrightYear,
        @NonBlankText String license,
        @JsonProperty("abstract") @NonBlankText LocalizedText abstractText,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @MaxTableOfContentsDepth List<@Valid TableOfContentsEntry> tableOfContents,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@NonBlankText(required = true) LocalizedText> themes,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@KnownLanguage LanguageTag> inLanguage,
        @KnownLanguage LanguageTag originalLanguage,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @RefersTo(Event.class) List<@WellFormedId String> eventRefs,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@ObjectiveNumber Integer> relatedObjectives,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid RecordRef> about,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Place> spatialCoverage,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid DocumentReference> citations,
        Doi doi,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Link> links,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Relation> relations,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Source> sources) {

    /**
     * Checks that required components are present and copies the lists.
     *
     * @param id  the identifier of the publication, unique among the dataset's publications, not null
     * @param name  the title, not null
     * @param genre  its kind, as its publisher classes it: a book, a report, a research paper, or null
     * @param series  where it stands in a series, or null
     * @param editions  its language editions
     * @param publisherReference  the publisher's own reference, such as "PUB2019/046/L", or null
     * @param datePublished  when it appeared, or null
     * @param publisherRefs  the identifiers of its publishers and co-publishers
     * @param publicationPlace  the place of publication as the imprint prints it, such as "Geneva", or null
     * @param contributors  its authors, editors and other contributors
     * @param copyrightHolder  who holds its copyright, or null
     * @param copyrightYear  the year of its copyright, or null
     * @param license  its licence, as an SPDX identifier such as "CC-BY-NC-ND-3.0-IGO" or the address of its text, or null
     * @param abstractText  its abstract, or null; {@code "abstract"} in JSON
     * @param tableOfContents  its table of contents, top-level entries first
     * @param themes  its themes
     * @param inLanguage  the languages it is available in
     * @param originalLanguage  the language it was written in, where its editions are translations, or null
     * @param eventRefs  the identifiers of the events it reports on
     * @param relatedObjectives  the numbers of the GCM objectives it addresses
     * @param about  the records it is about (schema.org {@code about}): an organisation, an initiative, an event, a document, a GCM objective
     * @param spatialCoverage  the countries or regions it covers, such as the Arab region
     * @param citations  the documents it cites (schema.org {@code citation}), with or without a UN symbol
     * @param doi  its DOI, or null
     * @param links  links to it
     * @param relations  how it relates to other records: the outcome of an event, part of a book, building on another publication
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
        about = Components.copy(about, "about");
        spatialCoverage = Components.copy(spatialCoverage, "spatialCoverage");
        citations = Components.copy(citations, "citations");
        relations = Components.copy(relations, "relations");
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
        return new Builder().id(id).name(name);
    }

    /**
     * Returns a builder holding this record's components, for a modified copy:
     *
     * <pre>{@code
     * Publication withDoi = idm28.toBuilder().doi(Doi.parse("10.18356/9789210026659")).build();
     * }</pre>
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        return new Builder().copyFrom(this);
    }

    /**
     * Builds a {@code Publication} one component at a time. The builder is mutable and not
     * thread-safe; the record it builds is immutable.
     *
     * <pre>{@code
     * Publication idm28 = Publication.builder("idm-no-28",
     *                 LocalizedText.of("fr", "Dialogue international sur la migration No. 28"))
     *         .editions(french)
     *         .datePublished(PartialDate.ofYear(2018))
     *         .inLanguage(LanguageTag.FRENCH, LanguageTag.ENGLISH, LanguageTag.SPANISH)
     *         .build();
     * }</pre>
     */
    public static final class Builder extends PublicationBuilderBase {
        private Builder() {
        }
    }
}
