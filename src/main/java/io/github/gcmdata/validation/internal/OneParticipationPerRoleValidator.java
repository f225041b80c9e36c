package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.OneParticipationPerRole;
import io.github.gcmdata.internal.JsonNames;
import io.github.gcmdata.model.AgentRef;
import io.github.gcmdata.model.Event;
import io.github.gcmdata.model.Participation;
import io.github.gcmdata.model.ParticipationRole;
import io.github.gcmdata.validation.ViolationCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Validates {@link OneParticipationPerRole}. */
public final class OneParticipationPerRoleValidator extends FindingValidator<OneParticipationPerRole, Event> {

    /** Creates the validator. */
    public OneParticipationPerRoleValidator() {
    }

    /** An agent in a role: what may appear once among an event's participants. */
    private record AgentInRole(AgentRef agent, ParticipationRole role) {
    }

    @Override
    List<Finding> findings(Event event) {
        List<Finding> findings = new ArrayList<>();
        Map<AgentInRole, Integer> first = new HashMap<>();
        List<Participation> participants = event.participants();
        for (int j = 0; j < participants.size(); j++) {
            Participation participation = participants.get(j);
            Integer earlier = first.putIfAbsent(new AgentInRole(participation.agent(), participation.role()), j);
            if (earlier != null) {
                AgentRef agent = participation.agent();
                findings.add(Finding.at(ViolationCode.PARTICIPATION_DUPLICATE, "/participants/" + j + "/agent", "agent",
                        agent.targetKind().kindName() + " " + agent.id(),
                        "role", JsonNames.of(participation.role()), "first", "/participants/" + earlier));
            }
        }
        return findings;
    }
}
