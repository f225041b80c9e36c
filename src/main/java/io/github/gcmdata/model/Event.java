package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.constraints.AgendaWithinEvent;
import io.github.gcmdata.constraints.ChronologicalOrder;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.constraints.ObjectiveNumber;
import io.github.gcmdata.constraints.PanellistsWithinParticipants;
import io.github.gcmdata.constraints.PlaceWhenInPerson;
import io.github.gcmdata.constraints.RegionTimeZone;
import io.github.gcmdata.constraints.WellFormedId;
import io.github.gcmdata.internal.Components;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An event: an IDM session, a workshop, a side event, a forum.
 *
 * <p>Dates are calendar dates, known to the day where the source gives the day, else to the month
 * or the year ("late September 2017"). Agenda times are local times in {@code timeZone}, an IANA
 * time zone, so that "9:00 New York time" stays 9:00 whatever the offset of the day.
 *
 * <p>Immutable: lists are copied on the way in and never null; a missing list is empty.
 *
 * @param id  the identifier of the event, unique among the dataset's events, not null
 * @param name  the name, not null
 * @param description  a description, or null
 * @param theme  the theme, or null
 * @param kind  the kind of event, not null
 * @param series  where the event stands in its series, or null
 * @param superEventRef  the identifier of the event it is part of or held in the margins of, or null
 * @param startDate  the first day, or the month or year where the source gives no day, not null
 * @param endDate  the last day, or month or year, or null for a one-day event
 * @param timeZone  the IANA time zone of the dates and agenda times, or null
 * @param attendanceMode  how people attend, or null
 * @param location  where it takes place, or null
 * @param organizers  the organisers and co-hosts
 * @param performers  the organisations, states and persons that presented, beyond the agenda's speakers
 * @param participantCount  how many took part, or null
 * @param panellistCount  how many of them were panellists, or null
 * @param subEventRefs  the identifiers of its sub-events, such as the workshops of an IDM
 * @param agenda  the agenda, day by day
 * @param relatedObjectives  the numbers of the GCM objectives it discusses
 * @param citedDocuments  the UN documents it cites
 * @param outcomePublicationRefs  the identifiers of the publications that report on it
 * @param documents  links to its documents
 * @param sources  where the facts come from
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@ChronologicalOrder
@AgendaWithinEvent
@PlaceWhenInPerson
@PanellistsWithinParticipants
public record Event(
        @JsonProperty(required = true) @RecordId @WellFormedId String id,
        @JsonProperty(required = true) @NonBlankText(required = true) LocalizedText name,
        @NonBlankText LocalizedText description,
        @NonBlankText LocalizedText theme,
        @JsonProperty(required = true) EventKind kind,
        @Valid EventSeriesEntry series,
        @RefersTo(Event.class) @WellFormedId String superEventRef,
        @JsonProperty(required = true) PartialDate startDate,
        PartialDate endDate,
        @RegionTimeZone ZoneId timeZone,
        AttendanceMode attendanceMode,
        @Valid Place location,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid AgentRef> organizers,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid AgentRef> performers,
        @Valid Count participantCount,
        @Valid Count panellistCount,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @RefersTo(Event.class) List<@WellFormedId String> subEventRefs,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid AgendaDay> agenda,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@ObjectiveNumber Integer> relatedObjectives,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid DocumentReference> citedDocuments,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @RefersTo(Publication.class) List<@WellFormedId String> outcomePublicationRefs,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Link> documents,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid Source> sources) {

    /**
     * Checks that required components are present and copies the lists.
     *
     * @param id  the identifier of the event, unique among the dataset's events, not null
     * @param name  the name, not null
     * @param description  a description, or null
     * @param theme  the theme, or null
     * @param kind  the kind of event, not null
     * @param series  where the event stands in its series, or null
     * @param superEventRef  the identifier of the event it is part of or held in the margins of, or null
     * @param startDate  the first day, or the month or year where the source gives no day, not null
     * @param endDate  the last day, or month or year, or null for a one-day event
     * @param timeZone  the IANA time zone of the dates and agenda times, or null
     * @param attendanceMode  how people attend, or null
     * @param location  where it takes place, or null
     * @param organizers  the organisers and co-hosts
     * @param performers  the organisations, states and persons that presented, beyond the agenda's speakers
     * @param participantCount  how many took part, or null
     * @param panellistCount  how many of them were panellists, or null
     * @param subEventRefs  the identifiers of its sub-events, such as the workshops of an IDM
     * @param agenda  the agenda, day by day
     * @param relatedObjectives  the numbers of the GCM objectives it discusses
     * @param citedDocuments  the UN documents it cites
     * @param outcomePublicationRefs  the identifiers of the publications that report on it
     * @param documents  links to its documents
     * @param sources  where the facts come from
     * @throws NullPointerException if a required component is null, or a list holds a null
     */
    public Event {
        Components.required(id, "id");
        Components.required(name, "name");
        Components.required(kind, "kind");
        Components.required(startDate, "startDate");
        organizers = Components.copy(organizers, "organizers");
        performers = Components.copy(performers, "performers");
        subEventRefs = Components.copy(subEventRefs, "subEventRefs");
        agenda = Components.copy(agenda, "agenda");
        relatedObjectives = Components.copy(relatedObjectives, "relatedObjectives");
        citedDocuments = Components.copy(citedDocuments, "citedDocuments");
        outcomePublicationRefs = Components.copy(outcomePublicationRefs, "outcomePublicationRefs");
        documents = Components.copy(documents, "documents");
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
        return new Builder(id, name, kind, startDate);
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
     * Returns a builder that starts from this record, for a modified copy.
     *
     * @return a new builder holding this record's components, not null
     */
    public Builder toBuilder() {
        Builder builder = new Builder(id, name, kind, startDate);
        builder.description = description;
        builder.theme = theme;
        builder.series = series;
        builder.superEventRef = superEventRef;
        builder.endDate = endDate;
        builder.timeZone = timeZone;
        builder.attendanceMode = attendanceMode;
        builder.location = location;
        builder.organizers.addAll(organizers);
        builder.performers.addAll(performers);
        builder.participantCount = participantCount;
        builder.panellistCount = panellistCount;
        builder.subEventRefs.addAll(subEventRefs);
        builder.agenda.addAll(agenda);
        builder.relatedObjectives.addAll(relatedObjectives);
        builder.citedDocuments.addAll(citedDocuments);
        builder.outcomePublicationRefs.addAll(outcomePublicationRefs);
        builder.documents.addAll(documents);
        builder.sources.addAll(sources);
        return builder;
    }

    /**
     * Builds an {@code Event} one component at a time. The builder is mutable and not
     * thread-safe; the record it builds is immutable.
     */
    public static final class Builder {
        private final String id;
        private final LocalizedText name;
        private final EventKind kind;
        private final PartialDate startDate;
        private LocalizedText description;
        private LocalizedText theme;
        private EventSeriesEntry series;
        private String superEventRef;
        private PartialDate endDate;
        private ZoneId timeZone;
        private AttendanceMode attendanceMode;
        private Place location;
        private final List<AgentRef> organizers = new ArrayList<>();
        private final List<AgentRef> performers = new ArrayList<>();
        private Count participantCount;
        private Count panellistCount;
        private final List<String> subEventRefs = new ArrayList<>();
        private final List<AgendaDay> agenda = new ArrayList<>();
        private final List<Integer> relatedObjectives = new ArrayList<>();
        private final List<DocumentReference> citedDocuments = new ArrayList<>();
        private final List<String> outcomePublicationRefs = new ArrayList<>();
        private final List<Link> documents = new ArrayList<>();
        private final List<Source> sources = new ArrayList<>();

        private Builder(String id, LocalizedText name, EventKind kind, PartialDate startDate) {
            this.id = id;
            this.name = name;
            this.kind = kind;
            this.startDate = startDate;
        }

        /**
         * Sets a description, or null.
         *
         * @param description  the value, or null for none
         * @return this builder
         */
        public Builder description(LocalizedText description) {
            this.description = description;
            return this;
        }

        /**
         * Sets the theme, or null.
         *
         * @param theme  the value, or null for none
         * @return this builder
         */
        public Builder theme(LocalizedText theme) {
            this.theme = theme;
            return this;
        }

        /**
         * Sets where the event stands in its series, or null.
         *
         * @param series  the value, or null for none
         * @return this builder
         */
        public Builder series(EventSeriesEntry series) {
            this.series = series;
            return this;
        }

        /**
         * Sets the identifier of the event it is part of or held in the margins of, or null.
         *
         * @param superEventRef  the value, or null for none
         * @return this builder
         */
        public Builder superEventRef(String superEventRef) {
            this.superEventRef = superEventRef;
            return this;
        }

        /**
         * Sets the last day, or month or year, or null for a one-day event.
         *
         * @param endDate  the value, or null for none
         * @return this builder
         */
        public Builder endDate(PartialDate endDate) {
            this.endDate = endDate;
            return this;
        }

        /**
         * Sets the IANA time zone of the dates and agenda times, or null.
         *
         * @param timeZone  the value, or null for none
         * @return this builder
         */
        public Builder timeZone(ZoneId timeZone) {
            this.timeZone = timeZone;
            return this;
        }

        /**
         * Sets how people attend, or null.
         *
         * @param attendanceMode  the value, or null for none
         * @return this builder
         */
        public Builder attendanceMode(AttendanceMode attendanceMode) {
            this.attendanceMode = attendanceMode;
            return this;
        }

        /**
         * Sets where it takes place, or null.
         *
         * @param location  the value, or null for none
         * @return this builder
         */
        public Builder location(Place location) {
            this.location = location;
            return this;
        }

        /**
         * Sets the organisers and co-hosts, replacing any set before.
         *
         * @param organizers  the values, not null
         * @return this builder
         */
        public Builder organizers(List<AgentRef> organizers) {
            this.organizers.clear();
            this.organizers.addAll(organizers);
            return this;
        }

        /**
         * Sets the organisers and co-hosts, replacing any set before.
         *
         * @param organizers  the values, not null
         * @return this builder
         */
        public Builder organizers(AgentRef... organizers) {
            return organizers(Arrays.asList(organizers));
        }

        /**
         * Sets the organisations, states and persons that presented, beyond the agenda's speakers, replacing any set before.
         *
         * @param performers  the values, not null
         * @return this builder
         */
        public Builder performers(List<AgentRef> performers) {
            this.performers.clear();
            this.performers.addAll(performers);
            return this;
        }

        /**
         * Sets the organisations, states and persons that presented, beyond the agenda's speakers, replacing any set before.
         *
         * @param performers  the values, not null
         * @return this builder
         */
        public Builder performers(AgentRef... performers) {
            return performers(Arrays.asList(performers));
        }

        /**
         * Sets how many took part, or null.
         *
         * @param participantCount  the value, or null for none
         * @return this builder
         */
        public Builder participantCount(Count participantCount) {
            this.participantCount = participantCount;
            return this;
        }

        /**
         * Sets how many of them were panellists, or null.
         *
         * @param panellistCount  the value, or null for none
         * @return this builder
         */
        public Builder panellistCount(Count panellistCount) {
            this.panellistCount = panellistCount;
            return this;
        }

        /**
         * Sets the identifiers of its sub-events, such as the workshops of an IDM, replacing any set before.
         *
         * @param subEventRefs  the values, not null
         * @return this builder
         */
        public Builder subEventRefs(List<String> subEventRefs) {
            this.subEventRefs.clear();
            this.subEventRefs.addAll(subEventRefs);
            return this;
        }

        /**
         * Sets the identifiers of its sub-events, such as the workshops of an IDM, replacing any set before.
         *
         * @param subEventRefs  the values, not null
         * @return this builder
         */
        public Builder subEventRefs(String... subEventRefs) {
            return subEventRefs(Arrays.asList(subEventRefs));
        }

        /**
         * Sets the agenda, day by day, replacing any set before.
         *
         * @param agenda  the values, not null
         * @return this builder
         */
        public Builder agenda(List<AgendaDay> agenda) {
            this.agenda.clear();
            this.agenda.addAll(agenda);
            return this;
        }

        /**
         * Sets the agenda, day by day, replacing any set before.
         *
         * @param agenda  the values, not null
         * @return this builder
         */
        public Builder agenda(AgendaDay... agenda) {
            return agenda(Arrays.asList(agenda));
        }

        /**
         * Sets the numbers of the GCM objectives it discusses, replacing any set before.
         *
         * @param relatedObjectives  the values, not null
         * @return this builder
         */
        public Builder relatedObjectives(List<Integer> relatedObjectives) {
            this.relatedObjectives.clear();
            this.relatedObjectives.addAll(relatedObjectives);
            return this;
        }

        /**
         * Sets the numbers of the GCM objectives it discusses, replacing any set before.
         *
         * @param relatedObjectives  the values, not null
         * @return this builder
         */
        public Builder relatedObjectives(Integer... relatedObjectives) {
            return relatedObjectives(Arrays.asList(relatedObjectives));
        }

        /**
         * Sets the UN documents it cites, replacing any set before.
         *
         * @param citedDocuments  the values, not null
         * @return this builder
         */
        public Builder citedDocuments(List<DocumentReference> citedDocuments) {
            this.citedDocuments.clear();
            this.citedDocuments.addAll(citedDocuments);
            return this;
        }

        /**
         * Sets the UN documents it cites, replacing any set before.
         *
         * @param citedDocuments  the values, not null
         * @return this builder
         */
        public Builder citedDocuments(DocumentReference... citedDocuments) {
            return citedDocuments(Arrays.asList(citedDocuments));
        }

        /**
         * Sets the identifiers of the publications that report on it, replacing any set before.
         *
         * @param outcomePublicationRefs  the values, not null
         * @return this builder
         */
        public Builder outcomePublicationRefs(List<String> outcomePublicationRefs) {
            this.outcomePublicationRefs.clear();
            this.outcomePublicationRefs.addAll(outcomePublicationRefs);
            return this;
        }

        /**
         * Sets the identifiers of the publications that report on it, replacing any set before.
         *
         * @param outcomePublicationRefs  the values, not null
         * @return this builder
         */
        public Builder outcomePublicationRefs(String... outcomePublicationRefs) {
            return outcomePublicationRefs(Arrays.asList(outcomePublicationRefs));
        }

        /**
         * Sets links to its documents, replacing any set before.
         *
         * @param documents  the values, not null
         * @return this builder
         */
        public Builder documents(List<Link> documents) {
            this.documents.clear();
            this.documents.addAll(documents);
            return this;
        }

        /**
         * Sets links to its documents, replacing any set before.
         *
         * @param documents  the values, not null
         * @return this builder
         */
        public Builder documents(Link... documents) {
            return documents(Arrays.asList(documents));
        }

        /**
         * Sets where the facts come from, replacing any set before.
         *
         * @param sources  the values, not null
         * @return this builder
         */
        public Builder sources(List<Source> sources) {
            this.sources.clear();
            this.sources.addAll(sources);
            return this;
        }

        /**
         * Sets where the facts come from, replacing any set before.
         *
         * @param sources  the values, not null
         * @return this builder
         */
        public Builder sources(Source... sources) {
            return sources(Arrays.asList(sources));
        }

        /**
         * Builds the {@code Event}.
         *
         * @return the record, not null
         * @throws NullPointerException if a required component is null, or a list holds a null
         */
        public Event build() {
            return new Event(id, name, description, theme, kind, series, superEventRef, startDate, endDate, timeZone, attendanceMode, location, organizers, performers, participantCount, panellistCount, subEventRefs, agenda, relatedObjectives, citedDocuments, outcomePublicationRefs, documents, sources);
        }
    }
}
