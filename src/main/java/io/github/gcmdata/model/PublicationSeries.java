package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.constraints.WellFormedId;
import io.github.gcmdata.internal.Components;
import io.github.gcmdata.internal.GenerateBuilder;
import jakarta.validation.Valid;
import java.util.List;

/**
 * A series of publications, such as the International Dialogue on Migration, with an ISSN per
 * language.
 *
 * <p>Immutable: lists are copied on the way in and never null; a missing list is empty.
 *
 * @param id  the identifier of the series, unique among the dataset's series, not null
 * @param name  the name, not null
 * @param alternateName  a short name or an acronym, such as "MRS", or null
 * @param description  a description, or null
 * @param publisherRefs  the identifiers of the organisations that publish it
 * @param issns  its ISSNs, one per language
 * @param sources  where the facts come from
 */
@GenerateBuilder
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublicationSeries(
        @JsonProperty(required = true) @RecordId @WellFormedId String id,
        @JsonProperty(required = true) @NonBlankText(required = true) LocalizedText name,
        @NonBlankText LocalizedText alternateName,
        @NonBlankText LocalizedText description,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @RefersTo(Organisation.class) List<@WellFormedId String> publisherRefs,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid SeriesIssn> issns,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Source> sources) {

    /**
     * Checks that required components are present and copies the lists.
     *
     * @param id  the identifier of the series, unique among the dataset's series, not null
     * @param name  the name, not null
     * @param alternateName  a short name or an acronym, such as "MRS", or null
     * @param description  a description, or null
     * @param publisherRefs  the identifiers of the organisations that publish it
     * @param issns  its ISSNs, one per language
     * @param sources  where the facts come from
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public PublicationSeries {
        Components.required(id, "id");
        Components.required(name, "name");
        publisherRefs = Components.copy(publisherRefs, "publisherRefs");
        issns = Components.copy(issns, "issns");
        sources = Components.copy(sources, "sources");
    }

    /**
     * Starts building a {@code PublicationSeries} from its required components; every other
     * component starts absent, and every list empty.
     *
     * @param id  the identifier of the series, unique among the dataset's series, not null
     * @param name  the name, not null
     * @return a new builder, not null
     */
    public static Builder builder(String id, LocalizedText name) {
        return new Builder().id(id).name(name);
    }

    /**
     * Returns a builder holding this record's components, for a modified copy:
     *
     * <pre>{@code
     * PublicationSeries sourced = redBooks.toBuilder().sources(source).build();
     * }</pre>
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        return new Builder().copyFrom(this);
    }

    /**
     * Builds a {@code PublicationSeries} one component at a time. The builder is mutable and not
     * thread-safe; the record it builds is immutable.
     *
     * <pre>{@code
     * PublicationSeries redBooks = PublicationSeries.builder("idm-red-books",
     *                 LocalizedText.of("en", "International Dialogue on Migration"))
     *         .publisherRefs("iom")
     *         .issns(new SeriesIssn(LanguageTag.ENGLISH, Issn.parse("1726-2224")))
     *         .build();
     * }</pre>
     */
    public static final class Builder extends PublicationSeriesBuilderBase {
        private Builder() {
        }
    }
}
