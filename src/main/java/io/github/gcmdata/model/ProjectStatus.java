package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a project stands, in the terms of the IATI activity status: planned, under way, completed
 * or cancelled.
 *
 * <p>In JSON each constant is its lower-case name, such as {@code "completed"}.
 */
public enum ProjectStatus {
    /** Planned, not begun. */
    @JsonProperty("planned")
    PLANNED,
    /** Under way. */
    @JsonProperty("ongoing")
    ONGOING,
    /** Completed. */
    @JsonProperty("completed")
    COMPLETED,
    /** Cancelled before it was completed. */
    @JsonProperty("cancelled")
    CANCELLED
}
