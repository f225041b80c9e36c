package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.internal.Components;

/**
 * An identifier of a record in another register, such as {@code wikidata Q1234} or
 * {@code iati XM-DAC-47066}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param scheme  the register, in lower case, such as {@code "wikidata"}, {@code "ror"} or {@code "iati"}, not null
 * @param value  the identifier in that register, not null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Identifier(
        @JsonProperty(required = true) @NonBlankText String scheme,
        @JsonProperty(required = true) @NonBlankText String value) {

    /**
     * Checks that required components are present.
     *
     * @param scheme  the register, in lower case, such as {@code "wikidata"}, {@code "ror"} or {@code "iati"}, not null
     * @param value  the identifier in that register, not null
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public Identifier {
        Components.required(scheme, "scheme");
        Components.required(value, "value");
    }
}
