package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.gcmdata.constraints.ValidText;
import io.github.gcmdata.constraints.WebUrl;
import io.github.gcmdata.identifier.Url;
import io.github.gcmdata.internal.Components;
import java.time.LocalDate;
import java.util.List;

/**
 * Where a fact comes from: a web page, a document or a data set.
 *
 * <p>Every record of the shipped reference data carries at least one source. A source without a URL
 * names its document in {@code title}.
 *
 * <p>A source may say which values of its record it supports, as JSON Pointers relative to the
 * record ({@code /name/fr}: the French title), and how far it can be trusted ({@link
 * SourceStanding}): a record whose values come from sources of different standing, such as an
 * objective whose English title is the resolution's official text and whose Spanish title comes
 * from a secondary source, says so value by value.
 *
 * <pre>{@code
 * List<Source> french = objective.sources().stream()
 *         .filter(source -> source.supportsValueAt("/name/fr"))
 *         .toList();
 * }</pre>
 *
 * <p>Immutable: lists are copied on the way in and never null; a missing list is empty.
 *
 * @param url  the address of the source, or null for a source without one
 * @param title  the title of the source, or null
 * @param note  what the source says or how reliable it is, such as {@code "UNVERIFIED: secondary source"}, or null
 * @param accessed  the day the source was read, or null
 * @param standing  how far the source can be trusted, or null where not assessed
 * @param supports  the JSON Pointers, relative to the record, of the values this source supports,
 *     such as {@code /name/fr}; empty when it is a source of the record as a whole
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(
        @WebUrl Url url,
        @ValidText String title,
        @ValidText String note,
        @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate accessed,
        SourceStanding standing,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@ValidText String> supports) {

    /**
     * Copies the list.
     *
     * @param url  the address of the source, or null for a source without one
     * @param title  the title of the source, or null
     * @param note  what the source says or how reliable it is, or null
     * @param accessed  the day the source was read, or null
     * @param standing  how far the source can be trusted, or null where not assessed
     * @param supports  the JSON Pointers, relative to the record, of the values this source supports
     * @throws NullPointerException if the list holds a null
     */
    public Source {
        supports = Components.copy(supports, "supports");
    }

    /**
     * Obtains a source of a record as a whole, with no standing assessed.
     *
     * @param url  the address of the source, or null for a source without one
     * @param title  the title of the source, or null
     * @param note  what the source says or how reliable it is, or null
     * @param accessed  the day the source was read, or null
     */
    public Source(Url url, String title, String note, LocalDate accessed) {
        this(url, title, note, accessed, null, List.of());
    }

    /**
     * Tells whether this source supports the value at a JSON Pointer of its record: whether one of
     * its {@link #supports()} pointers is that pointer or a pointer above it ({@code /name}
     * supports {@code /name/fr}).
     *
     * @param jsonPointer  a JSON Pointer relative to the record, such as {@code /name/fr}, not null
     * @return true if the source names that value or a value holding it
     */
    public boolean supportsValueAt(String jsonPointer) {
        for (String supported : supports) {
            if (jsonPointer.equals(supported) || jsonPointer.startsWith(supported + "/")) {
                return true;
            }
        }
        return false;
    }
}
