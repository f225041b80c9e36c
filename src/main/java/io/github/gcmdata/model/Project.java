package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.ChronologicalOrder;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.constraints.WebUrl;
import io.github.gcmdata.constraints.WellFormedId;
import io.github.gcmdata.identifier.Url;
import io.github.gcmdata.internal.Components;
import io.github.gcmdata.internal.GenerateBuilder;
import jakarta.validation.Valid;
import java.util.List;

/**
 * A project (schema.org {@code Project}, an activity in IATI's terms): a programme of work with a
 * period, a budget, those who run it and those it serves, such as an IOM Development Fund project.
 * Its funding is a {@link MonetaryGrant} whose {@code fundedItems} name it; its workshops are
 * events with a {@code part_of} relation to it.
 *
 * <p>Immutable: lists are copied on the way in and never null; a missing list is empty.
 *
 * @param id  the identifier of the project, unique among the dataset's projects, not null
 * @param name  the name, not null
 * @param alternateName  another name or an acronym, or null
 * @param description  a description, or null
 * @param identifiers  its identifiers in other registers, such as {@code iom-project E40-800}
 * @param status  where it stands, or null
 * @param projectType  its type as the source prints it, such as "Migration Policy Activities", or null
 * @param coverage  how far it reaches, or null
 * @param spatialCoverage  the countries or regions it covers, such as West Africa
 * @param startDate  when it started or starts, or null
 * @param endDate  when it ended or ends, or null
 * @param budget  its budget, or null
 * @param organizers  who runs it
 * @param beneficiaries  the organisations, states and persons it serves
 * @param about  the records it is about: a GCM objective, a document, an organisation
 * @param url  where it is described, or null
 * @param relations  how it relates to other records
 * @param sources  where the facts come from
 */
@GenerateBuilder
@JsonInclude(JsonInclude.Include.NON_NULL)
@ChronologicalOrder
public record Project(
        @JsonProperty(required = true) @RecordId @WellFormedId String id,
        @JsonProperty(required = true) @NonBlankText(required = true) LocalizedText name,
        @NonBlankText LocalizedText alternateName,
        @NonBlankText LocalizedText description,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Identifier> identifiers,
        ProjectStatus status,
        @NonBlankText LocalizedText projectType,
        ProjectCoverage coverage,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Place> spatialCoverage,
        PartialDate startDate,
        PartialDate endDate,
        @Valid MonetaryAmount budget,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid AgentRef> organizers,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid AgentRef> beneficiaries,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid RecordRef> about,
        @WebUrl Url url,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Relation> relations,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Source> sources) {

    /**
     * Checks that required components are present and copies the lists.
     *
     * @param id  the identifier of the project, unique among the dataset's projects, not null
     * @param name  the name, not null
     * @param alternateName  another name or an acronym, or null
     * @param description  a description, or null
     * @param identifiers  its identifiers in other registers, such as {@code iom-project E40-800}
     * @param status  where it stands, or null
     * @param projectType  its type as the source prints it, such as "Migration Policy Activities", or null
     * @param coverage  how far it reaches, or null
     * @param spatialCoverage  the countries or regions it covers, such as West Africa
     * @param startDate  when it started or starts, or null
     * @param endDate  when it ended or ends, or null
     * @param budget  its budget, or null
     * @param organizers  who runs it
     * @param beneficiaries  the organisations, states and persons it serves
     * @param about  the records it is about: a GCM objective, a document, an organisation
     * @param url  where it is described, or null
     * @param relations  how it relates to other records
     * @param sources  where the facts come from
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public Project {
        Components.required(id, "id");
        Components.required(name, "name");
        identifiers = Components.copy(identifiers, "identifiers");
        spatialCoverage = Components.copy(spatialCoverage, "spatialCoverage");
        organizers = Components.copy(organizers, "organizers");
        beneficiaries = Components.copy(beneficiaries, "beneficiaries");
        about = Components.copy(about, "about");
        relations = Components.copy(relations, "relations");
        sources = Components.copy(sources, "sources");
    }

    /**
     * Starts building a {@code Project} from its required components; every other
     * component starts absent, and every list empty.
     *
     * @param id  the identifier of the project, unique among the dataset's projects, not null
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
     * Project completed = seminar.toBuilder().status(ProjectStatus.COMPLETED).build();
     * }</pre>
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        return new Builder().copyFrom(this);
    }

    /**
     * Builds a {@code Project} one component at a time. The builder is mutable and not
     * thread-safe; the record it builds is immutable.
     *
     * <pre>{@code
     * Project seminar = Project.builder("imp-workshop-west-africa",
     *                 LocalizedText.of("en", "International Migration Policy (IMP) Workshop - West Africa"))
     *         .identifiers(new Identifier("iom-project", "E40-800"))
     *         .status(ProjectStatus.COMPLETED)
     *         .coverage(ProjectCoverage.REGIONAL)
     *         .startDate(PartialDate.ofYear(2001))
     *         .budget(MonetaryAmount.of(new BigDecimal("32000.00"), CurrencyCode.parse("USD")))
     *         .beneficiaries(AgentRef.state("BEN"), AgentRef.state("SEN"))
     *         .build();
     * }</pre>
     */
    public static final class Builder extends ProjectBuilderBase {
        private Builder() {
        }
    }
}
