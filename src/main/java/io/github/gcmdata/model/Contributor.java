package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.internal.Components;
import jakarta.validation.Valid;

/**
 * A contributor to a publication, with a role.
 *
 * <p>Immutable and thread-safe.
 *
 * @param agent  who contributed, not null
 * @param role  the role, not null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Contributor(
        @JsonProperty(required = true) @Valid AgentRef agent,
        @JsonProperty(required = true) ContributorRole role) {

    /**
     * Checks that required components are present.
     *
     * @param agent  who contributed, not null
     * @param role  the role, not null
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public Contributor {
        Components.required(agent, "agent");
        Components.required(role, "role");
    }
}
