package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.ChronologicalOrder;
import io.github.gcmdata.constraints.WellFormedId;
import io.github.gcmdata.internal.Components;
import io.github.gcmdata.internal.GenerateBuilder;
import jakarta.validation.Valid;
import java.util.List;

/**
 * A person, organisation or state belonging to an organisation or initiative, with a role (where
 * the source gives it) and a period: a member state of IOM, an adviser of a research syndicate.
 *
 * <p>Immutable: lists are copied on the way in and never null; a missing list is empty.
 *
 * @param id  the identifier of the membership, or null
 * @param member  who belongs, not null
 * @param organisationRef  the identifier of the organisation or initiative belonged to, not null
 * @param role  the role, or null where the source does not say
 * @param startDate  since when, or null
 * @param endDate  until when, or null while it lasts or unknown
 * @param relations  how it relates to other records: decided at a council session
 * @param sources  where the facts come from
 */
@GenerateBuilder
@JsonInclude(JsonInclude.Include.NON_NULL)
@ChronologicalOrder
public record Membership(
        @RecordId @WellFormedId String id,
        @JsonProperty(required = true) @Valid AgentRef member,
        @JsonProperty(required = true) @RefersTo(Organisation.class) @WellFormedId String organisationRef,
        MembershipRole role,
        PartialDate startDate,
        PartialDate endDate,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Relation> relations,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Source> sources) {

    /**
     * Checks that required components are present and copies the lists.
     *
     * @param id  the identifier of the membership, or null
     * @param member  who belongs, not null
     * @param organisationRef  the identifier of the organisation or initiative belonged to, not null
     * @param role  the role, or null where the source does not say
     * @param startDate  since when, or null
     * @param endDate  until when, or null while it lasts or unknown
     * @param relations  how it relates to other records: decided at a council session
     * @param sources  where the facts come from
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public Membership {
        Components.required(member, "member");
        Components.required(organisationRef, "organisationRef");
        relations = Components.copy(relations, "relations");
        sources = Components.copy(sources, "sources");
    }

    /**
     * Starts building a {@code Membership} from its required components; every other
     * component starts absent, and every list empty.
     *
     * @param member  who belongs, not null
     * @param organisationRef  the identifier of the organisation or initiative belonged to, not null
     * @return a new builder, not null
     */
    public static Builder builder(AgentRef member, String organisationRef) {
        return new Builder().member(member).organisationRef(organisationRef);
    }

    /**
     * Returns a builder holding this record's components, for a modified copy:
     *
     * <pre>{@code
     * Membership ended = member.toBuilder().endDate(PartialDate.ofYear(2020)).build();
     * }</pre>
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        return new Builder().copyFrom(this);
    }

    /**
     * Builds a {@code Membership} one component at a time. The builder is mutable and not
     * thread-safe; the record it builds is immutable.
     *
     * <pre>{@code
     * Membership member = Membership.builder(AgentRef.state("ch"), "iom")
     *         .role(MembershipRole.MEMBER)
     *         .startDate(PartialDate.ofYear(1954))
     *         .build();
     * }</pre>
     */
    public static final class Builder extends MembershipBuilderBase {
        private Builder() {
        }
    }
}
