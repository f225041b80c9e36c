package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.constraints.ObjectiveNumber;
import io.github.gcmdata.internal.Components;
import jakarta.validation.Valid;
import java.util.List;

/**
 * One of the 23 objectives of the Global Compact for Safe, Orderly and Regular Migration.
 *
 * <p>Immutable: lists are copied on the way in and never null; a missing list is empty.
 *
 * @param number  the number, 1 to 23
 * @param name  the official title in each language, not null
 * @param shortName  a short label, such as "Data", or null
 * @param reference  where it stands in resolution A/RES/73/195, or null
 * @param sources  where the facts come from
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GcmObjective(
        @JsonProperty(required = true) @RecordId @ObjectiveNumber int number,
        @JsonProperty(required = true) @NonBlankText(required = true) LocalizedText name,
        @NonBlankText LocalizedText shortName,
        @Valid DocumentReference reference,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Source> sources) {

    /**
     * Checks that required components are present and copies the lists.
     *
     * @param number  the number, 1 to 23
     * @param name  the official title in each language, not null
     * @param shortName  a short label, such as "Data", or null
     * @param reference  where it stands in resolution A/RES/73/195, or null
     * @param sources  where the facts come from
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public GcmObjective {
        Components.required(name, "name");
        sources = Components.copy(sources, "sources");
    }
}
