package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.ChronologicalOrder;
import io.github.gcmdata.constraints.ValidText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.time.LocalTime;
import java.util.List;

/**
 * A timed item of an agenda day: an opening, a panel, a closing.
 *
 * <p>Times are local times in the event's time zone.
 *
 * <p>Immutable: lists are copied on the way in and never null; a missing list is empty.
 *
 * @param startTime  when the item starts, not null
 * @param endTime  when the item ends, not null
 * @param kind  the kind of item, not null
 * @param number  the number the agenda gives the item within its day, such as 2 for "Panel 2", or null
 * @param name  the title, or null
 * @param moderators  who moderates
 * @param speakers  who speaks
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ChronologicalOrder
public record AgendaItem(
        @JsonProperty(required = true) @JsonFormat(shape = JsonFormat.Shape.STRING) LocalTime startTime,
        @JsonProperty(required = true) @JsonFormat(shape = JsonFormat.Shape.STRING) LocalTime endTime,
        @JsonProperty(required = true) AgendaItemKind kind,
        @Positive(message = "{gcm.number.notPositive}") Integer number,
        @ValidText LocalizedText name,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Speaker> moderators,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Speaker> speakers) {

    /**
     * Checks that required components are present and copies the lists.
     *
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public AgendaItem {
        Components.required(startTime, "startTime");
        Components.required(endTime, "endTime");
        Components.required(kind, "kind");
        moderators = Components.copy(moderators, "moderators");
        speakers = Components.copy(speakers, "speakers");
    }
}
