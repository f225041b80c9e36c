package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The kind of a document: of the United Nations, of another organisation, or of a government.
 *
 * <p>In JSON each constant is its lower-case name, such as {@code "resolution"}.
 */
public enum DocumentKind {
    /** A resolution. */
    @JsonProperty("resolution")
    RESOLUTION,
    /** A decision. */
    @JsonProperty("decision")
    DECISION,
    /** A declaration. */
    @JsonProperty("declaration")
    DECLARATION,
    /** An agreement or its text. */
    @JsonProperty("agreement")
    AGREEMENT,
    /** A report. */
    @JsonProperty("report")
    REPORT,
    /** A draft resolution or declaration. */
    @JsonProperty("draft")
    DRAFT,
    /** An organisation's constitution or founding treaty, such as the Constitution of IOM. */
    @JsonProperty("constitution")
    CONSTITUTION,
    /** A strategy, such as the United Nations Youth Strategy or a government's diaspora strategy. */
    @JsonProperty("strategy")
    STRATEGY,
    /** A letter, such as a government's letter confirming a contribution. */
    @JsonProperty("letter")
    LETTER,
    /** Any other kind. */
    @JsonProperty("other")
    OTHER
}
