package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.OptBoolean;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.constraints.RegionTimeZone;
import io.github.gcmdata.constraints.WebUrl;
import io.github.gcmdata.constraints.WellFormedEmail;
import io.github.gcmdata.constraints.ZoneWhenTimed;
import io.github.gcmdata.identifier.EmailAddress;
import io.github.gcmdata.identifier.Url;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * How to register for an event: where, from when, until when, and who may.
 *
 * <p>A deadline is a local date and time to the minute in its own time zone, since a Geneva
 * deadline may close the registration of a New York event ("until 18:00 CET on 22 February").
 * Validation reports a deadline without its zone.
 *
 * <p>Immutable and thread-safe.
 *
 * @param url  the registration form, or null
 * @param email  the address to register with, or null
 * @param opens  when registration opens, or null
 * @param deadline  when registration closes, local in {@code deadlineTimeZone}, or null
 * @param deadlineTimeZone  the IANA time zone of the deadline, or null
 * @param eligibility  who may register, as the source prints it, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ZoneWhenTimed
public record Registration(
        @WebUrl Url url,
        @WellFormedEmail EmailAddress email,
        PartialDate opens,
        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "uuuu-MM-dd'T'HH:mm", lenient = OptBoolean.FALSE)
        LocalDateTime deadline,
        @RegionTimeZone ZoneId deadlineTimeZone,
        @NonBlankText LocalizedText eligibility) {

    /**
     * Checks that the deadline is to the minute.
     *
     * @param url  the registration form, or null
     * @param email  the address to register with, or null
     * @param opens  when registration opens, or null
     * @param deadline  when registration closes, local in {@code deadlineTimeZone}, or null
     * @param deadlineTimeZone  the IANA time zone of the deadline, or null
     * @param eligibility  who may register, as the source prints it, or null
     * @throws IllegalArgumentException if the deadline has seconds: it is written to the minute
     */
    public Registration {
        if (deadline != null) {
            AgendaTimes.requireWholeMinutes(deadline.toLocalTime(), "deadline");
        }
    }
}
