package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.BothTimesOrNeither;
import io.github.gcmdata.constraints.ChronologicalOrder;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.internal.Components;
import io.github.gcmdata.internal.GenerateBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.time.LocalTime;
import java.util.List;

/**
 * An item of an agenda day: an opening, a panel, a closing.
 *
 * <p>Times are local times in the event's time zone. An item the agenda gives no time has
 * neither a start nor an end (validation reports one without the other), keeps its place in the
 * day's order, and may say in which part of the day it is held ("on Tuesday morning").
 *
 * <p>Immutable: lists are copied on the way in and never null; a missing list is empty.
 *
 * @param startTime  when the item starts, or null for an untimed item
 * @param endTime  when the item ends, or null for an untimed item
 * @param partOfDay  the part of the day it is held in, for an untimed item, or null
 * @param kind  the kind of item, not null
 * @param number  the number the agenda gives the item within its day, such as 2 for "Panel 2", or null
 * @param name  the title, or null
 * @param moderators  who moderates
 * @param speakers  who speaks
 */
@GenerateBuilder
@JsonInclude(JsonInclude.Include.NON_NULL)
@ChronologicalOrder
@BothTimesOrNeither
public record AgendaItem(
        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "HH:mm") LocalTime startTime,
        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "HH:mm") LocalTime endTime,
        PartOfDay partOfDay,
        @JsonProperty(required = true) AgendaItemKind kind,
        @Positive(message = "{gcm.number.notPositive}") Integer number,
        @NonBlankText LocalizedText name,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Speaker> moderators,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Speaker> speakers) {

    /**
     * Checks that required components are present and copies the lists.
     *
     * @param startTime  when the item starts, or null for an untimed item
     * @param endTime  when the item ends, or null for an untimed item
     * @param partOfDay  the part of the day it is held in, for an untimed item, or null
     * @param kind  the kind of item, not null
     * @param number  the number the agenda gives the item within its day, such as 2 for "Panel 2", or null
     * @param name  the title, or null
     * @param moderators  who moderates
     * @param speakers  who speaks
     * @throws NullPointerException if a required component is null, or a list holds a null
     * @throws IllegalArgumentException if a time has seconds: agendas are timed to the minute
     */
    public AgendaItem {
        Components.required(kind, "kind");
        moderators = Components.copy(moderators, "moderators");
        speakers = Components.copy(speakers, "speakers");
        AgendaTimes.requireWholeMinutes(startTime, "startTime");
        AgendaTimes.requireWholeMinutes(endTime, "endTime");
    }

    /**
     * Starts building an {@code AgendaItem} from its required components; every other
     * component starts absent, and every list empty: an untimed item until
     * {@link Builder#startTime(LocalTime)} and {@link Builder#endTime(LocalTime)} time it.
     *
     * @param kind  the kind of item, not null
     * @return a new builder, not null
     */
    public static Builder builder(AgendaItemKind kind) {
        return new Builder().kind(kind);
    }

    /**
     * Returns a builder holding this record's components, for a modified copy:
     *
     * <pre>{@code
     * AgendaItem later = panel.toBuilder().startTime(LocalTime.of(10, 0)).endTime(LocalTime.of(11, 15)).build();
     * }</pre>
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        return new Builder().copyFrom(this);
    }

    /**
     * Builds an {@code AgendaItem} one component at a time. The builder is mutable and not
     * thread-safe; the record it builds is immutable.
     *
     * <pre>{@code
     * AgendaItem panel = AgendaItem.builder(AgendaItemKind.PANEL)
     *         .startTime(LocalTime.of(9, 30))
     *         .endTime(LocalTime.of(10, 45))
     *         .number(1)
     *         .name(LocalizedText.of("fr", "Sauver des vies"))
     *         .moderators(moderator)
     *         .build();
     * }</pre>
     */
    public static final class Builder extends AgendaItemBuilderBase {
        private Builder() {
        }
    }
}
