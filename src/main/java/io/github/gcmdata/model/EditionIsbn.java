package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.CorrectCheckDigit;
import io.github.gcmdata.identifier.Isbn;
import io.github.gcmdata.internal.Components;

/**
 * An ISBN of an edition, with the format it identifies: print and PDF can have their own.
 *
 * <p>Immutable and thread-safe.
 *
 * @param isbn  the ISBN, not null
 * @param bookFormat  the format it identifies, or null when the source does not say
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EditionIsbn(
        @JsonProperty(required = true) @CorrectCheckDigit Isbn isbn,
        BookFormat bookFormat) {

    /**
     * Checks that required components are present.
     *
     * @param isbn  the ISBN, not null
     * @param bookFormat  the format it identifies, or null when the source does not say
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public EditionIsbn {
        Components.required(isbn, "isbn");
    }
}
