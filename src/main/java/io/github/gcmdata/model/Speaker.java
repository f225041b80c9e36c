package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.constraints.WellFormedId;
import io.github.gcmdata.internal.Components;
import io.github.gcmdata.internal.GenerateBuilder;

/**
 * A person on an agenda, as the agenda prints them: "Ugochi Daniels, Deputy Director General for
 * Operations, IOM", and their part where the agenda gives it ("Keynote remarks").
 *
 * <p>The printed name and title are kept as printed, since agendas print one person differently
 * ("Amy E. Pope", "Amy Pope"); the person record holds the person.
 *
 * <p>Immutable and thread-safe.
 *
 * @param personRef  the identifier of the person, not null
 * @param nameAsPrinted  the name as printed, or null
 * @param titleAsPrinted  the title and affiliation as printed, or null
 * @param modality  how the speaker takes part where the agenda says so, such as a video message, or null
 * @param role  the speaker's part in the item where the agenda says so, such as keynote remarks, or null
 */
@GenerateBuilder
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Speaker(
        @JsonProperty(required = true) @RefersTo(Person.class) @WellFormedId String personRef,
        @NonBlankText String nameAsPrinted,
        @NonBlankText LocalizedText titleAsPrinted,
        Modality modality,
        SpeakerRole role) {

    /**
     * Checks that required components are present.
     *
     * @param personRef  the identifier of the person, not null
     * @param nameAsPrinted  the name as printed, or null
     * @param titleAsPrinted  the title and affiliation as printed, or null
     * @param modality  how the speaker takes part where the agenda says so, such as a video message, or null
     * @param role  the speaker's part in the item where the agenda says so, such as keynote remarks, or null
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public Speaker {
        Components.required(personRef, "personRef");
    }

    /**
     * Starts building a {@code Speaker} from its required components; every other
     * component starts absent.
     *
     * @param personRef  the identifier of the person, not null
     * @return a new builder, not null
     */
    public static Builder builder(String personRef) {
        return new Builder().personRef(personRef);
    }

    /**
     * Returns a builder holding this record's components, for a modified copy:
     *
     * <pre>{@code
     * Speaker inPerson = byVideo.toBuilder().modality(Modality.IN_PERSON).build();
     * }</pre>
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        return new Builder().copyFrom(this);
    }

    /**
     * Builds a {@code Speaker} one component at a time. The builder is mutable and not
     * thread-safe; the record it builds is immutable.
     *
     * <pre>{@code
     * Speaker byVideo = Speaker.builder("abdulla-shahid")
     *         .nameAsPrinted("Abdulla Shahid")
     *         .modality(Modality.VIDEO_MESSAGE)
     *         .role(SpeakerRole.OPENING_REMARKS)
     *         .build();
     * }</pre>
     */
    public static final class Builder extends SpeakerBuilderBase {
        private Builder() {
        }
    }
}
