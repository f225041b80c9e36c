package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.constraints.WellFormedId;
import io.github.gcmdata.internal.Components;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Arrays;
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
        return new Builder(id, name);
    }

    /**
     * Returns a builder that starts from this record, for a modified copy.
     *
     * @return a new builder holding this record's components, not null
     */
    public Builder toBuilder() {
        Builder builder = new Builder(id, name);
        builder.givenName = givenName;
        builder.familyName = familyName;
        builder.honorificPrefix = honorificPrefix;
        builder.positions.addAll(positions);
        builder.contactPoints.addAll(contactPoints);
        builder.identifiers.addAll(identifiers);
        builder.sources.addAll(sources);
        return builder;
    }

    /**
     * Builds a {@code Person} one component at a time. The builder is mutable and not
     * thread-safe; the record it builds is immutable.
     */
    public static final class Builder {
        private final String id;
        private final String name;
        private String givenName;
        private String familyName;
        private String honorificPrefix;
        private final List<Position> positions = new ArrayList<>();
        private final List<ContactPoint> contactPoints = new ArrayList<>();
        private final List<Identifier> identifiers = new ArrayList<>();
        private final List<Source> sources = new ArrayList<>();

        private Builder(String id, String name) {
            this.id = id;
            this.name = name;
        }

        /**
         * Sets the given name, or null.
         *
         * @param givenName  the value, or null for none
         * @return this builder
         */
        public Builder givenName(String givenName) {
            this.givenName = givenName;
            return this;
        }

        /**
         * Sets the family name, or null.
         *
         * @param familyName  the value, or null for none
         * @return this builder
         */
        public Builder familyName(String familyName) {
            this.familyName = familyName;
            return this;
        }

        /**
         * Sets a prefix such as "Ambassador", or null.
         *
         * @param honorificPrefix  the value, or null for none
         * @return this builder
         */
        public Builder honorificPrefix(String honorificPrefix) {
            this.honorificPrefix = honorificPrefix;
            return this;
        }

        /**
         * Sets the positions held, replacing any set before.
         *
         * @param positions  the values, not null
         * @return this builder
         */
        public Builder positions(List<Position> positions) {
            this.positions.clear();
            this.positions.addAll(positions);
            return this;
        }

        /**
         * Sets the positions held, replacing any set before.
         *
         * @param positions  the values, not null
         * @return this builder
         */
        public Builder positions(Position... positions) {
            return positions(Arrays.asList(positions));
        }

        /**
         * Sets the ways to reach the person, replacing any set before.
         *
         * @param contactPoints  the values, not null
         * @return this builder
         */
        public Builder contactPoints(List<ContactPoint> contactPoints) {
            this.contactPoints.clear();
            this.contactPoints.addAll(contactPoints);
            return this;
        }

        /**
         * Sets the ways to reach the person, replacing any set before.
         *
         * @param contactPoints  the values, not null
         * @return this builder
         */
        public Builder contactPoints(ContactPoint... contactPoints) {
            return contactPoints(Arrays.asList(contactPoints));
        }

        /**
         * Sets identifiers in other registers, replacing any set before.
         *
         * @param identifiers  the values, not null
         * @return this builder
         */
        public Builder identifiers(List<Identifier> identifiers) {
            this.identifiers.clear();
            this.identifiers.addAll(identifiers);
            return this;
        }

        /**
         * Sets identifiers in other registers, replacing any set before.
         *
         * @param identifiers  the values, not null
         * @return this builder
         */
        public Builder identifiers(Identifier... identifiers) {
            return identifiers(Arrays.asList(identifiers));
        }

        /**
         * Sets where the facts come from, replacing any set before.
         *
         * @param sources  the values, not null
         * @return this builder
         */
        public Builder sources(List<Source> sources) {
            this.sources.clear();
            this.sources.addAll(sources);
            return this;
        }

        /**
         * Sets where the facts come from, replacing any set before.
         *
         * @param sources  the values, not null
         * @return this builder
         */
        public Builder sources(Source... sources) {
            return sources(Arrays.asList(sources));
        }

        /**
         * Builds the {@code Person}.
         *
         * @return the record, not null
         * @throws NullPointerException if a required component is null, or a list holds a null
         */
        public Person build() {
            return new Person(id, name, givenName, familyName, honorificPrefix, positions, contactPoints, identifiers, sources);
        }
    }
}
