package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.constraints.WellFormedId;
import io.github.gcmdata.internal.Components;
import jakarta.validation.Valid;
import java.util.List;

/**
 * A unit of an organisation, such as an office or a post, with its own units.
 *
 * <p>Immutable: lists are copied on the way in and never null; a missing list is empty.
 *
 * @param id  the identifier of the unit, unique within the dataset's units, not null
 * @param name  the name of the unit, not null
 * @param units  the units below this one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrganisationalUnit(
        @JsonProperty(required = true) @RecordId @WellFormedId String id,
        @JsonProperty(required = true) @NonBlankText(required = true) LocalizedText name,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid OrganisationalUnit> units) {

    /**
     * Checks that required components are present and copies the lists.
     *
     * @param id  the identifier of the unit, unique within the dataset's units, not null
     * @param name  the name of the unit, not null
     * @param units  the units below this one
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public OrganisationalUnit {
        Components.required(id, "id");
        Components.required(name, "name");
        units = Components.copy(units, "units");
    }
}
