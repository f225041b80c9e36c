package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.NoOverlappingItems;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.internal.Components;
import io.github.gcmdata.internal.GenerateBuilder;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;

/**
 * A day of an event's agenda, with its label ("Day One", "Première journée"), its theme and its
 * items.
 *
 * <p>Immutable: lists are copied on the way in and never null; a missing list is empty.
 *
 * @param date  the day, not null
 * @param label  the day's label as the agenda prints it, such as "Première journée", or null
 * @param theme  the theme of the day, or null
 * @param items  the items, in order
 */
@GenerateBuilder
@JsonInclude(JsonInclude.Include.NON_NULL)
@NoOverlappingItems
public record AgendaDay(
        @JsonProperty(required = true) @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate date,
        @NonBlankText LocalizedText label,
        @NonBlankText LocalizedText theme,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid AgendaItem> items) {

    /**
     * Checks that required components are present and copies the lists.
     *
     * @param date  the day, not null
     * @param label  the day's label as the agenda prints it, such as "Première journée", or null
     * @param theme  the theme of the day, or null
     * @param items  the items, in order
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public AgendaDay {
        Components.required(date, "date");
        items = Components.copy(items, "items");
    }

    /**
     * A day without a label: the components of the first format.
     *
     * @param date  the day, not null
     * @param theme  the theme of the day, or null
     * @param items  the items, in order
     * @throws NullPointerException if the day is null, or a list holds a null
     */
    public AgendaDay(LocalDate date, LocalizedText theme, List<AgendaItem> items) {
        this(date, null, theme, items);
    }

    /**
     * Starts building an {@code AgendaDay} from its required components; every other
     * component starts absent, and every list empty.
     *
     * @param date  the day, not null
     * @return a new builder, not null
     */
    public static Builder builder(LocalDate date) {
        return new Builder().date(date);
    }

    /**
     * Returns a builder holding this record's components, for a modified copy:
     *
     * <pre>{@code
     * AgendaDay labelled = day.toBuilder().label(LocalizedText.of("fr", "Première journée")).build();
     * }</pre>
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        return new Builder().copyFrom(this);
    }

    /**
     * Builds an {@code AgendaDay} one component at a time. The builder is mutable and not thread-safe;
     * the record it builds is immutable.
     *
     * <pre>{@code
     * AgendaDay first = AgendaDay.builder(LocalDate.of(2022, 2, 28))
     *         .label(LocalizedText.of("fr", "Première journée"))
     *         .theme(LocalizedText.of("fr", "Réduire les risques et les vulnérabilités pour les migrants"))
     *         .items(opening, panel)
     *         .build();
     * }</pre>
     */
    public static final class Builder extends AgendaDayBuilderBase {
        private Builder() {
        }
    }
}
