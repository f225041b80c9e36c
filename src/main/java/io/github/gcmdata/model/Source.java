package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.gcmdata.constraints.ValidText;
import io.github.gcmdata.constraints.WebUrl;
import io.github.gcmdata.identifier.Url;
import java.time.LocalDate;

/**
 * Where a fact comes from: a web page, a document or a data set.
 *
 * <p>Every record of the shipped reference data carries at least one source. A source without a URL
 * names its document in {@code title}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param url  the address of the source, or null for a source without one
 * @param title  the title of the source, or null
 * @param note  what the source says or how reliable it is, such as {@code "UNVERIFIED: secondary source"}, or null
 * @param accessed  the day the source was read, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(
        @WebUrl Url url,
        @ValidText String title,
        @ValidText String note,
        @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate accessed) {
}
