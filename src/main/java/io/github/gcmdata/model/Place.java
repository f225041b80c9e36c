package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.gcmdata.constraints.AssignedCountryCode;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.identifier.CountryCode;

/**
 * Where something is or happens: a venue, a city and a country.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name  the venue, such as the United Nations Office at Geneva, or null
 * @param address  the postal address, or null
 * @param city  the city, or null
 * @param country  the country, as an ISO 3166-1 alpha-2 code, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Place(
        @NonBlankText LocalizedText name,
        @NonBlankText LocalizedText address,
        @NonBlankText LocalizedText city,
        @AssignedCountryCode CountryCode country) {
}
