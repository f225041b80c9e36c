package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.WellFormedId;
import io.github.gcmdata.internal.Components;

/**
 * A reference to an organisation, a state or a person of the same dataset.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind  the kind of record referred to, not null
 * @param id  the identifier of that record, not null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgentRef(
        @JsonProperty(required = true) AgentKind kind,
        @JsonProperty(required = true) @WellFormedId String id) implements Reference {

    /**
     * Checks that required components are present.
     *
     * @param kind  the kind of record referred to, not null
     * @param id  the identifier of that record, not null
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public AgentRef {
        Components.required(kind, "kind");
        Components.required(id, "id");
    }

    /**
     * Refers to an organisation.
     *
     * @param id  the organisation's identifier, not null
     * @return the reference, not null
     */
    public static AgentRef organisation(String id) {
        return new AgentRef(AgentKind.ORGANISATION, id);
    }

    /**
     * Refers to a state.
     *
     * @param id  the state's identifier, not null
     * @return the reference, not null
     */
    public static AgentRef state(String id) {
        return new AgentRef(AgentKind.STATE, id);
    }

    /**
     * Refers to a person.
     *
     * @param id  the person's identifier, not null
     * @return the reference, not null
     */
    public static AgentRef person(String id) {
        return new AgentRef(AgentKind.PERSON, id);
    }

    /**
     * Returns the kind of record referred to: the record kind of {@link #kind()}.
     *
     * @return {@link RecordKind#ORGANISATION}, {@link RecordKind#STATE} or {@link RecordKind#PERSON}, not null
     */
    @Override
    public RecordKind targetKind() {
        return kind.recordKind();
    }
}
