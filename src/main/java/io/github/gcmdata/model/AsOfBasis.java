package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where the date of a dated figure comes from: the page states it, or the page gives none and the
 * figure takes the date of the page, or of the day it was read.
 *
 * <p>In JSON each constant is its lower-case name, such as {@code "source_date"}. A figure without
 * one has the date its source states.
 */
public enum AsOfBasis {
    /** The source states the date the figure held: "175 member states as of October 2023". */
    @JsonProperty("stated")
    STATED,
    /** The source gives no date: the figure's date is the date of the page or document that states it. */
    @JsonProperty("source_date")
    SOURCE_DATE,
    /**
     * The figure is current whenever the page is read, such as a site header's "present in 171
     * countries": its date is the day the page was read.
     */
    @JsonProperty("accessed")
    ACCESSED
}
