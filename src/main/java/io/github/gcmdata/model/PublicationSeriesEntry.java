package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.constraints.WellFormedId;
import io.github.gcmdata.internal.Components;

/**
 * Where a publication stands in its series: "International Dialogue on Migration No. 28".
 *
 * <p>Immutable and thread-safe.
 *
 * @param seriesRef  the identifier of the series, not null
 * @param issueNumber  the number within the series, as printed, such as "28", not null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PublicationSeriesEntry(
        @JsonProperty(required = true) @RefersTo(PublicationSeries.class) @WellFormedId String seriesRef,
        @JsonProperty(required = true) @NonBlankText String issueNumber) {

    /**
     * Checks that required components are present.
     *
     * @param seriesRef  the identifier of the series, not null
     * @param issueNumber  the number within the series, as printed, such as "28", not null
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public PublicationSeriesEntry {
        Components.required(seriesRef, "seriesRef");
        Components.required(issueNumber, "issueNumber");
    }
}
