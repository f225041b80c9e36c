package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.ValidId;
import io.github.gcmdata.constraints.ValidText;
import io.github.gcmdata.constraints.WebUrl;
import io.github.gcmdata.identifier.Url;
import jakarta.validation.Valid;
import java.util.List;

/**
 * An organisation: an intergovernmental organisation, a government body, a UN entity, a
 * civil-society group, a foundation, an initiative.
 *
 * <p>Acronyms are language-dependent (IOM, OIM) and live in {@code alternateName}. Figures such
 * as the number of member states change, and each carries the date it held.
 *
 * <p>Immutable: lists are copied on the way in and never null; a missing list is empty.
 *
 * @param id  the identifier of the organisation, unique among the dataset's organisations, not null
 * @param name  the name, not null
 * @param alternateName  the acronym or short name in each language, or null
 * @param kind  the kind of organisation, not null
 * @param foundingDate  when it was founded, or null
 * @param headquarters  where its headquarters are, or null
 * @param unSystemRelation  how it stands to the United Nations system, or null
 * @param url  its web site, or null
 * @param identifiers  its identifiers in other registers
 * @param figures  figures about it, each with its date
 * @param units  its top-level units, each with the units below it
 * @param sources  where the facts come from
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Organisation(
        @JsonProperty(required = true) @ValidId String id,
        @JsonProperty(required = true) @ValidText(required = true) LocalizedText name,
        @ValidText LocalizedText alternateName,
        @JsonProperty(required = true) OrganisationKind kind,
        PartialDate foundingDate,
        @Valid Place headquarters,
        UnSystemRelation unSystemRelation,
        @WebUrl Url url,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Identifier> identifiers,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid DatedFigure> figures,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid OrganisationalUnit> units,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Source> sources) {

    /**
     * Checks that required components are present and copies the lists.
     *
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public Organisation {
        Components.required(id, "id");
        Components.required(name, "name");
        Components.required(kind, "kind");
        identifiers = Components.copy(identifiers, "identifiers");
        figures = Components.copy(figures, "figures");
        units = Components.copy(units, "units");
        sources = Components.copy(sources, "sources");
    }
}
