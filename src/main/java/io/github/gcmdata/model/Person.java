package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.constraints.WellFormedId;
import io.github.gcmdata.internal.Components;
import io.github.gcmdata.internal.GenerateBuilder;
import jakarta.validation.Valid;
import java.util.List;

/**
 * A person: a name, the positions held, and how to reach them.
 *
 * <p>Immutable: lists are copied on the way in and never null; a missing list is empty.
 *
 * @param id  the identifier of the person, unique among the dataset's persons, not null
 * @param name  the full name as usually written, such as "Ugochi Daniels", not null
 * @param givenName  the given name, or null
 * @param familyName  the family name, or null
 * @param honorificPrefix  a prefix such as "Ambassador", or null
 * @param positions  the positions held
 * @param contactPoints  the ways to reach the person
 * @param identifiers  identifiers in other registers
 * @param sources  where the facts come from
 */
@GenerateBuilder
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Person(
        @JsonProperty(required = true) @RecordId @WellFormedId String id,
        @JsonProperty(required = true) @NonBlankText String name,
        @NonBlankText String givenName,
        @NonBlankText String familyName,
        @NonBlankText String honorificPrefix,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Position> positions,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid ContactPoint> contactPoints,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Identifier> identifiers,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Source> sources) {

    /**
     * Checks that required components are present and copies the lists.
     *
     * @param id  the identifier of the person, unique among the dataset's persons, not null
     * @param name  the full name as usually written, such as "Ugochi Daniels", not null
     * @param givenName  the given name, or null
     * @param familyName  the family name, or null
     * @param honorificPrefix  a prefix such as "Ambassador", or null
     * @param positions  the positions held
     * @param contactPoints  the ways to reach the person
     * @param identifiers  identifiers in other registers
     * @param sources  where the facts come from
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public Person {
        Components.required(id, "id");
        Components.required(name, "name");
        positions = Components.copy(positions, "positions");
        contactPoints = Components.copy(contactPoints, "contactPoints");
        identifiers = Components.copy(identifiers, "identifiers");
        sources = Components.copy(sources, "sources");
    }

    /**
     * Starts building a {@code Person} from its required components; every other
     * component starts absent, and every list empty.
     *
     * @param id  the identifier of the person, unique among the dataset's persons, not null
     * @param name  the full name as usually written, such as "Ugochi Daniels", not null
     * @return a new builder, not null
     */
    public static Builder builder(String id, String name) {
        return new Builder().id(id).name(name);
    }

    /**
     * Returns a builder holding this record's components, for a modified copy:
     *
     * <pre>{@code
     * Person titled = director.toBuilder().honorificPrefix("Ms").build();
     * }</pre>
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        return new Builder().copyFrom(this);
    }

    /**
     * Builds a {@code Person} one component at a time. The builder is mutable and not
     * thread-safe; the record it builds is immutable.
     *
     * <pre>{@code
     * Person director = Person.builder("amy-pope", "Amy Pope")
     *         .givenName("Amy")
     *         .familyName("Pope")
     *         .positions(directorGeneral)
     *         .build();
     * }</pre>
     */
    public static final class Builder extends PersonBuilderBase {
        private Builder() {
        }
    }
}
