package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.ChronologicalOrder;
import io.github.gcmdata.constraints.ValidId;
import io.github.gcmdata.constraints.ValidText;
import io.github.gcmdata.internal.Components;
import jakarta.validation.Valid;

/**
 * A position a person holds: a job title, where, and when.
 *
 * <p>Immutable: lists are copied on the way in and never null; a missing list is empty.
 *
 * @param jobTitle  the title, such as "Deputy Director General for Operations", not null
 * @param affiliation  the organisation or state the position belongs to, or null
 * @param unitRef  the identifier of the organisational unit, or null
 * @param startDate  when the person took the position, or null
 * @param endDate  when the person left it, or null while held or unknown
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ChronologicalOrder
public record Position(
        @JsonProperty(required = true) @ValidText(required = true) LocalizedText jobTitle,
        @Valid AgentRef affiliation,
        @ValidId String unitRef,
        PartialDate startDate,
        PartialDate endDate) {

    /**
     * Checks that required components are present and copies the lists.
     *
     * @param jobTitle  the title, such as "Deputy Director General for Operations", not null
     * @param affiliation  the organisation or state the position belongs to, or null
     * @param unitRef  the identifier of the organisational unit, or null
     * @param startDate  when the person took the position, or null
     * @param endDate  when the person left it, or null while held or unknown
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public Position {
        Components.required(jobTitle, "jobTitle");
    }
}
