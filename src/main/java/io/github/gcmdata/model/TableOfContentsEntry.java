package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.internal.Components;
import io.github.gcmdata.internal.GenerateBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.util.List;

/**
 * An entry of a table of contents, with the entries below it.
 *
 * <p>Immutable: lists are copied on the way in and never null; a missing list is empty.
 *
 * @param name  the heading, not null
 * @param pageStart  the first page, or null
 * @param entries  the entries below this one
 * @param contributors  the authors and other contributors of this part, where they differ from the publication's
 */
@GenerateBuilder
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TableOfContentsEntry(
        @JsonProperty(required = true) @NonBlankText(required = true) LocalizedText name,
        @Positive(message = "{gcm.number.notPositive}") Integer pageStart,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid TableOfContentsEntry> entries,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Contributor> contributors) {

    /**
     * Checks that required components are present and copies the lists.
     *
     * @param name  the heading, not null
     * @param pageStart  the first page, or null
     * @param entries  the entries below this one
     * @param contributors  the authors and other contributors of this part, where they differ from the publication's
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public TableOfContentsEntry {
        Components.required(name, "name");
        entries = Components.copy(entries, "entries");
        contributors = Components.copy(contributors, "contributors");
    }

    /**
     * Obtains an entry without contributors of its own: the components of the first format.
     *
     * @param name  the heading, not null
     * @param pageStart  the first page, or null
     * @param entries  the entries below this one
     * @throws NullPointerException if the name is null, or the list holds a null
     */
    public TableOfContentsEntry(LocalizedText name, Integer pageStart, List<TableOfContentsEntry> entries) {
        this(name, pageStart, entries, List.of());
    }

    /**
     * Starts building a {@code TableOfContentsEntry} from its required components; every other
     * component starts absent, and every list empty.
     *
     * @param name  the heading, not null
     * @return a new builder, not null
     */
    public static Builder builder(LocalizedText name) {
        return new Builder().name(name);
    }

    /**
     * Returns a builder holding this record's components, for a modified copy:
     *
     * <pre>{@code
     * TableOfContentsEntry credited = chapter.toBuilder().contributors(author).build();
     * }</pre>
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        return new Builder().copyFrom(this);
    }

    /**
     * Builds a {@code TableOfContentsEntry} one component at a time. The builder is mutable and not
     * thread-safe; the record it builds is immutable.
     *
     * <pre>{@code
     * TableOfContentsEntry chapter = TableOfContentsEntry.builder(LocalizedText.of("en", "Migration and migrants: A global overview"))
     *         .pageStart(21)
     *         .contributors(new Contributor(AgentRef.person("marie-mcauliffe"), ContributorRole.AUTHOR))
     *         .build();
     * }</pre>
     */
    public static final class Builder extends TableOfContentsEntryBuilderBase {
        private Builder() {
        }
    }
}
