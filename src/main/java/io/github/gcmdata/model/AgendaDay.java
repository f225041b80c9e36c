package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.NoOverlappingItems;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.internal.Components;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;

/**
 * A day of an event's agenda, with its theme and its timed items.
 *
 * <p>Immutable: lists are copied on the way in and never null; a missing list is empty.
 *
 * @param date  the day, not null
 * @param theme  the theme of the day, or null
 * @param items  the timed items, in order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@NoOverlappingItems
public record AgendaDay(
        @JsonProperty(required = true) @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate date,
        @NonBlankText LocalizedText theme,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid AgendaItem> items) {

    /**
     * Checks that required components are present and copies the lists.
     *
     * @param date  the day, not null
     * @param theme  the theme of the day, or null
     * @param items  the timed items, in order
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public AgendaDay {
        Components.required(date, "date");
        items = Components.copy(items, "items");
    }
}
