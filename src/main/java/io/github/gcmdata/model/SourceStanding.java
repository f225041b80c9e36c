package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How far a source can be trusted for what it supports: the body's own text, or another
 * publisher's report of it.
 *
 * <p>In JSON each constant is its lower-case name, such as {@code "official"}.
 */
public enum SourceStanding {
    /**
     * The official text or data of the body that decides the fact, or an exact copy of it: the
     * resolution's official text, the UN Statistics Division's M49 table, IOM's own page.
     */
    @JsonProperty("official")
    OFFICIAL,
    /**
     * Another publisher reporting or reproducing the fact: a press report, a research data set, a
     * third party's copy whose wording or letter case may differ from the official text.
     */
    @JsonProperty("secondary")
    SECONDARY
}
