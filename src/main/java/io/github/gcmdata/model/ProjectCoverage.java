package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How far a project reaches: one country, one region, several regions, the world.
 *
 * <p>In JSON each constant is its lower-case name, such as {@code "multi_regional"}.
 */
public enum ProjectCoverage {
    /** One country. */
    @JsonProperty("national")
    NATIONAL,
    /** One region, such as West Africa. */
    @JsonProperty("regional")
    REGIONAL,
    /** Several regions. */
    @JsonProperty("multi_regional")
    MULTI_REGIONAL,
    /** The world. */
    @JsonProperty("global")
    GLOBAL
}
