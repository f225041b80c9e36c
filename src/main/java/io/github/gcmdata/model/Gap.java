package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.ValidText;
import io.github.gcmdata.internal.Components;

/**
 * Something a dataset leaves out on purpose, and why: a value that no source confirmed, a list that
 * no source gave in full.
 *
 * <pre>{@code
 * for (Gap gap : ReferenceData.dataset().metadata().gaps()) {
 *     System.out.println(gap.subject() + ": " + gap.reason());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param subject  what is left out, such as "Spanish title of objective 3", not null
 * @param reason  why, such as "not seen in an official source", or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Gap(
        @JsonProperty(required = true) @ValidText String subject,
        @ValidText String reason) {

    /**
     * Checks that the subject is present.
     *
     * @param subject  what is left out, not null
     * @param reason  why, or null
     * @throws NullPointerException if the subject is null
     */
    public Gap {
        Components.required(subject, "subject");
    }
}
