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
 * @param description  what the organisation is or does, or null
 * @param kind  the kind of organisation, not null
 * @param parentOrganization  the organisation or state it belongs to, such as the state of a ministry, or null
 * @param foundingDate  when it was founded, or null
 * @param headquarters  where its headquarters are, or null
 * @param unSystemRelation  how it stands to the United Nations system, or null
 * @param url  its web site, or null
 * @param identifiers  its identifiers in other registers
 * @param figures  figures about it, each with its date
 * @param units  its top-level units, each with the units below it
 * @param contactPoints  how to reach it: its switchboard, fax, press office
 * @param relations  how it relates to other records: established by a council, a resolution
 * @param sources  where the facts come from
 */
@GenerateBuilder
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Organisation(
        @JsonProperty(required = true) @RecordId @WellFormedId String id,
        @JsonProperty(required = true) @NonBlankText(required = true) LocalizedText name,
        @NonBlankText LocalizedText alternateName,
        @NonBlankText LocalizedText description,
        @JsonProperty(required = true) OrganisationKind kind,
        @Valid AgentRef parentOrganization,
        PartialDate foundingDate,
        @Valid Place headquarters,
        UnSystemRelation unSystemRelation,
        @WebUrl Url url,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Identifier> identifiers,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid DatedFigure> figures,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid OrganisationalUnit> units,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid ContactPoint> contactPoints,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Relation> relations,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Source> sources) {

    /**
     * Checks that required components are present and copies the lists.
     *
     * @param id  the identifier of the organisation, unique among the dataset's organisations, not null
     * @param name  the name, not null
     * @param alternateName  the acronym or short name in each language, or null
     * @param description  what the organisation is or does, or null
     * @param kind  the kind of organisation, not null
     * @param parentOrganization  the organisation or state it belongs to, such as the state of a ministry, or null
     * @param foundingDate  when it was founded, or null
     * @param headquarters  where its headquarters are, or null
     * @param unSystemRelation  how it stands to the United Nations system, or null
     * @param url  its web site, or null
     * @param identifiers  its identifiers in other registers
     * @param figures  figures about it, each with its date
     * @param units  its top-level units, each with the units below it
     * @param contactPoints  how to reach it: its switchboard, fax, press office
     * @param relations  how it relates to other records: established by a council, a resolution
     * @param sources  where the facts come from
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public Organisation {
        Components.required(id, "id");
        Components.required(name, "name");
        Components.required(kind, "kind");
        identifiers = Components.copy(identifiers, "identifiers");
        figures = Components.copy(figures, "figures");
        units = Components.copy(units, "units");
        contactPoints = Components.copy(contactPoints, "contactPoints");
        relations = Components.copy(relations, "relations");
        sources = Components.copy(sources, "sources");
    }


    /**
     * Starts building an {@code Organisation} from its required components; every other
     * component starts absent, and every list empty.
     *
     * @param id  the identifier of the organisation, unique among the dataset's organisations, not null
     * @param name  the name, not null
     * @param kind  the kind of organisation, not null
     * @return a new builder, not null
     */
    public static Builder builder(String id, LocalizedText name, OrganisationKind kind) {
        return new Builder().id(id).name(name).kind(kind);
    }

    /**
     * Returns a builder holding this record's components, for a modified copy:
     *
     * <pre>{@code
     * Organisation renamed = iom.toBuilder().alternateName(LocalizedText.of("fr", "OIM")).build();
     * }</pre>
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        return new Builder().copyFrom(this);
    }

    /**
     * Builds an {@code Organisation} one component at a time. The builder is mutable and not
     * thread-safe; the record it builds is immutable.
     *
     * <pre>{@code
     * Organisation iom = Organisation.builder("iom",
     *                 LocalizedText.of("en", "International Organization for Migration"),
     *                 OrganisationKind.INTERGOVERNMENTAL)
     *         .foundingDate(PartialDate.ofYear(1951))
     *         .url(Url.parse("https://www.iom.int/"))
     *         .build();
     * }</pre>
     */
    public static final class Builder extends OrganisationBuilderBase {
        private Builder() {
        }
    }
}
