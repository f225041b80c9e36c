package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.ValidId;
import io.github.gcmdata.internal.Components;

/**
 * One voter's vote in a recorded vote: Popolo's {@code Vote}, such as "Switzerland abstained".
 *
 * <p>Immutable and thread-safe.
 *
 * @param voterRef  the identifier of the state that votes, not null
 * @param option  how it voted, or that it did not, not null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Vote(
        @JsonProperty(required = true) @RefersTo(State.class) @ValidId String voterRef,
        @JsonProperty(required = true) VoteOption option) {

    /**
     * Checks that required components are present.
     *
     * @param voterRef  the identifier of the state that votes, not null
     * @param option  how it voted, not null
     * @throws NullPointerException if a component is null
     */
    public Vote {
        Components.required(voterRef, "voterRef");
        Components.required(option, "option");
    }
}
