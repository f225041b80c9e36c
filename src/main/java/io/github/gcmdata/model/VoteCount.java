package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.internal.Components;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * How many voters chose one option in a vote: Popolo's {@code Count}, such as "152 in favour".
 *
 * <p>Immutable and thread-safe.
 *
 * @param option  the option counted, not null
 * @param value  how many voters chose it, 0 or more
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VoteCount(
        @JsonProperty(required = true) VoteOption option,
        @JsonProperty(required = true) @PositiveOrZero(message = "{gcm.count.negative}") int value) {

    /**
     * Checks that the option is present.
     *
     * @param option  the option counted, not null
     * @param value  how many voters chose it, 0 or more
     * @throws NullPointerException if the option is null
     */
    public VoteCount {
        Components.required(option, "option");
    }
}
