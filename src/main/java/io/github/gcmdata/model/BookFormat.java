package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The format of a publication edition.
 *
 * <p>In JSON each constant is its lower-case name, such as {@code "print"}.
 */
public enum BookFormat {
    /** Printed on paper. */
    @JsonProperty("print")
    PRINT,
    /** A PDF file. */
    @JsonProperty("pdf")
    PDF,
    /** An e-book format other than PDF. */
    @JsonProperty("ebook")
    EBOOK,
    /**
     * An electronic format the source does not name: an "e-ISBN" printed without saying whether it
     * is a PDF or an e-book.
     */
    @JsonProperty("electronic")
    ELECTRONIC
}
