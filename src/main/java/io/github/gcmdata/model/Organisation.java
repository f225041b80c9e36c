package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.constraints.WebUrl;
import io.github.gcmdata.constraints.WellFormedId;
import io.github.gcmdata.identifier.Url;
import io.github.gcmdata.internal.Components;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Arrays;
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
 * @param sources  where the facts come from
 */
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
        return new Builder(id, name, kind);
    }

    /**
     * Returns a builder that starts from this record, for a modified copy.
     *
     * @return a new builder holding this record's components, not null
     */
    public Builder toBuilder() {
        Builder builder = new Builder(id, name, kind);
        builder.alternateName = alternateName;
        builder.description = description;
        builder.parentOrganization = parentOrganization;
        builder.foundingDate = foundingDate;
        builder.headquarters = headquarters;
        builder.unSystemRelation = unSystemRelation;
        builder.url = url;
        builder.identifiers.addAll(identifiers);
        builder.figures.addAll(figures);
        builder.units.addAll(units);
        builder.sources.addAll(sources);
        return builder;
    }

    /**
     * Builds an {@code Organisation} one component at a time. The builder is mutable and not
     * thread-safe; the record it builds is immutable.
     */
    public static final class Builder {
        private final String id;
        private final LocalizedText name;
        private final OrganisationKind kind;
        private LocalizedText alternateName;
        private LocalizedText description;
        private AgentRef parentOrganization;
        private PartialDate foundingDate;
        private Place headquarters;
        private UnSystemRelation unSystemRelation;
        private Url url;
        private final List<Identifier> identifiers = new ArrayList<>();
        private final List<DatedFigure> figures = new ArrayList<>();
        private final List<OrganisationalUnit> units = new ArrayList<>();
        private final List<Source> sources = new ArrayList<>();

        private Builder(String id, LocalizedText name, OrganisationKind kind) {
            this.id = id;
            this.name = name;
            this.kind = kind;
        }

        /**
         * Sets the acronym or short name in each language, or null.
         *
         * @param alternateName  the value, or null for none
         * @return this builder
         */
        public Builder alternateName(LocalizedText alternateName) {
            this.alternateName = alternateName;
            return this;
        }

        /**
         * Sets what the organisation is or does, or null.
         *
         * @param description  the value, or null for none
         * @return this builder
         */
        public Builder description(LocalizedText description) {
            this.description = description;
            return this;
        }

        /**
         * Sets the organisation or state it belongs to, such as the state of a ministry, or null.
         *
         * @param parentOrganization  the value, or null for none
         * @return this builder
         */
        public Builder parentOrganization(AgentRef parentOrganization) {
            this.parentOrganization = parentOrganization;
            return this;
        }

        /**
         * Sets when it was founded, or null.
         *
         * @param foundingDate  the value, or null for none
         * @return this builder
         */
        public Builder foundingDate(PartialDate foundingDate) {
            this.foundingDate = foundingDate;
            return this;
        }

        /**
         * Sets where its headquarters are, or null.
         *
         * @param headquarters  the value, or null for none
         * @return this builder
         */
        public Builder headquarters(Place headquarters) {
            this.headquarters = headquarters;
            return this;
        }

        /**
         * Sets how it stands to the United Nations system, or null.
         *
         * @param unSystemRelation  the value, or null for none
         * @return this builder
         */
        public Builder unSystemRelation(UnSystemRelation unSystemRelation) {
            this.unSystemRelation = unSystemRelation;
            return this;
        }

        /**
         * Sets its web site, or null.
         *
         * @param url  the value, or null for none
         * @return this builder
         */
        public Builder url(Url url) {
            this.url = url;
            return this;
        }

        /**
         * Sets its identifiers in other registers, replacing any set before.
         *
         * @param identifiers  the values, not null
         * @return this builder
         */
        public Builder identifiers(List<Identifier> identifiers) {
            this.identifiers.clear();
            this.identifiers.addAll(identifiers);
            return this;
        }

        /**
         * Sets its identifiers in other registers, replacing any set before.
         *
         * @param identifiers  the values, not null
         * @return this builder
         */
        public Builder identifiers(Identifier... identifiers) {
            return identifiers(Arrays.asList(identifiers));
        }

        /**
         * Sets figures about it, each with its date, replacing any set before.
         *
         * @param figures  the values, not null
         * @return this builder
         */
        public Builder figures(List<DatedFigure> figures) {
            this.figures.clear();
            this.figures.addAll(figures);
            return this;
        }

        /**
         * Sets figures about it, each with its date, replacing any set before.
         *
         * @param figures  the values, not null
         * @return this builder
         */
        public Builder figures(DatedFigure... figures) {
            return figures(Arrays.asList(figures));
        }

        /**
         * Sets its top-level units, each with the units below it, replacing any set before.
         *
         * @param units  the values, not null
         * @return this builder
         */
        public Builder units(List<OrganisationalUnit> units) {
            this.units.clear();
            this.units.addAll(units);
            return this;
        }

        /**
         * Sets its top-level units, each with the units below it, replacing any set before.
         *
         * @param units  the values, not null
         * @return this builder
         */
        public Builder units(OrganisationalUnit... units) {
            return units(Arrays.asList(units));
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
         * Builds the {@code Organisation}.
         *
         * @return the record, not null
         * @throws NullPointerException if a required component is null, or a list holds a null
         */
        public Organisation build() {
            return new Organisation(id, name, alternateName, description, kind, parentOrganization, foundingDate, headquarters, unSystemRelation, url, identifiers, figures, units, sources);
        }
    }
}
