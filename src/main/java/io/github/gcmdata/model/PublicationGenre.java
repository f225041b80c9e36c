package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The kind of a publication, as its publisher classes it (schema.org {@code genre}): a book, a
 * report, a research paper.
 *
 * <p>In JSON each constant is its lower-case name, such as {@code "research_paper"}.
 */
public enum PublicationGenre {
    /** A book. */
    @JsonProperty("book")
    BOOK,
    /** A report, such as a conference report or the World Migration Report. */
    @JsonProperty("report")
    REPORT,
    /** A research paper, such as a volume of the Migration Research Series. */
    @JsonProperty("research_paper")
    RESEARCH_PAPER,
    /** A summary of a longer report, such as a synthesis report of a dialogue. */
    @JsonProperty("summary_report")
    SUMMARY_REPORT,
    /** An information sheet or fact sheet. */
    @JsonProperty("info_sheet")
    INFO_SHEET,
    /** A brochure or leaflet. */
    @JsonProperty("brochure")
    BROCHURE,
    /** A chapter published on its own (its book is the target of a {@code part_of} relation). */
    @JsonProperty("chapter")
    CHAPTER,
    /** Any other kind. */
    @JsonProperty("other")
    OTHER
}
