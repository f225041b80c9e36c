package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How exact a printed count is.
 *
 * <p>In JSON each constant is its lower-case name, such as {@code "exact"}.
 */
public enum CountPrecision {
    /** Exactly the value: "83 panellists". */
    @JsonProperty("exact")
    EXACT,
    /** More than the value: "more than 600 participants". */
    @JsonProperty("more_than")
    MORE_THAN,
    /** The value or more. */
    @JsonProperty("at_least")
    AT_LEAST,
    /** Roughly the value. */
    @JsonProperty("about")
    ABOUT
}
