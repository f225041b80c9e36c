package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.internal.Components;
import io.github.gcmdata.internal.GenerateBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * A figure with the date it held: 175 member states of IOM as of October 2023, 36 members of a
 * research group, more than 600 participants of an event.
 *
 * <p>Where the source states no date, {@code asOfBasis} says where {@code asOf} comes from: the
 * date of the page that states the figure, or the day a page that is always current was read.
 *
 * <p>Immutable: lists are copied on the way in and never null; a missing list is empty.
 *
 * @param kind  what the figure counts, not null
 * @param value  the figure
 * @param precision  how exact the figure is, such as about for a rounded "19,000 staff", or null when the source gives it as exact
 * @param asOf  when the figure held, not null
 * @param asOfBasis  where {@code asOf} comes from, or null when the source states it
 * @param sources  where the figure comes from
 */
@GenerateBuilder
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DatedFigure(
        @JsonProperty(required = true) FigureKind kind,
        @JsonProperty(required = true) @PositiveOrZero(message = "{gcm.count.negative}") long value,
        CountPrecision precision,
        @JsonProperty(required = true) PartialDate asOf,
        AsOfBasis asOfBasis,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Source> sources) {

    /**
     * Checks that required components are present and copies the lists.
     *
     * @param kind  what the figure counts, not null
     * @param value  the figure
     * @param precision  how exact the figure is, such as about for a rounded "19,000 staff", or null when the source gives it as exact
     * @param asOf  when the figure held, not null
     * @param asOfBasis  where {@code asOf} comes from, or null when the source states it
     * @param sources  where the figure comes from
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public DatedFigure {
        Components.required(kind, "kind");
        Components.required(asOf, "asOf");
        sources = Components.copy(sources, "sources");
    }

    /**
     * A figure whose source states its date: the components of the first format.
     *
     * @param kind  what the figure counts, not null
     * @param value  the figure
     * @param precision  how exact the figure is, or null when the source gives it as exact
     * @param asOf  when the figure held, not null
     * @param sources  where the figure comes from
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public DatedFigure(FigureKind kind, long value, CountPrecision precision, PartialDate asOf, List<Source> sources) {
        this(kind, value, precision, asOf, null, sources);
    }

    /**
     * Starts building a {@code DatedFigure} from its required components; every other
     * component starts absent, and every list empty.
     *
     * @param kind  what the figure counts, not null
     * @param value  the figure
     * @param asOf  when the figure held, not null
     * @return a new builder, not null
     */
    public static Builder builder(FigureKind kind, long value, PartialDate asOf) {
        return new Builder().kind(kind).value(value).asOf(asOf);
    }

    /**
     * Returns a builder holding this record's components, for a modified copy:
     *
     * <pre>{@code
     * DatedFigure rounded = figure.toBuilder().precision(CountPrecision.ABOUT).build();
     * }</pre>
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        return new Builder().copyFrom(this);
    }

    /**
     * Builds a {@code DatedFigure} one component at a time. The builder is mutable and not thread-safe;
     * the record it builds is immutable.
     *
     * <pre>{@code
     * DatedFigure members = DatedFigure.builder(FigureKind.MEMBERS, 36, PartialDate.ofYear(2017))
     *         .asOfBasis(AsOfBasis.SOURCE_DATE)
     *         .sources(page)
     *         .build();
     * }</pre>
     */
    public static final class Builder extends DatedFigureBuilderBase {
        private Builder() {
        }
    }
}
