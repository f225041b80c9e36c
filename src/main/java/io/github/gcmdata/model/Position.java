package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.gcmdata.constraints.ChronologicalOrder;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.constraints.WellFormedId;
import jakarta.validation.Valid;

/**
 * A position a person holds: a job title, where, and when.
 *
 * <p>Immutable and thread-safe.
 *
 * @param jobTitle  the title, such as "Deputy Director General for Operations", or null where the source names only where the person works
 * @param affiliation  the organisation or state the position belongs to, or null
 * @param unitRef  the identifier of the organisational unit, or null
 * @param startDate  when the person took the position, or null
 * @param endDate  when the person left it, or null while held or unknown
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ChronologicalOrder
public record Position(
        @NonBlankText LocalizedText jobTitle,
        @Valid AgentRef affiliation,
        @RefersTo(OrganisationalUnit.class) @WellFormedId String unitRef,
        PartialDate startDate,
        PartialDate endDate) {
}
