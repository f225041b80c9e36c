package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.constraints.WebUrl;
import io.github.gcmdata.constraints.WellFormedId;
import io.github.gcmdata.identifier.Url;
import io.github.gcmdata.internal.Components;
import io.github.gcmdata.internal.GenerateBuilder;
import jakarta.validation.Valid;
import java.util.List;

/**
 * A series of events, such as the International Dialogue on Migration, launched in 2001 and held
 * every year in several sessions, or the International Migration Review Forum (schema.org
 * {@code EventSeries}). An event says where it stands in its series with
 * {@link EventSeriesEntry#seriesRef()}.
 *
 * <p>Immutable: lists are copied on the way in and never null; a missing list is empty.
 *
 * @param id  the identifier of the series, unique among the dataset's event series, not null
 * @param name  the name, not null
 * @param alternateName  the acronym or short name in each language, such as IDM, or null
 * @param description  what the series is, or null
 * @param startDate  when the series began, such as 2001, or null
 * @param organizers  who holds the series
 * @param legalBasis  the document under which it is held, such as a constitution's article, or null
 * @param url  its web page, or null
 * @param relations  how it relates to other records: established by a resolution
 * @param sources  where the facts come from
 */
@GenerateBuilder
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventSeries(
        @JsonProperty(required = true) @RecordId @WellFormedId String id,
        @JsonProperty(required = true) @NonBlankText(required = true) LocalizedText name,
        @NonBlankText LocalizedText alternateName,
        @NonBlankText LocalizedText description,
        PartialDate startDate,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid AgentRef> organizers,
        @Valid DocumentReference legalBasis,
        @WebUrl Url url,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Relation> relations,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Source> sources) {

    /**
     * Checks that required components are present and copies the lists.
     *
     * @param id  the identifier of the series, unique among the dataset's event series, not null
     * @param name  the name, not null
     * @param alternateName  the acronym or short name in each language, such as IDM, or null
     * @param description  what the series is, or null
     * @param startDate  when the series began, such as 2001, or null
     * @param organizers  who holds the series
     * @param legalBasis  the document under which it is held, such as a constitution's article, or null
     * @param url  its web page, or null
     * @param relations  how it relates to other records: established by a resolution
     * @param sources  where the facts come from
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public EventSeries {
        Components.required(id, "id");
        Components.required(name, "name");
        organizers = Components.copy(organizers, "organizers");
        relations = Components.copy(relations, "relations");
        sources = Components.copy(sources, "sources");
    }

    /**
     * Starts building an {@code EventSeries} from its required components; every other
     * component starts absent, and every list empty.
     *
     * @param id  the identifier of the series, unique among the dataset's event series, not null
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
     * EventSeries sourced = idm.toBuilder().sources(source).build();
     * }</pre>
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        return new Builder().copyFrom(this);
    }

    /**
     * Builds an {@code EventSeries} one component at a time. The builder is mutable and not
     * thread-safe; the record it builds is immutable.
     *
     * <pre>{@code
     * EventSeries idm = EventSeries.builder("international-dialogue-on-migration",
     *                 LocalizedText.of("en", "International Dialogue on Migration"))
     *         .alternateName(LocalizedText.of("en", "IDM"))
     *         .startDate(PartialDate.ofYear(2001))
     *         .organizers(AgentRef.organisation("iom"))
     *         .build();
     * }</pre>
     */
    public static final class Builder extends EventSeriesBuilderBase {
        private Builder() {
        }
    }
}
