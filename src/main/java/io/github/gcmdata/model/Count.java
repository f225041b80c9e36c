package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.internal.Components;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * A count as a source prints it: a value and how exact it is ("more than 600").
 *
 * <p>Immutable and thread-safe.
 *
 * @param value  the printed value
 * @param precision  how exact the value is, not null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Count(
        @JsonProperty(required = true) @PositiveOrZero(message = "{gcm.count.negative}") long value,
        @JsonProperty(required = true) CountPrecision precision) {

    /**
     * Checks that required components are present.
     *
     * @param value  the printed value
     * @param precision  how exact the value is, not null
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public Count {
        Components.required(precision, "precision");
    }

    /**
     * Obtains an exact count.
     *
     * @param value  the value
     * @return the count, not null
     */
    public static Count exactly(long value) {
        return new Count(value, CountPrecision.EXACT);
    }

    /**
     * Obtains a count printed as "more than" the value.
     *
     * @param value  the value
     * @return the count, not null
     */
    public static Count moreThan(long value) {
        return new Count(value, CountPrecision.MORE_THAN);
    }
}
