package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The role of a contributor to a publication.
 *
 * <p>In JSON each constant is its lower-case name, such as {@code "author"}.
 */
public enum ContributorRole {
    /** An author. */
    @JsonProperty("author")
    AUTHOR,
    /** An editor. */
    @JsonProperty("editor")
    EDITOR,
    /** A contributor of a part. */
    @JsonProperty("contributor")
    CONTRIBUTOR,
    /** A translator. */
    @JsonProperty("translator")
    TRANSLATOR,
    /** A photographer whose photographs the publication prints, as its credits name them. */
    @JsonProperty("photographer")
    PHOTOGRAPHER,
    /**
     * Who commissioned the work: asked for it, and usually paid for it, without writing it ("IOM
     * commissioned five research papers").
     */
    @JsonProperty("commissioner")
    COMMISSIONER
}
