package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.internal.Components;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * One of the ten cross-cutting guiding principles of the Global Compact, paragraph 15 (a) to (j).
 *
 * <p>Immutable: lists are copied on the way in and never null; a missing list is empty.
 *
 * @param letter  the letter of paragraph 15, "a" to "j", not null
 * @param name  the name in each language, not null
 * @param reference  where it stands in resolution A/RES/73/195, or null
 * @param sources  where the facts come from
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GuidingPrinciple(
        @JsonProperty(required = true) @RecordId @Pattern(regexp = "[a-j]", message = "{gcm.principle.letterOutOfRange}") String letter,
        @JsonProperty(required = true) @NonBlankText(required = true) LocalizedText name,
        @Valid DocumentReference reference,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Source> sources) {

    /**
     * Checks that required components are present and copies the lists.
     *
     * @param letter  the letter of paragraph 15, "a" to "j", not null
     * @param name  the name in each language, not null
     * @param reference  where it stands in resolution A/RES/73/195, or null
     * @param sources  where the facts come from
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public GuidingPrinciple {
        Components.required(letter, "letter");
        Components.required(name, "name");
        sources = Components.copy(sources, "sources");
    }
}
