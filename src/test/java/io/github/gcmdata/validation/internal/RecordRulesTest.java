package io.github.gcmdata.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmdata.identifier.EmailAddress;
import io.github.gcmdata.identifier.PhoneNumber;
import io.github.gcmdata.identifier.UnDocumentSymbol;
import io.github.gcmdata.identifier.Url;
import io.github.gcmdata.model.AgendaDay;
import io.github.gcmdata.model.AgendaItem;
import io.github.gcmdata.model.AgendaItemKind;
import io.github.gcmdata.model.AgentRef;
import io.github.gcmdata.model.AttendanceMode;
import io.github.gcmdata.model.ContactPoint;
import io.github.gcmdata.model.Count;
import io.github.gcmdata.model.CountPrecision;
import io.github.gcmdata.model.DocumentReference;
import io.github.gcmdata.model.Event;
import io.github.gcmdata.model.EventKind;
import io.github.gcmdata.model.EventSeriesEntry;
import io.github.gcmdata.model.LocalizedText;
import io.github.gcmdata.model.Membership;
import io.github.gcmdata.model.PartialDate;
import io.github.gcmdata.model.Participation;
import io.github.gcmdata.model.ParticipationRole;
import io.github.gcmdata.model.Place;
import io.github.gcmdata.model.Position;
import io.github.gcmdata.model.Project;
import io.github.gcmdata.model.RecordKind;
import io.github.gcmdata.model.RecordRef;
import io.github.gcmdata.model.Relation;
import io.github.gcmdata.model.RelationKind;
import io.github.gcmdata.model.Vote;
import io.github.gcmdata.model.VoteEvent;
import io.github.gcmdata.model.VoteOption;
import io.github.gcmdata.validation.ViolationCode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The validators' rules over the components of one record: for each, the records that break it,
 * with the finding they give, and the records next to them that do not.
 */
class RecordRulesTest {

    private static final LocalDate DAY = LocalDate.of(2022, 5, 17);
    private static final LocalTime TEN = LocalTime.parse("10:00");
    private static final LocalTime ELEVEN = LocalTime.parse("11:00");

    private static Event.Builder event() {
        return Event.builder("e", LocalizedText.of("en", "Regional review"), EventKind.WORKSHOP, PartialDate.of(DAY));
    }

    private static AgendaItem item(String start, String end) {
        return AgendaItem.builder(AgendaItemKind.PANEL).startTime(start == null ? null : LocalTime.parse(start))
                .endTime(end == null ? null : LocalTime.parse(end))
                .build();
    }

    @Nested
    class EventZoneWhenTimed {

        private final EventZoneWhenTimedValidator validator = new EventZoneWhenTimedValidator();

        @Test
        void refusesAStartTimeWithoutAZoneAndNamesIt() {
            assertThat(validator.findings(event().startTime(TEN).build())).containsExactly(
                    Finding.at(ViolationCode.EVENT_TIME_WITHOUT_ZONE, "/timeZone", "timeZone", TEN, "given", "startTime"));
            assertThat(validator.findings(event().startTime(TEN).endTime(ELEVEN).build())).containsExactly(
                    Finding.at(ViolationCode.EVENT_TIME_WITHOUT_ZONE, "/timeZone", "timeZone", TEN, "given", "startTime"));
        }

        @Test
        void refusesAnEndTimeAloneWithoutAZoneAndNamesIt() {
            assertThat(validator.findings(event().endTime(ELEVEN).build())).containsExactly(
                    Finding.at(ViolationCode.EVENT_TIME_WITHOUT_ZONE, "/timeZone", "timeZone", ELEVEN, "given", "endTime"));
        }

        @Test
        void acceptsTimesWithAZoneAndNoTimesWithout() {
            ZoneId geneva = ZoneId.of("Europe/Zurich");
            assertThat(validator.findings(event().build())).isEmpty();
            assertThat(validator.findings(event().timeZone(geneva).build())).isEmpty();
            assertThat(validator.findings(event().startTime(TEN).timeZone(geneva).build())).isEmpty();
            assertThat(validator.findings(event().endTime(ELEVEN).timeZone(geneva).build())).isEmpty();
        }
    }

    @Nested
    class PlaceWhenInPerson {

        private final PlaceWhenInPersonValidator validator = new PlaceWhenInPersonValidator();
        private final Place geneva = new Place(null, null, LocalizedText.of("en", "Geneva"), null);

        @Test
        void refusesAnEventAttendedInPersonWithoutAPlace() {
            assertThat(validator.findings(event().attendanceMode(AttendanceMode.IN_PERSON).build())).containsExactly(
                    Finding.at(ViolationCode.EVENT_IN_PERSON_WITHOUT_PLACE, "/location", "location", null, "mode", "in_person"));
            assertThat(validator.findings(event().attendanceMode(AttendanceMode.HYBRID).build())).containsExactly(
                    Finding.at(ViolationCode.EVENT_IN_PERSON_WITHOUT_PLACE, "/location", "location", null, "mode", "hybrid"));
        }

        @Test
        void acceptsAPlaceOrAnEventOnlineOrOfUnknownMode() {
            assertThat(validator.findings(event().attendanceMode(AttendanceMode.IN_PERSON).location(geneva).build())).isEmpty();
            assertThat(validator.findings(event().attendanceMode(AttendanceMode.HYBRID).location(geneva).build())).isEmpty();
            assertThat(validator.findings(event().attendanceMode(AttendanceMode.ONLINE).build())).isEmpty();
            assertThat(validator.findings(event().build())).isEmpty();
        }
    }

    @Nested
    class PanellistsWithinParticipants {

        private final PanellistsWithinParticipantsValidator validator = new PanellistsWithinParticipantsValidator();

        private List<Finding> findings(Count panellists, Count participants) {
            return validator.findings(event().panellistCount(panellists).participantCount(participants).build());
        }

        @Test
        void refusesMorePanellistsThanAnExactNumberOfParticipants() {
            assertThat(findings(Count.exactly(11), Count.exactly(10))).containsExactly(
                    Finding.at(ViolationCode.COUNT_PANELLISTS_EXCEED_PARTICIPANTS, "/panellistCount", "panellistCount",
                            "11", "participants", "10"));
        }

        @Test
        void acceptsAsManyPanellistsAsParticipants() {
            assertThat(findings(Count.exactly(10), Count.exactly(10))).isEmpty();
            assertThat(findings(Count.exactly(9), Count.exactly(10))).isEmpty();
        }

        @Test
        void takesMoreThanAValueAsAtLeastTheNextOne() {
            assertThat(findings(Count.moreThan(10), Count.exactly(10))).containsExactly(
                    Finding.at(ViolationCode.COUNT_PANELLISTS_EXCEED_PARTICIPANTS, "/panellistCount", "panellistCount",
                            "> 10", "participants", "10"));
            assertThat(findings(Count.moreThan(9), Count.exactly(10))).isEmpty();
        }

        @Test
        void takesAtLeastAValueAsThatValue() {
            assertThat(findings(new Count(11, CountPrecision.AT_LEAST), Count.exactly(10))).containsExactly(
                    Finding.at(ViolationCode.COUNT_PANELLISTS_EXCEED_PARTICIPANTS, "/panellistCount", "panellistCount",
                            ">= 11", "participants", "10"));
            assertThat(findings(new Count(10, CountPrecision.AT_LEAST), Count.exactly(10))).isEmpty();
        }

        @Test
        void comparesNothingRoughOrMissing() {
            assertThat(findings(new Count(500, CountPrecision.ABOUT), Count.exactly(10))).isEmpty();
            assertThat(findings(Count.exactly(500), new Count(10, CountPrecision.ABOUT))).isEmpty();
            assertThat(findings(Count.exactly(500), Count.moreThan(10))).isEmpty();
            assertThat(findings(Count.exactly(500), new Count(10, CountPrecision.AT_LEAST))).isEmpty();
            assertThat(validator.findings(event().panellistCount(Count.exactly(500)).build())).isEmpty();
            assertThat(validator.findings(event().participantCount(Count.exactly(10)).build())).isEmpty();
        }
    }

    @Nested
    class UnknownEndDateAbsent {

        private final UnknownEndDateAbsentValidator validator = new UnknownEndDateAbsentValidator();

        @Test
        void refusesAnEndDateOnAnEventWhoseEndIsUnknown() {
            PartialDate end = PartialDate.of(DAY.plusDays(2));
            assertThat(validator.findings(event().endDateUnknown(true).endDate(end).build())).containsExactly(
                    Finding.at(ViolationCode.DATE_END_DATE_UNKNOWN_BUT_GIVEN, "/endDate", "endDate", end));
        }

        @Test
        void acceptsAnUnknownEndWithoutADateAndAKnownEndWithOne() {
            assertThat(validator.findings(event().endDateUnknown(true).build())).isEmpty();
            assertThat(validator.findings(event().endDate(PartialDate.of(DAY.plusDays(2))).build())).isEmpty();
        }
    }

    @Nested
    class OneParticipationPerRole {

        private final OneParticipationPerRoleValidator validator = new OneParticipationPerRoleValidator();

        @Test
        void refusesAnAgentTwiceInOneRoleAndNamesTheFirst() {
            Event event = event().participants(Participation.of(AgentRef.state("ch"), ParticipationRole.HOST),
                            Participation.of(AgentRef.organisation("iom"), ParticipationRole.HOST),
                            Participation.of(AgentRef.state("ch"), ParticipationRole.HOST))
                    .build();

            assertThat(validator.findings(event)).containsExactly(
                    Finding.at(ViolationCode.PARTICIPATION_DUPLICATE, "/participants/2/agent", "agent", "state ch",
                            "role", "host", "first", "/participants/0"));
        }

        @Test
        void acceptsAnAgentInSeveralRolesAndAgentsOfOneIdInSeveralKinds() {
            Event event = event().participants(Participation.of(AgentRef.state("ch"), ParticipationRole.HOST),
                            Participation.of(AgentRef.state("ch"), ParticipationRole.FUNDER),
                            Participation.of(AgentRef.organisation("ch"), ParticipationRole.HOST))
                    .build();

            assertThat(validator.findings(event)).isEmpty();
        }
    }

    @Nested
    class BothTimesOrNeither {

        private final BothTimesOrNeitherValidator validator = new BothTimesOrNeitherValidator();

        @Test
        void refusesAStartTimeWithoutAnEnd() {
            assertThat(validator.findings(item("10:00", null))).containsExactly(
                    Finding.at(ViolationCode.AGENDA_ITEM_TIME_MISSING, "/endTime", "endTime", TEN,
                            "given", "startTime", "missing", "endTime"));
        }

        @Test
        void refusesAnEndTimeWithoutAStart() {
            assertThat(validator.findings(item(null, "11:00"))).containsExactly(
                    Finding.at(ViolationCode.AGENDA_ITEM_TIME_MISSING, "/startTime", "startTime", ELEVEN,
                            "given", "endTime", "missing", "startTime"));
        }

        @Test
        void acceptsBothTimesOrNone() {
            assertThat(validator.findings(item("10:00", "11:00"))).isEmpty();
            assertThat(validator.findings(item(null, null))).isEmpty();
        }
    }

    @Nested
    class AgendaItemChronology {

        private final AgendaItemChronologyValidator validator = new AgendaItemChronologyValidator();

        @Test
        void refusesAnItemThatEndsBeforeOrAsItStarts() {
            assertThat(validator.findings(item("11:00", "10:00"))).containsExactly(
                    Finding.at(ViolationCode.AGENDA_ITEM_ENDS_BEFORE_START, "/endTime", "endTime", TEN, "start", ELEVEN));
            assertThat(validator.findings(item("10:00", "10:00"))).containsExactly(
                    Finding.at(ViolationCode.AGENDA_ITEM_ENDS_BEFORE_START, "/endTime", "endTime", TEN, "start", TEN));
        }

        @Test
        void acceptsAnItemThatEndsAfterItStartsOrHasOneTime() {
            assertThat(validator.findings(item("10:00", "11:00"))).isEmpty();
            assertThat(validator.findings(item("10:00", null))).isEmpty();
            assertThat(validator.findings(item(null, "10:00"))).isEmpty();
        }
    }

    @Nested
    class NoOverlappingItems {

        private final NoOverlappingItemsValidator validator = new NoOverlappingItemsValidator();

        private List<Finding> findings(AgendaItem... items) {
            return validator.findings(new AgendaDay(DAY, null, List.of(items)));
        }

        @Test
        void refusesAnItemThatOverlapsAnEarlierOneAndNamesTheFirstItOverlaps() {
            assertThat(findings(item("09:00", "10:00"), item("09:30", "12:00"), item("11:00", "11:30"))).containsExactly(
                    Finding.at(ViolationCode.AGENDA_ITEMS_OVERLAP, "/items/1/startTime", "startTime", "09:30-12:00",
                            "other", "/items/0", "otherStart", LocalTime.parse("09:00"), "otherEnd", TEN),
                    Finding.at(ViolationCode.AGENDA_ITEMS_OVERLAP, "/items/2/startTime", "startTime", "11:00-11:30",
                            "other", "/items/1", "otherStart", LocalTime.parse("09:30"), "otherEnd", LocalTime.parse("12:00")));
        }

        @Test
        void refusesAnItemListedAfterOneItOverlapsThatStartsLater() {
            assertThat(findings(item("10:30", "11:30"), item("10:00", "11:00"))).containsExactly(
                    Finding.at(ViolationCode.AGENDA_ITEMS_OVERLAP, "/items/1/startTime", "startTime", "10:00-11:00",
                            "other", "/items/0", "otherStart", LocalTime.parse("10:30"), "otherEnd", LocalTime.parse("11:30")));
        }

        @Test
        void acceptsItemsThatFollowOrTouchEachOtherInAnyOrder() {
            assertThat(findings(item("10:00", "11:00"))).isEmpty();
            assertThat(findings(item("09:00", "10:00"), item("10:00", "11:00"))).isEmpty();
            assertThat(findings(item("10:00", "11:00"), item("09:00", "10:00"))).isEmpty();
            assertThat(findings(item("10:00", "11:00"), item("08:00", "09:00"), item("12:00", "13:00"))).isEmpty();
        }

        @Test
        void leavesUntimedAndReversedItemsOut() {
            assertThat(findings(item("09:00", "12:00"), item(null, null), item("10:00", null), item("11:00", "10:30")))
                    .isEmpty();
            assertThat(findings(item("11:00", "10:30"), item("10:00", "12:00"))).isEmpty();
        }
    }

    @Nested
    class NamedSeries {

        private final NamedSeriesValidator validator = new NamedSeriesValidator();

        @Test
        void refusesASeriesEntryWithNeitherNameNorReference() {
            assertThat(validator.findings(new EventSeriesEntry((LocalizedText) null, 3, null))).containsExactly(
                    Finding.at(ViolationCode.SERIES_UNNAMED, "/name", "name", null));
        }

        @Test
        void acceptsANameOrAReference() {
            assertThat(validator.findings(new EventSeriesEntry(LocalizedText.of("en", "IDM"), 3, null))).isEmpty();
            assertThat(validator.findings(EventSeriesEntry.of("idm", 3, null))).isEmpty();
        }
    }

    @Nested
    class IdentifiedDocumentReference {

        private final IdentifiedDocumentReferenceValidator validator = new IdentifiedDocumentReferenceValidator();
        private final UnDocumentSymbol symbol = UnDocumentSymbol.parse("A/RES/73/195");

        @Test
        void refusesAReferenceThatNamesNoDocument() {
            assertThat(validator.findings(new DocumentReference(null, null, "52", null))).containsExactly(
                    Finding.at(ViolationCode.DOCUMENT_UNIDENTIFIED, "/symbol", "symbol", null,
                            "first", "symbol", "second", "documentRef"));
        }

        @Test
        void acceptsASymbolOrADocumentOfTheDatasetOrBoth() {
            assertThat(validator.findings(new DocumentReference(symbol, null, "52", null))).isEmpty();
            assertThat(validator.findings(new DocumentReference(null, "iom-constitution", "1(1)(e)", null))).isEmpty();
            assertThat(validator.findings(new DocumentReference(symbol, "gcm", null, null))).isEmpty();
        }
    }

    @Nested
    class AllowedTargetKind {

        private final AllowedTargetKindValidator validator = new AllowedTargetKindValidator();

        @Test
        void refusesATargetOfAnotherKindAndListsTheKindsAllowed() {
            assertThat(validator.findings(Relation.of(RelationKind.HELD_ALONGSIDE, RecordRef.to(RecordKind.PUBLICATION, "p"))))
                    .containsExactly(Finding.at(ViolationCode.RELATION_TARGET_KIND, "/target/kind", "kind", "publication",
                            "relation", "held_alongside", "allowed", "event"));
        }

        @Test
        void acceptsATargetOfAKindAllowed() {
            assertThat(validator.findings(Relation.of(RelationKind.HELD_ALONGSIDE, RecordRef.to(RecordKind.EVENT, "e"))))
                    .isEmpty();
        }
    }

    @Nested
    class ReachableContactPoint {

        private final ReachableContactPointValidator validator = new ReachableContactPointValidator();
        private final PhoneNumber phone = PhoneNumber.of("+41 22 717 91 11", "+41227179111");

        @Test
        void refusesAContactPointWithNoWayToReachIt() {
            assertThat(validator.findings(new ContactPoint(null, LocalizedText.of("en", "Press office"), null, null, null,
                    null, null))).containsExactly(Finding.of(ViolationCode.CONTACT_EMPTY, null));
        }

        @Test
        void acceptsAnyOneWayToReachIt() {
            assertThat(validator.findings(new ContactPoint(null, null, EmailAddress.parse("media@iom.int"), null, null,
                    null, null))).isEmpty();
            assertThat(validator.findings(new ContactPoint(null, null, null, phone, null, null, null))).isEmpty();
            assertThat(validator.findings(new ContactPoint(null, null, null, null, phone, null, null))).isEmpty();
            assertThat(validator.findings(new ContactPoint(null, null, null, null, null, phone, null))).isEmpty();
            assertThat(validator.findings(new ContactPoint(null, null, null, null, null, null,
                    Url.parse("https://www.iom.int/contact")))).isEmpty();
        }
    }

    @Nested
    class Chronology {

        private final PartialDate start = PartialDate.parse("2019-03");
        private final PartialDate earlier = PartialDate.parse("2018");

        @Test
        void refusesAMembershipPositionOrProjectThatEndsBeforeItStarts() {
            Finding expected = Finding.at(ViolationCode.DATE_END_BEFORE_START, "/endDate", "endDate", earlier, "start", start);
            assertThat(new MembershipChronologyValidator().findings(Membership.builder(AgentRef.state("ch"), "iom")
                    .startDate(start).endDate(earlier).build())).containsExactly(expected);
            assertThat(new PositionChronologyValidator().findings(new Position(LocalizedText.of("en", "Director"), null,
                    null, start, earlier))).containsExactly(expected);
            assertThat(new ProjectChronologyValidator().findings(Project.builder("p", LocalizedText.of("en", "Project"))
                    .startDate(start).endDate(earlier).build())).containsExactly(expected);
        }

        @Test
        void acceptsAnEndThatMayFallOnOrAfterTheStart() {
            PartialDate sameYear = PartialDate.parse("2019");
            assertThat(new MembershipChronologyValidator().findings(Membership.builder(AgentRef.state("ch"), "iom")
                    .startDate(start).endDate(sameYear).build())).isEmpty();
            assertThat(new PositionChronologyValidator().findings(new Position(LocalizedText.of("en", "Director"), null,
                    null, start, sameYear))).isEmpty();
            assertThat(new ProjectChronologyValidator().findings(Project.builder("p", LocalizedText.of("en", "Project"))
                    .startDate(start).endDate(sameYear).build())).isEmpty();
        }
    }

    @Nested
    class OneVotePerVoter {

        private final OneVotePerVoterValidator validator = new OneVotePerVoterValidator();

        private VoteEvent votes(Vote... votes) {
            return new VoteEvent("vote", "un-general-assembly", null, LocalDate.of(2018, 12, 19), List.of(), List.of(votes),
                    null);
        }

        @Test
        void refusesASecondVoteOfOneVoterAndNamesTheFirst() {
            assertThat(validator.findings(votes(new Vote("CHE", VoteOption.YES), new Vote("HUN", VoteOption.NO),
                    new Vote("CHE", VoteOption.NO)))).containsExactly(
                    Finding.at(ViolationCode.VOTE_VOTER_TWICE, "/votes/2/voterRef", "voterRef", "CHE", "first", "/votes/0"));
        }

        @Test
        void acceptsOneVoteEach() {
            assertThat(validator.findings(votes(new Vote("CHE", VoteOption.YES), new Vote("HUN", VoteOption.NO)))).isEmpty();
        }
    }

    @Nested
    class Texts {

        @Test
        void quotesTheBlankTextItRefuses() {
            assertThat(new TextValidator().findings(" ")).containsExactly(Finding.of(ViolationCode.TEXT_BLANK, "\" \""));
        }
    }
}
