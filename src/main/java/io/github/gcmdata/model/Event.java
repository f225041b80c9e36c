package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.AgendaWithinEvent;
import io.github.gcmdata.constraints.ChronologicalOrder;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.constraints.ObjectiveNumber;
import io.github.gcmdata.constraints.OneParticipationPerRole;
import io.github.gcmdata.constraints.PanellistsWithinParticipants;
import io.github.gcmdata.constraints.PlaceWhenInPerson;
import io.github.gcmdata.constraints.RegionTimeZone;
import io.github.gcmdata.constraints.UnknownEndDateAbsent;
import io.github.gcmdata.constraints.WellFormedId;
import io.github.gcmdata.constraints.ZoneWhenTimed;
import io.github.gcmdata.internal.Components;
import io.github.gcmdata.internal.GenerateBuilder;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * An event: an IDM session, a workshop, a side event, a forum.
 *
 * <p>Dates are calendar dates, known to the day where the source gives the day, else to the month
 * or the year ("late September 2017"). Times are local times in {@code timeZone}, an IANA time
 * zone, so that "9:00 New York time" stays 9:00 whatever the offset of the day. Without an end
 * date an event lasts one day, unless {@code endDateUnknown} says that its end is not known.
 *
 * <p>Immutable: lists are copied on the way in and never null; a missing list is empty.
 *
 * @param id  the identifier of the event, unique among the dataset's events, not null
 * @param name  the name, not null
 * @param alternateName  the acronym or short name in each language, such as IMRF, or null
 * @param description  a description, or null
 * @param theme  the theme, or null
 * @param themes  the topics it discusses, beyond its theme
 * @param kind  the kind of event, not null
 * @param series  where the event stands in its series, or null
 * @param superEventRef  the identifier of the event it is part of or held in the margins of, or null
 * @param startDate  the first day, or the month or year where the source gives no day, not null
 * @param endDate  the last day, or month or year, or null for a one-day event or an unknown end
 * @param endDateUnknown  true if the event may last more than a day and its end date is unknown; false, the default, makes a missing end date a one-day event
 * @param startTime  when it starts on its first day, local in {@code timeZone}, or null
 * @param endTime  when it ends on its last day, local in {@code timeZone}, or null
 * @param timeZone  the IANA time zone of the times and agenda times, or null
 * @param attendanceMode  how people attend, or null
 * @param location  where it takes place, or null
 * @param spatialCoverage  the regions or countries it is about, such as the Arab region of a regional review
 * @param organizers  the organisers and co-hosts
 * @param performers  the organisations, states and persons that presented, beyond the agenda's speakers
 * @param participants  who else takes part, and in which role: hosts, funders, partners, attendees
 * @param audience  the categories of people it is for or gathers, such as governments and civil society
 * @param audienceAsPrinted  its audience as the source words it, or null
 * @param participantCount  how many took part, or null
 * @param panellistCount  how many of them were panellists, or null
 * @param figures  other figures about it, each with its date, such as its delegations
 * @param registration  how to register, or null
 * @param contactPoints  how to reach its organisers
 * @param subEventRefs  the identifiers of its sub-events, such as the workshops of an IDM
 * @param agenda  the agenda, day by day
 * @param about  the records it is about: a document it reviews, an organisation, an objective
 * @param relatedObjectives  the numbers of the GCM objectives it discusses
 * @param citedDocuments  the UN documents it cites
 * @param outcomePublicationRefs  the identifiers of the publications that report on it
 * @param documents  links to its documents
 * @param relations  how it relates to other records: held in response to a resolution, ahead of a forum
 * @param sources  where the facts come from
 */
@GenerateBuilder
@JsonInclude(JsonInclude.Include.NON_NULL)
@ChronologicalOrder
@AgendaWithinEvent
@PlaceWhenInPerson
@PanellistsWithinParticipants
@ZoneWhenTimed
@UnknownEndDateAbsent
@OneParticipationPerRole
public record Event(
        @JsonProperty(required = true) @RecordId @WellFormedId String id,
        @JsonProperty(required = true) @NonBlankText(required = true) LocalizedText name,
        @NonBlankText LocalizedText alternateName,
        @NonBlankText LocalizedText description,
        @NonBlankText LocalizedText theme,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@NonBlankText(required = true) LocalizedText> themes,
        @JsonProperty(required = true) EventKind kind,
        @Valid EventSeriesEntry series,
        @RefersTo(Event.class) @WellFormedId String superEventRef,
        @JsonProperty(required = true) PartialDate startDate,
        PartialDate endDate,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean endDateUnknown,
        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "HH:mm") LocalTime startTime,
        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "HH:mm") LocalTime endTime,
        @RegionTimeZone ZoneId timeZone,
        AttendanceMode attendanceMode,
        @Valid Place location,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Place> spatialCoverage,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid AgentRef> organizers,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid AgentRef> performers,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Participation> participants,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<AudienceType> audience,
        @NonBlankText LocalizedText audienceAsPrinted,
        @Valid Count participantCount,
        @Valid Count panellistCount,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid DatedFigure> figures,
        @Valid Registration registration,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid ContactPoint> contactPoints,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @RefersTo(Event.class) List<@WellFormedId String> subEventRefs,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid AgendaDay> agenda,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid RecordRef> about,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@ObjectiveNumber Integer> relatedObjectives,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid DocumentReference> citedDocuments,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @RefersTo(Publication.class) List<@WellFormedId String> outcomePublicationRefs,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Link> documents,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Relation> relations,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Source> sources) {

    /**
     * Checks that required components are present and copies the lists.
     *
     * @param id  the identifier of the event, unique among the dataset's events, not null
     * @param name  the name, not null
     * @param alternateName  the acronym or short name in each language, such as IMRF, or null
     * @param description  a description, or null
     * @param theme  the theme, or null
     * @param themes  the topics it discusses, beyond its theme
     * @param kind  the kind of event, not null
     * @param series  where the event stands in its series, or null
     * @param superEventRef  the identifier of the event it is part of or held in the margins of, or null
     * @param startDate  the first day, or the month or year where the source gives no day, not null
     * @param endDate  the last day, or month or year, or null for a one-day event or an unknown end
     * @param endDateUnknown  true if the event may last more than a day and its end date is unknown; false, the default, makes a missing end date a one-day event
     * @param startTime  when it starts on its first day, local in {@code timeZone}, or null
     * @param endTime  when it ends on its last day, local in {@code timeZone}, or null
     * @param timeZone  the IANA time zone of the times and agenda times, or null
     * @param attendanceMode  how people attend, or null
     * @param location  where it takes place, or null
     * @param spatialCoverage  the regions or countries it is about, such as the Arab region of a regional review
     * @param organizers  the organisers and co-hosts
     * @param performers  the organisations, states and persons that presented, beyond the agenda's speakers
     * @param participants  who else takes part, and in which role: hosts, funders, partners, attendees
     * @param audience  the categories of people it is for or gathers, such as governments and civil society
     * @param audienceAsPrinted  its audience as the source words it, or null
     * @param participantCount  how many took part, or null
     * @param panellistCount  how many of them were panellists, or null
     * @param figures  other figures about it, each with its date, such as its delegations
     * @param registration  how to register, or null
     * @param contactPoints  how to reach its organisers
     * @param subEventRefs  the identifiers of its sub-events, such as the workshops of an IDM
     * @param agenda  the agenda, day by day
     * @param about  the records it is about: a document it reviews, an organisation, an objective
     * @param relatedObjectives  the numbers of the GCM objectives it discusses
     * @param citedDocuments  the UN documents it cites
     * @param outcomePublicationRefs  the identifiers of the publications that report on it
     * @param documents  links to its documents
     * @param relations  how it relates to other records: held in response to a resolution, ahead of a forum
     * @param sources  where the facts come from
     * @throws NullPointerException if a required component is null, or a list holds a null
     * @throws IllegalArgumentException if a time has seconds: times are to the minute
     */
    public Event {
        Components.required(id, "id");
        Components.required(name, "name");
        Components.required(kind, "kind");
        Components.required(startDate, "startDate");
        AgendaTimes.requireWholeMinutes(startTime, "startTime");
        AgendaTimes.requireWholeMinutes(endTime, "endTime");
        themes = Components.copy(themes, "themes");
        spatialCoverage = Components.copy(spatialCoverage, "spatialCoverage");
        organizers = Components.copy(organizers, "organizers");
        performers = Components.copy(performers, "performers");
        participants = Components.copy(participants, "participants");
        audience = Components.copy(audience, "audience");
        figures = Components.copy(figures, "figures");
        contactPoints = Components.copy(contactPoints, "contactPoints");
        subEventRefs = Components.copy(subEventRefs, "subEventRefs");
        agenda = Components.copy(agenda, "agenda");
        about = Components.copy(about, "about");
        relatedObjectives = Components.copy(relatedObjectives, "relatedObjectives");
        citedDocuments = Components.copy(citedDocuments, "citedDocuments");
        outcomePublicationRefs = Components.copy(outcomePublicationRefs, "outcomePublicationRefs");
        documents = Components.copy(documents, "documents");
        relations = Components.copy(relations, "relations");
        sources = Components.copy(sources, "sources");
    }


    /**
     * Starts building an {@code Event} from its required components; every other
     * component starts absent, and every list empty.
     *
     * @param id  the identifier of the event, unique among the dataset's events, not null
     * @param name  the name, not null
     * @param kind  the kind of event, not null
     * @param startDate  the first day, or the month or year where the source gives no day, not null
     * @return a new builder, not null
     */
    public static Builder builder(String id, LocalizedText name, EventKind kind, PartialDate startDate) {
        return new Builder().id(id).name(name).kind(kind).startDate(startDate);
    }

    /**
     * Starts building an {@code Event} that starts on a known day; see
     * {@link #builder(String, LocalizedText, EventKind, PartialDate)}.
     *
     * @param id  the identifier of the event, unique among the dataset's events, not null
     * @param name  the name, not null
     * @param kind  the kind of event, not null
     * @param startDate  the first day, not null
     * @return a new builder, not null
     */
    public static Builder builder(String id, LocalizedText name, EventKind kind, LocalDate startDate) {
        return builder(id, name, kind, PartialDate.of(startDate));
    }

    /**
     * Returns a builder holding this record's components, for a modified copy:
     *
     * <pre>{@code
     * Event longer = session.toBuilder().endDate(PartialDate.of(LocalDate.of(2022, 3, 3))).build();
     * }</pre>
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        return new Builder().copyFrom(this);
    }

    /**
     * Builds an {@code Event} one component at a time. The builder is mutable and not
     * thread-safe; the record it builds is immutable.
     *
     * <pre>{@code
     * Event session = Event.builder("idm-2022-session-1",
     *                 LocalizedText.of("en", "International Dialogue on Migration 2022"),
     *                 EventKind.IDM_SESSION, LocalDate.of(2022, 2, 28))
     *         .endDate(PartialDate.of(LocalDate.of(2022, 3, 2)))
     *         .timeZone(ZoneId.of("America/New_York"))
     *         .organizers(AgentRef.organisation("iom"))
     *         .relatedObjectives(7, 8, 10)
     *         .build();
     * }</pre>
     */
    public static final class Builder extends EventBuilderBase {
        private Builder() {
        }
    }
}
