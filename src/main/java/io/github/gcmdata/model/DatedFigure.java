package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.internal.Components;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * A figure about an organisation with the date it held, such as 175 member states as of
 * October 2023.
 *
 * <p>Immutable: lists are copied on the way in and never null; a missing list is empty.
 *
 * @param kind  what the figure counts, not null
 * @param value  the figure
 * @param asOf  when the figure held, not null
 * @param sources  where the figure comes from
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DatedFigure(
        @JsonProperty(required = true) FigureKind kind,
        @JsonProperty(required = true) @PositiveOrZero(message = "{gcm.count.negative}") long value,
        @JsonProperty(required = true) PartialDate asOf,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Source> sources) {

    /**
     * Checks that required components are present and copies the lists.
     *
     * @param kind  what the figure counts, not null
     * @param value  the figure
     * @param asOf  when the figure held, not null
     * @param sources  where the figure comes from
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public DatedFigure {
        Components.required(kind, "kind");
        Components.required(asOf, "asOf");
        sources = Components.copy(sources, "sources");
    }
}
