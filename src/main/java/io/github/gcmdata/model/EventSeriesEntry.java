package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.gcmdata.constraints.NamedSeries;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.constraints.WellFormedId;
import jakarta.validation.constraints.Positive;
import java.util.Objects;

/**
 * Where an event stands in a series: "the 45th International Dialogue on Migration", "the first
 * session of IDM 2022".
 *
 * <p>The series is a record of the dataset ({@code seriesRef}), or only named ({@code name}), or
 * both; validation reports an entry that does neither.
 *
 * <p>Immutable and thread-safe.
 *
 * @param seriesRef  the identifier of the event series, or null
 * @param name  the name of the series, or null if {@code seriesRef} names it
 * @param edition  the ordinal of the edition, such as 45, or null
 * @param session  the session within the edition or year, such as 1, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@NamedSeries
public record EventSeriesEntry(
        @RefersTo(EventSeries.class) @WellFormedId String seriesRef,
        @NonBlankText LocalizedText name,
        @Positive(message = "{gcm.number.notPositive}") Integer edition,
        @Positive(message = "{gcm.number.notPositive}") Integer session) {

    /**
     * A place in a series known by its name only: the components of the first format.
     *
     * @param name  the name of the series
     * @param edition  the ordinal of the edition, or null
     * @param session  the session within the edition or year, or null
     */
    public EventSeriesEntry(LocalizedText name, Integer edition, Integer session) {
        this(null, name, edition, session);
    }

    /**
     * A place in a series that the dataset holds as a record.
     *
     * @param seriesRef  the identifier of the event series, not null
     * @param edition  the ordinal of the edition, or null
     * @param session  the session within the edition or year, or null
     * @return the entry, not null
     * @throws NullPointerException if the series' identifier is null
     */
    public static EventSeriesEntry of(String seriesRef, Integer edition, Integer session) {
        return new EventSeriesEntry(Objects.requireNonNull(seriesRef, "seriesRef"), null, edition, session);
    }
}
