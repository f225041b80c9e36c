package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.ValidId;
import io.github.gcmdata.constraints.ValidText;
import io.github.gcmdata.internal.Components;

/**
 * A person on an agenda, as the agenda prints them: "Ugochi Daniels, Deputy Director General for
 * Operations, IOM".
 *
 * <p>The printed name and title are kept as printed, since agendas print one person differently
 * ("Amy E. Pope", "Amy Pope"); the person record holds the person.
 *
 * <p>Immutable and thread-safe.
 *
 * @param personRef  the identifier of the person, not null
 * @param nameAsPrinted  the name as printed, or null
 * @param titleAsPrinted  the title and affiliation as printed, or null
 * @param modality  how the speaker takes part where the agenda says so, such as a video message, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Speaker(
        @JsonProperty(required = true) @RefersTo(Person.class) @ValidId String personRef,
        @ValidText String nameAsPrinted,
        @ValidText LocalizedText titleAsPrinted,
        Modality modality) {

    /**
     * Checks that required components are present.
     *
     * @param personRef  the identifier of the person, not null
     * @param nameAsPrinted  the name as printed, or null
     * @param titleAsPrinted  the title and affiliation as printed, or null
     * @param modality  how the speaker takes part where the agenda says so, such as a video message, or null
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public Speaker {
        Components.required(personRef, "personRef");
    }
}
