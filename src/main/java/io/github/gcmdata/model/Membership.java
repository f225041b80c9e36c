package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.ChronologicalOrder;
import io.github.gcmdata.constraints.WellFormedId;
import io.github.gcmdata.internal.Components;
import jakarta.validation.Valid;
import java.util.List;

/**
 * A person, organisation or state belonging to an organisation or initiative, with a role and a
 * period: a member state of IOM, an adviser of a research syndicate.
 *
 * <p>Immutable: lists are copied on the way in and never null; a missing list is empty.
 *
 * @param id  the identifier of the membership, or null
 * @param member  who belongs, not null
 * @param organisationRef  the identifier of the organisation or initiative belonged to, not null
 * @param role  the role, not null
 * @param startDate  since when, or null
 * @param endDate  until when, or null while it lasts or unknown
 * @param sources  where the facts come from
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ChronologicalOrder
public record Membership(
        @RecordId @WellFormedId String id,
        @JsonProperty(required = true) @Valid AgentRef member,
        @JsonProperty(required = true) @RefersTo(Organisation.class) @WellFormedId String organisationRef,
        @JsonProperty(required = true) MembershipRole role,
        PartialDate startDate,
        PartialDate endDate,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Source> sources) {

    /**
     * Checks that required components are present and copies the lists.
     *
     * @param id  the identifier of the membership, or null
     * @param member  who belongs, not null
     * @param organisationRef  the identifier of the organisation or initiative belonged to, not null
     * @param role  the role, not null
     * @param startDate  since when, or null
     * @param endDate  until when, or null while it lasts or unknown
     * @param sources  where the facts come from
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public Membership {
        Components.required(member, "member");
        Components.required(organisationRef, "organisationRef");
        Components.required(role, "role");
        sources = Components.copy(sources, "sources");
    }
}
