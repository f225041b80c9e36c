package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.internal.Components;
import jakarta.validation.constraints.Positive;

/**
 * Where an event stands in a series: "the 45th International Dialogue on Migration", "the first
 * session of IDM 2022".
 *
 * <p>Immutable and thread-safe.
 *
 * @param name  the name of the series, not null
 * @param edition  the ordinal of the edition, such as 45, or null
 * @param session  the session within the edition or year, such as 1, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventSeriesEntry(
        @JsonProperty(required = true) @NonBlankText(required = true) LocalizedText name,
        @Positive(message = "{gcm.number.notPositive}") Integer edition,
        @Positive(message = "{gcm.number.notPositive}") Integer session) {

    /**
     * Checks that required components are present.
     *
     * @param name  the name of the series, not null
     * @param edition  the ordinal of the edition, such as 45, or null
     * @param session  the session within the edition or year, such as 1, or null
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public EventSeriesEntry {
        Components.required(name, "name");
    }
}
