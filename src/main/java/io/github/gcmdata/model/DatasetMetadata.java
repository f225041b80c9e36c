package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.ValidId;
import io.github.gcmdata.constraints.ValidText;
import io.github.gcmdata.internal.Components;
import io.github.gcmdata.internal.GenerateBuilder;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;

/**
 * What a dataset is: its name, version, dates, licence, sources, and what it leaves out.
 *
 * <p>A dataset's version and dates are its own, not those of the library that reads it: the
 * bundled reference data, for example, has the version {@code 2026.11.25}, whatever the version of
 * the jar.
 *
 * <p>Immutable: lists are copied on the way in and never null; a missing list is empty.
 *
 * @param id  the identifier of the dataset, not null
 * @param name  the name, not null
 * @param description  a description, or null
 * @param version  the version, or null
 * @param dateModified  the day of the last change, or null
 * @param asOf  the day up to which the data follows its sources: facts that changed later are not
 *     in it, or null
 * @param license  the licence, as an SPDX identifier such as "CC-BY-4.0" or a URL, or null
 * @param sources  where the data comes from
 * @param gaps  what the data leaves out on purpose, and why
 */
@GenerateBuilder
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DatasetMetadata(
        @JsonProperty(required = true) @ValidId String id,
        @JsonProperty(required = true) @ValidText(required = true) LocalizedText name,
        @ValidText LocalizedText description,
        @ValidText String version,
        @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate dateModified,
        @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate asOf,
        @ValidText String license,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Source> sources,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Gap> gaps) {

    /**
     * Checks that required components are present and copies the lists.
     *
     * @param id  the identifier of the dataset, not null
     * @param name  the name, not null
     * @param description  a description, or null
     * @param version  the version, or null
     * @param dateModified  the day of the last change, or null
     * @param asOf  the day up to which the data follows its sources, or null
     * @param license  the licence, as an SPDX identifier such as "CC-BY-4.0" or a URL, or null
     * @param sources  where the data comes from
     * @param gaps  what the data leaves out on purpose, and why
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public DatasetMetadata {
        Components.required(id, "id");
        Components.required(name, "name");
        sources = Components.copy(sources, "sources");
        gaps = Components.copy(gaps, "gaps");
    }

    /**
     * Obtains metadata without an as-of date and without gaps: the components of the first format.
     *
     * @param id  the identifier of the dataset, not null
     * @param name  the name, not null
     * @param description  a description, or null
     * @param version  the version, or null
     * @param dateModified  the day of the last change, or null
     * @param license  the licence, as an SPDX identifier such as "CC-BY-4.0" or a URL, or null
     * @param sources  where the data comes from
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public DatasetMetadata(String id, LocalizedText name, LocalizedText description, String version,
            LocalDate dateModified, String license, List<Source> sources) {
        this(id, name, description, version, dateModified, null, license, sources, List.of());
    }

    /**
     * Starts building a {@code DatasetMetadata} from its required components; every other
     * component starts absent, and every list empty.
     *
     * @param id  the identifier of the dataset, not null
     * @param name  the name, not null
     * @return a new builder, not null
     */
    public static Builder builder(String id, LocalizedText name) {
        return new Builder().id(id).name(name);
    }

    /**
     * Returns a builder holding this record's components, for a modified copy:
     *
     * <pre>{@code
     * DatasetMetadata next = metadata.toBuilder().version("2").build();
     * }</pre>
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        return new Builder().copyFrom(this);
    }

    /**
     * Builds a {@code DatasetMetadata} one component at a time. The builder is mutable and not
     * thread-safe; the record it builds is immutable.
     *
     * <pre>{@code
     * DatasetMetadata metadata = DatasetMetadata.builder("gcm-reference", LocalizedText.of("en", "GCM reference data"))
     *         .version("1")
     *         .dateModified(LocalDate.of(2026, 11, 22))
     *         .build();
     * }</pre>
     */
    public static final class Builder extends DatasetMetadataBuilderBase {
        private Builder() {
        }
    }
}
