package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The kind of a United Nations document.
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
    /** Any other kind. */
    @JsonProperty("other")
    OTHER
}
