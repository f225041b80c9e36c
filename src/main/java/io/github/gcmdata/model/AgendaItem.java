package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.ChronologicalOrder;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.internal.Components;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
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
        @JsonProperty(required = true) @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "HH:mm") LocalTime startTime,
        @JsonProperty(required = true) @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "HH:mm") LocalTime endTime,
        @JsonProperty(required = true) AgendaItemKind kind,
        @Positive(message = "{gcm.number.notPositive}") Integer number,
        @NonBlankText LocalizedText name,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Speaker> moderators,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Speaker> speakers) {

    /**
     * Checks that required components are present and copies the lists.
     *
     * @param startTime  when the item starts, not null
     * @param endTime  when the item ends, not null
     * @param kind  the kind of item, not null
     * @param number  the number the agenda gives the item within its day, such as 2 for "Panel 2", or null
     * @param name  the title, or null
     * @param moderators  who moderates
     * @param speakers  who speaks
     * @throws NullPointerException if a required component is null, or a list holds a null
     * @throws IllegalArgumentException if a time has seconds: agendas are timed to the minute
     */
    public AgendaItem {
        Components.required(startTime, "startTime");
        Components.required(endTime, "endTime");
        Components.required(kind, "kind");
        moderators = Components.copy(moderators, "moderators");
        speakers = Components.copy(speakers, "speakers");
        AgendaTimes.requireWholeMinutes(startTime, "startTime");
        AgendaTimes.requireWholeMinutes(endTime, "endTime");
    }

    /**
     * Starts building an {@code AgendaItem} from its required components; every other
     * component starts absent, and every list empty.
     *
     * @param startTime  when the item starts, not null
     * @param endTime  when the item ends, not null
     * @param kind  the kind of item, not null
     * @return a new builder, not null
     */
    public static Builder builder(LocalTime startTime, LocalTime endTime, AgendaItemKind kind) {
        return new Builder(startTime, endTime, kind);
    }

    /**
     * Returns a builder that starts from this record, for a modified copy.
     *
     * @return a new builder holding this record's components, not null
     */
    public Builder toBuilder() {
        Builder builder = new Builder(startTime, endTime, kind);
        builder.number = number;
        builder.name = name;
        builder.moderators.addAll(moderators);
        builder.speakers.addAll(speakers);
        return builder;
    }

    /**
     * Builds an {@code AgendaItem} one component at a time. The builder is mutable and not
     * thread-safe; the record it builds is immutable.
     */
    public static final class Builder {
        private final LocalTime startTime;
        private final LocalTime endTime;
        private final AgendaItemKind kind;
        private Integer number;
        private LocalizedText name;
        private final List<Speaker> moderators = new ArrayList<>();
        private final List<Speaker> speakers = new ArrayList<>();

        private Builder(LocalTime startTime, LocalTime endTime, AgendaItemKind kind) {
            this.startTime = startTime;
            this.endTime = endTime;
            this.kind = kind;
        }

        /**
         * Sets the number the agenda gives the item within its day, such as 2 for "Panel 2", or null.
         *
         * @param number  the value, or null for none
         * @return this builder
         */
        public Builder number(Integer number) {
            this.number = number;
            return this;
        }

        /**
         * Sets the title, or null.
         *
         * @param name  the value, or null for none
         * @return this builder
         */
        public Builder name(LocalizedText name) {
            this.name = name;
            return this;
        }

        /**
         * Sets who moderates, replacing any set before.
         *
         * @param moderators  the values, not null
         * @return this builder
         */
        public Builder moderators(List<Speaker> moderators) {
            this.moderators.clear();
            this.moderators.addAll(moderators);
            return this;
        }

        /**
         * Sets who moderates, replacing any set before.
         *
         * @param moderators  the values, not null
         * @return this builder
         */
        public Builder moderators(Speaker... moderators) {
            return moderators(Arrays.asList(moderators));
        }

        /**
         * Sets who speaks, replacing any set before.
         *
         * @param speakers  the values, not null
         * @return this builder
         */
        public Builder speakers(List<Speaker> speakers) {
            this.speakers.clear();
            this.speakers.addAll(speakers);
            return this;
        }

        /**
         * Sets who speaks, replacing any set before.
         *
         * @param speakers  the values, not null
         * @return this builder
         */
        public Builder speakers(Speaker... speakers) {
            return speakers(Arrays.asList(speakers));
        }

        /**
         * Builds the {@code AgendaItem}.
         *
         * @return the record, not null
         * @throws NullPointerException if a required component is null, or a list holds a null
         */
        public AgendaItem build() {
            return new AgendaItem(startTime, endTime, kind, number, name, moderators, speakers);
        }
    }
}
