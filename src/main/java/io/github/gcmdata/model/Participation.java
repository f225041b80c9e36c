package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.internal.Components;
import jakarta.validation.Valid;

/**
 * An organisation, state or person taking part in an event in a role: the government that hosts
 * it, the foundation that funds it, the partner it is held "in cooperation with", a state that
 * attends.
 *
 * <pre>{@code
 * new Participation(AgentRef.organisation("iom"), ParticipationRole.COORDINATOR,
 *         AgentRef.organisation("un-network-on-migration"),
 *         LocalizedText.of("en", "in its capacity as Coordinator of the United Nations Network on Migration"))
 * }</pre>
 *
 * <p>Organisers stay in the event's {@code organizers}, presenters in its {@code performers}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param agent  who takes part, not null
 * @param role  the part it takes, not null
 * @param onBehalfOf  the organisation or state it acts for, such as the network it coordinates (Popolo {@code on_behalf_of}), or null
 * @param capacityAsPrinted  the capacity as the source prints it, such as "as Coordinator of the UN Network on Migration", or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Participation(
        @JsonProperty(required = true) @Valid AgentRef agent,
        @JsonProperty(required = true) ParticipationRole role,
        @Valid AgentRef onBehalfOf,
        @NonBlankText LocalizedText capacityAsPrinted) {

    /**
     * Checks that required components are present.
     *
     * @param agent  who takes part, not null
     * @param role  the part it takes, not null
     * @param onBehalfOf  the organisation or state it acts for, or null
     * @param capacityAsPrinted  the capacity as the source prints it, or null
     * @throws NullPointerException if a required component is null
     */
    public Participation {
        Components.required(agent, "agent");
        Components.required(role, "role");
    }

    /**
     * A participation in a role, on nobody's behalf and without a printed capacity.
     *
     * @param agent  who takes part, not null
     * @param role  the part it takes, not null
     * @return the participation, not null
     * @throws NullPointerException if the agent or the role is null
     */
    public static Participation of(AgentRef agent, ParticipationRole role) {
        return new Participation(agent, role, null, null);
    }
}
