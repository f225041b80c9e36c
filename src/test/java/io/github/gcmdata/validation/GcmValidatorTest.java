package io.github.gcmdata.validation;

import static io.github.gcmdata.validation.Fixtures.day;
import static io.github.gcmdata.validation.Fixtures.event;
import static io.github.gcmdata.validation.Fixtures.item;
import static io.github.gcmdata.validation.Fixtures.person;
import static io.github.gcmdata.validation.Fixtures.publication;
import static io.github.gcmdata.validation.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.gcmdata.constraints.CorrectCheckDigit;
import io.github.gcmdata.constraints.WellFormedId;
import io.github.gcmdata.identifier.CountryCode;
import io.github.gcmdata.identifier.EmailAddress;
import io.github.gcmdata.identifier.Isbn;
import io.github.gcmdata.identifier.Issn;
import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.identifier.PhoneNumber;
import io.github.gcmdata.identifier.Url;
import io.github.gcmdata.model.AgendaDay;
import io.github.gcmdata.model.AttendanceMode;
import io.github.gcmdata.model.ContactPoint;
import io.github.gcmdata.model.Count;
import io.github.gcmdata.model.DatedFigure;
import io.github.gcmdata.model.Edition;
import io.github.gcmdata.model.EditionIsbn;
import io.github.gcmdata.model.Event;
import io.github.gcmdata.model.EventKind;
import io.github.gcmdata.model.FigureKind;
import io.github.gcmdata.model.GcmObjective;
import io.github.gcmdata.model.GuidingPrinciple;
import io.github.gcmdata.model.Link;
import io.github.gcmdata.model.LocalizedText;
import io.github.gcmdata.model.Membership;
import io.github.gcmdata.model.MembershipRole;
import io.github.gcmdata.model.Organisation;
import io.github.gcmdata.model.OrganisationKind;
import io.github.gcmdata.model.PartialDate;
import io.github.gcmdata.model.Person;
import io.github.gcmdata.model.Place;
import io.github.gcmdata.model.Position;
import io.github.gcmdata.model.Publication;
import io.github.gcmdata.model.SeriesIssn;
import io.github.gcmdata.model.State;
import io.github.gcmdata.model.TableOfContentsEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class GcmValidatorTest {

    private static final Clock JUNE_2026 = Clock.fixed(Instant.parse("2026-06-15T12:00:00Z"), ZoneOffset.UTC);
    private final GcmValidator validator = GcmValidator.create().withClock(JUNE_2026);

    private ValidationReport validate(Object record) {
        return validator.validate(record);
    }

    /** IDM 2022, from 28 February to 2 March 2022: the event whose parts the tests change. */
    private static Event.Builder idm2022() {
        return Event.builder("idm-2022", text("IDM 2022"), EventKind.IDM_SESSION, LocalDate.of(2022, 2, 28))
                .endDate(PartialDate.of(LocalDate.of(2022, 3, 2)));
    }

    /** A publication with a title alone, whose parts the tests set. */
    private static Publication.Builder idm28() {
        return Publication.builder("idm-28", text("IDM 28"));
    }

    /** A French edition with its language alone, whose parts the tests set. */
    private static Edition.Builder frenchEdition() {
        return Edition.builder(LanguageTag.FRENCH);
    }

    private static Edition frenchEditionWithIsbn(String isbn) {
        return frenchEdition().isbns(new EditionIsbn(Isbn.parse(isbn), null)).build();
    }

    @Test
    void reportsNothingForValidRecords() {
        assertThat(validate(event("idm-2022")).isValid()).isTrue();
        assertThat(validate(person("amy-pope")).violations()).isEmpty();
        assertThat(validate(Fixtures.dataset(List.of(Fixtures.organisation("iom")), List.of(person("p")),
                List.of(event("e")), List.of(publication("pub")))).toString()).isEqualTo("no violations");
    }

    @Nested
    class Identifiers {

        @Test
        void reportsIsbnChecksumAtItsPath() {
            Publication publication = idm28().editions(frenchEditionWithIsbn("978-92-9068-780-2")).build();
            assertThat(validate(publication).violations()).singleElement().satisfies(v -> {
                assertThat(v.jsonPointer()).isEqualTo("/editions/0/isbns/0/isbn");
                assertThat(v.code()).isEqualTo("isbn.checksum");
                assertThat(v.invalidValue()).isEqualTo("9789290687802");
                assertThat(v.message()).isEqualTo("isbn: check digit should be 1, was 2 in 9789290687802");
            });
        }

        @Test
        void reportsIssnChecksumInEditionsAndSeries() {
            Publication publication = idm28().editions(frenchEdition().issn(Issn.parse("1726-4031")).build()).build();
            assertThat(validate(publication).violations()).extracting(Violation::jsonPointer, Violation::code)
                    .containsExactly(tuple("/editions/0/issn", "issn.checksum"));
            assertThat(validate(new SeriesIssn(LanguageTag.ENGLISH, Issn.parse("1726-2225"))).violations())
                    .extracting(Violation::jsonPointer, Violation::code).containsExactly(tuple("/issn", "issn.checksum"));
        }

        @Test
        void reportsCountryCodesThatAreUnassignedOrOfTheWrongFormOrInconsistent() {
            State state = new State("ch", text("Switzerland"), CountryCode.parse("XK"), CountryCode.parse("CH"),
                    CountryCode.parse("999"), null);
            assertThat(validate(state).violations()).extracting(Violation::jsonPointer, Violation::code).containsExactly(
                    tuple("/alpha2", "country.unassigned"),
                    tuple("/alpha3", "country.wrongForm"),
                    tuple("/numeric", "country.unassigned"));
            State mismatched = new State("ch", text("Switzerland"), CountryCode.parse("CH"), CountryCode.parse("FRA"),
                    CountryCode.parse("756"), null);
            assertThat(validate(mismatched).violations()).extracting(Violation::jsonPointer, Violation::code, Violation::message)
                    .containsExactly(tuple("/alpha3", "country.mismatch",
                            "alpha3: alpha-3 code should be CHE for alpha-2 code CH, was FRA"));
            Place place = new Place(null, null, text("Pristina"), CountryCode.parse("XK"));
            assertThat(validate(place).violations()).extracting(Violation::jsonPointer, Violation::code)
                    .containsExactly(tuple("/country", "country.unassigned"));
        }

        @Test
        void reportsUnknownLanguagesOfTagsAndTextEntries() {
            Link link = new Link(Url.parse("https://www.iom.int"), LocalizedText.of("qq", "Site"),
                    List.of(LanguageTag.parse("en"), LanguageTag.parse("fra")));
            assertThat(validate(link).violations()).extracting(Violation::jsonPointer, Violation::code).containsExactly(
                    tuple("/inLanguage/1", "language.unknown"),
                    tuple("/name/qq", "language.unknown"));
        }

        @Test
        void reportsOffsetTimeZone() {
            Event event = idm2022().timeZone(ZoneId.of("UTC+01:00")).build();
            assertThat(validate(event).violations()).extracting(Violation::jsonPointer, Violation::code, Violation::invalidValue)
                    .containsExactly(tuple("/timeZone", "timezone.notRegion", "UTC+01:00"));
            assertThat(validate(idm2022().timeZone(ZoneId.of("America/New_York")).build()).isValid()).isTrue();
        }

        @Test
        void reportsUrlThatIsNotAWebAddress() {
            Link link = new Link(Url.parse("ftp://ftp.iom.int/report.pdf"), null, null);
            assertThat(validate(link).violations()).extracting(Violation::jsonPointer, Violation::code)
                    .containsExactly(tuple("/url", "url.notWeb"));
        }

        @Test
        void reportsEmailAndTelephoneOfContactPoints() {
            Person person = Person.builder("ngiordano", "N. Giordano").contactPoints(
                    new ContactPoint(null, EmailAddress.parse("ngiordano@iom"), PhoneNumber.of("Tel: 41227179581", "+41227179581")),
                    new ContactPoint(null, null, PhoneNumber.of("+41 22 717 95 82", "+41227179581")),
                    new ContactPoint(null, null, PhoneNumber.of("+41 000", "+41000"))).build();
            assertThat(validate(person).violations()).extracting(Violation::jsonPointer, Violation::code).containsExactly(
                    tuple("/contactPoints/0/email", "email.invalid"),
                    tuple("/contactPoints/1/telephone/asPrinted", "telephone.mismatch"),
                    tuple("/contactPoints/2/telephone/e164", "telephone.invalid"));
        }

        /**
         * Quoted local parts, address literals and one-label domains are valid under RFC 5321 and
         * 5322; the rule is narrower, and the message says what the rule is, not that the RFCs are broken.
         */
        @ParameterizedTest
        @ValueSource(strings = {"\"giordano\"@iom.int", "ngiordano@[192.0.2.1]", "ngiordano@localhost", "n..giordano@iom.int"})
        void emailMessageStatesTheRuleTheAddressBreaks(String address) {
            ContactPoint contact = new ContactPoint(null, EmailAddress.parse(address), null);

            assertThat(validate(contact).violations()).extracting(Violation::code, Violation::message).containsExactly(
                    tuple("email.invalid", "email: " + address + " is not of the accepted form: a local part of at most"
                            + " 64 characters, letters, digits and the signs RFC 5322 allows unquoted, with single dots"
                            + " between them (no quoted local part), then a domain name of two or more labels (no IP"
                            + " address literal)"));
            for (Locale locale : List.of(Locale.FRENCH, new Locale("es"))) {
                assertThat(GcmValidator.create(locale).validate(contact).violations().get(0).message())
                        .doesNotContain("valid").contains("64").contains("RFC 5322");
            }
        }

        @Test
        void reportsTelephonesWhosePrintedDigitsCannotBeANumberOfTheirCountry() {
            CountryCode switzerland = CountryCode.parse("CH");
            Person person = new Person("mbusatti", "M. Busatti", null, null, null, null, List.of(
                    new ContactPoint(null, null, PhoneNumber.inCountry("41227179581", switzerland)),
                    new ContactPoint(null, null, PhoneNumber.inCountry("Tel 00 41 79 70160 54", switzerland)),
                    new ContactPoint(null, null, PhoneNumber.inCountry("Tel 12345", switzerland)),
                    new ContactPoint(null, null, PhoneNumber.inCountry("41227179581", CountryCode.parse("XX")))), null, null);

            assertThat(validate(person).violations()).extracting(Violation::jsonPointer, Violation::code, Violation::invalidValue)
                    .containsExactly(
                            tuple("/contactPoints/2/telephone/asPrinted", "telephone.invalid", "Tel 12345"),
                            tuple("/contactPoints/3/telephone/country", "country.unassigned", "XX"));
        }

        @Test
        void reportsInvalidIdsAndReferences() {
            Event event = Event.builder("idm 2022", text("IDM"), EventKind.IDM_SESSION, LocalDate.of(2022, 2, 28))
                    .subEventRefs("ok", " ")
                    .build();
            assertThat(validate(event).violations()).extracting(Violation::jsonPointer, Violation::code).containsExactly(
                    tuple("/id", "id.invalid"),
                    tuple("/subEventRefs/1", "id.blank"));
        }
    }

    @Nested
    class DomainInvariants {

        @Test
        void textNeverHoldsABlankEntryAndRequiredTextIsNotEmpty() {
            Organisation organisation = Organisation.builder("iom", LocalizedText.of("en", "IOM", "fr", "  "),
                            OrganisationKind.INTERGOVERNMENTAL)
                    .alternateName(LocalizedText.empty())
                    .build();
            assertThat(validate(organisation).violations()).extracting(Violation::jsonPointer, Violation::code)
                    .containsExactly(tuple("/name/fr", "text.blank"));
            Organisation unnamed = Organisation.builder("iom", LocalizedText.empty(), OrganisationKind.INTERGOVERNMENTAL).build();
            assertThat(validate(unnamed).violations()).extracting(Violation::jsonPointer, Violation::code)
                    .containsExactly(tuple("/name", "text.empty"));
            assertThat(validate(Person.builder("p", " ").build()).violations())
                    .extracting(Violation::jsonPointer, Violation::code).containsExactly(tuple("/name", "text.blank"));
        }

        @Test
        void publicationAbstractIsReportedUnderItsJsonName() {
            Publication publication = Publication.builder("p", text("P")).abstractText(LocalizedText.of("en", " ")).build();
            assertThat(validate(publication).violations()).extracting(Violation::jsonPointer)
                    .containsExactly("/abstract/en");
        }

        @Test
        void eventEndsNotBeforeItStarts() {
            Event event = event("e", LocalDate.of(2022, 3, 2), LocalDate.of(2022, 2, 28), List.of());
            assertThat(validate(event).violations()).extracting(Violation::jsonPointer, Violation::code, Violation::message)
                    .containsExactly(tuple("/endDate", "date.endBeforeStart",
                            "endDate: end should not be before start 2022-03-02, was 2022-02-28"));
        }

        @Test
        void positionAndMembershipEndNotCertainlyBeforeTheyStart() {
            Position overlapping = new Position(text("Director General"), null, null, PartialDate.parse("2023-10"),
                    PartialDate.parse("2023"));
            Position reversed = new Position(text("Director General"), null, null, PartialDate.parse("2023"),
                    PartialDate.parse("2022-12-31"));
            Person person = Person.builder("amy-pope", "Amy Pope").positions(overlapping, reversed).build();
            assertThat(validate(person).violations()).extracting(Violation::jsonPointer, Violation::code)
                    .containsExactly(tuple("/positions/1/endDate", "date.endBeforeStart"));
            Membership membership = Membership.builder(io.github.gcmdata.model.AgentRef.state("ch"), "iom").role(MembershipRole.MEMBER)
                    .startDate(PartialDate.parse("1954"))
                    .endDate(PartialDate.parse("1953"))
                    .build();
            assertThat(validate(membership).violations()).extracting(Violation::jsonPointer, Violation::code)
                    .containsExactly(tuple("/endDate", "date.endBeforeStart"));
        }

        @Test
        void agendaDaysLieInsideTheEvent() {
            Event event = event("e", LocalDate.of(2022, 2, 28), LocalDate.of(2022, 3, 2), List.of(
                    day(LocalDate.of(2022, 2, 28)), day(LocalDate.of(2022, 3, 3)), day(LocalDate.of(2022, 2, 27))));
            assertThat(validate(event).violations()).extracting(Violation::jsonPointer, Violation::code).containsExactly(
                    tuple("/agenda/1/date", "agenda.dayOutsideEvent"),
                    tuple("/agenda/2/date", "agenda.dayOutsideEvent"));
            Event oneDay = event("e", LocalDate.of(2022, 2, 28), null, List.of(day(LocalDate.of(2022, 3, 1))));
            assertThat(validate(oneDay).violations()).extracting(Violation::jsonPointer)
                    .containsExactly("/agenda/0/date");
        }

        @Test
        void agendaItemsEndAfterTheyStart() {
            Event event = event("e", LocalDate.of(2022, 2, 28), null,
                    List.of(day(LocalDate.of(2022, 2, 28), item("09:00", "10:00"), item("11:00", "10:30"),
                            item("12:00", "12:00"))));
            assertThat(validate(event).violations()).extracting(Violation::jsonPointer, Violation::code).containsExactly(
                    tuple("/agenda/0/items/1/endTime", "agenda.itemEndsBeforeStart"),
                    tuple("/agenda/0/items/2/endTime", "agenda.itemEndsBeforeStart"));
        }

        @Test
        void agendaItemsDoNotOverlapWithinADay() {
            AgendaDay day = day(LocalDate.of(2022, 2, 28), item("09:00", "10:00"), item("10:00", "11:00"),
                    item("10:30", "12:00"), item("09:30", "09:45"));
            Event event = event("e", LocalDate.of(2022, 2, 28), null, List.of(day, day(LocalDate.of(2022, 2, 28),
                    item("09:00", "10:00"))));
            assertThat(validate(event).violations()).extracting(Violation::jsonPointer, Violation::code).containsExactly(
                    tuple("/agenda/0/items/2/startTime", "agenda.itemsOverlap"),
                    tuple("/agenda/0/items/3/startTime", "agenda.itemsOverlap"));
        }

        @Test
        void publicationYearIsNotInTheFuture() {
            Publication publication = idm28()
                    .datePublished(PartialDate.parse("2027"))
                    .editions(frenchEdition().datePublished(PartialDate.parse("2027-01")).build(),
                            frenchEdition().datePublished(PartialDate.parse("2026-12")).build())
                    .build();
            assertThat(validate(publication).violations()).extracting(Violation::jsonPointer, Violation::code).containsExactly(
                    tuple("/datePublished", "publication.yearInFuture"),
                    tuple("/editions/0/datePublished", "publication.yearInFuture"));
            assertThat(GcmValidator.create().withClock(Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC))
                    .validate(publication).isValid()).isTrue();
        }

        @Test
        void inPersonAndHybridEventsHaveAPlace() {
            assertThat(validate(idm2022().attendanceMode(AttendanceMode.IN_PERSON).build()).violations())
                    .extracting(Violation::jsonPointer, Violation::code, Violation::invalidValue)
                    .containsExactly(tuple("/location", "event.inPersonWithoutPlace", null));
            assertThat(validate(idm2022().attendanceMode(AttendanceMode.HYBRID).build()).violations())
                    .extracting(Violation::code, Violation::message).containsExactly(tuple("event.inPersonWithoutPlace",
                            "location: an event held hybrid should have a location, had none"));
            assertThat(validate(idm2022().attendanceMode(AttendanceMode.IN_PERSON).build()).violations())
                    .extracting(Violation::message)
                    .containsExactly("location: an event held in_person should have a location, had none");
            assertThat(validate(idm2022().attendanceMode(AttendanceMode.ONLINE).build()).isValid()).isTrue();
            Place geneva = new Place(null, null, text("Geneva"), CountryCode.parse("CH"));
            assertThat(validate(idm2022().attendanceMode(AttendanceMode.IN_PERSON).location(geneva).build()).isValid()).isTrue();
        }

        @Test
        void panellistsDoNotCertainlyOutnumberParticipants() {
            assertThat(validate(idm2022().participantCount(Count.moreThan(600)).panellistCount(Count.exactly(83)).build()).isValid()).isTrue();
            assertThat(validate(idm2022().participantCount(Count.exactly(83)).panellistCount(Count.exactly(83)).build()).isValid()).isTrue();
            assertThat(validate(idm2022().participantCount(Count.exactly(12)).panellistCount(Count.exactly(20)).build()).violations())
                    .extracting(Violation::jsonPointer, Violation::code)
                    .containsExactly(tuple("/panellistCount", "count.panellistsExceedParticipants"));
            assertThat(validate(idm2022().participantCount(Count.exactly(20)).panellistCount(Count.moreThan(20)).build()).violations())
                    .extracting(Violation::code).containsExactly("count.panellistsExceedParticipants");
        }

        @Test
        void panellistsAndParticipantsAreNamedWithTheirPrecision() {
            assertThat(validate(idm2022().participantCount(Count.exactly(12)).panellistCount(Count.exactly(20)).build())
                    .violations()).extracting(Violation::invalidValue, Violation::message)
                    .containsExactly(tuple("20", "panellistCount: panellists (20) should not outnumber participants (12)"));
            assertThat(validate(idm2022().participantCount(Count.exactly(20)).panellistCount(Count.moreThan(20)).build())
                    .violations()).extracting(Violation::invalidValue, Violation::message)
                    .containsExactly(tuple("> 20", "panellistCount: panellists (> 20) should not outnumber participants (20)"));
            assertThat(validate(idm2022().participantCount(Count.exactly(20))
                    .panellistCount(new Count(21, io.github.gcmdata.model.CountPrecision.AT_LEAST)).build()).violations())
                    .extracting(Violation::invalidValue).containsExactly(">= 21");
            assertThat(validate(idm2022().participantCount(Count.exactly(20))
                    .panellistCount(new Count(21, io.github.gcmdata.model.CountPrecision.ABOUT)).build()).isValid()).isTrue();
        }

        @Test
        void objectiveNumbersAreOneToTwentyThree() {
            assertThat(validate(idm2022().relatedObjectives(1, 23, 24, 0).build()).violations())
                    .extracting(Violation::jsonPointer, Violation::code).containsExactly(
                            tuple("/relatedObjectives/2", "objective.outOfRange"),
                            tuple("/relatedObjectives/3", "objective.outOfRange"));
            assertThat(validate(idm28().relatedObjectives(7, 30).build()).violations())
                    .extracting(Violation::jsonPointer).containsExactly("/relatedObjectives/1");
            assertThat(validate(GcmObjective.builder(24, text("?")).build()).violations())
                    .extracting(Violation::jsonPointer, Violation::code, Violation::message)
                    .containsExactly(tuple("/number", "objective.outOfRange",
                            "number: GCM objective number should be between 1 and 23, was 24"));
        }

        @Test
        void tableOfContentsIsAtMostSixLevelsDeep() {
            TableOfContentsEntry entry = new TableOfContentsEntry(text("level 7"), null, null);
            for (int level = 6; level >= 1; level--) {
                entry = new TableOfContentsEntry(text("level " + level), null, List.of(entry));
            }
            assertThat(validate(idm28().tableOfContents(entry).build()).violations())
                    .extracting(Violation::jsonPointer, Violation::code).containsExactly(tuple(
                            "/tableOfContents/0/entries/0/entries/0/entries/0/entries/0/entries/0/entries/0",
                            "toc.tooDeep"));
        }

        @Test
        void countsAreNotNegativeAndPageCountsArePositive() {
            assertThat(validate(idm2022().participantCount(Count.exactly(-1)).build()).violations())
                    .extracting(Violation::jsonPointer, Violation::code)
                    .containsExactly(tuple("/participantCount/value", "count.negative"));
            assertThat(validate(new DatedFigure(FigureKind.MEMBER_STATES, -175, null, PartialDate.parse("2023"), null))
                    .violations()).extracting(Violation::jsonPointer, Violation::code)
                    .containsExactly(tuple("/value", "count.negative"));
            assertThat(validate(idm28().editions(frenchEdition().numberOfPages(0).build()).build())
                    .violations()).extracting(Violation::jsonPointer, Violation::code, Violation::message)
                    .containsExactly(tuple("/editions/0/numberOfPages", "pages.notPositive",
                            "numberOfPages: page count should be 1 or more, was 0"));
        }

        @Test
        void guidingPrincipleLettersAreAToJ() {
            assertThat(validate(new GuidingPrinciple("k", text("?"), null, null)).violations())
                    .extracting(Violation::jsonPointer, Violation::code, Violation::invalidValue)
                    .containsExactly(tuple("/letter", "principle.letterOutOfRange", "k"));
            assertThat(validate(new GuidingPrinciple("a", text("People-centred"), null, null)).isValid()).isTrue();
        }

        @Test
        void classLevelViolationsInListsKeepTheirIndex() {
            Event reversed = event("e2", LocalDate.of(2022, 3, 2), LocalDate.of(2022, 2, 28), List.of());
            Event outside = event("e3", LocalDate.of(2022, 2, 28), null, List.of(day(LocalDate.of(2022, 2, 28)),
                    day(LocalDate.of(2022, 3, 1), item("09:00", "10:00"), item("09:30", "09:40"))));
            ValidationReport report = validate(Fixtures.dataset(List.of(), List.of(), List.of(event("e1"), reversed, outside), List.of()));
            assertThat(report.violations()).extracting(Violation::jsonPointer, Violation::code).containsExactly(
                    tuple("/events/1/endDate", "date.endBeforeStart"),
                    tuple("/events/2/agenda/1/date", "agenda.dayOutsideEvent"),
                    tuple("/events/2/agenda/1/items/1/startTime", "agenda.itemsOverlap"));
            State state = State.builder("x", LocalizedText.of("fr", " ")).build();
            ValidationReport states = validate(io.github.gcmdata.model.Dataset.builder(Fixtures.metadata()).states(state, state).build());
            assertThat(states.violations()).extracting(Violation::jsonPointer, Violation::code).containsExactly(
                    tuple("/states/0/name/fr", "text.blank"),
                    tuple("/states/1/id", "id.duplicate"),
                    tuple("/states/1/name/fr", "text.blank"));
        }

        @Test
        void cascadesIntoDatasetLists() {
            Event event = event("e", LocalDate.of(2022, 2, 28), null,
                    List.of(day(LocalDate.of(2022, 2, 28), item("09:00", "10:00", Fixtures.speaker("bad ref")))));
            Person amy = person("amy");
            ValidationReport report = validate(Fixtures.dataset(List.of(), List.of(amy), List.of(event), List.of()));
            assertThat(report.violations()).extracting(Violation::jsonPointer, Violation::code).containsExactly(
                    tuple("/events/0/agenda/0/items/0/moderators/0/personRef", "id.invalid"),
                    tuple("/events/0/agenda/0/items/0/moderators/0/personRef", "reference.unresolved"));
        }
    }

    @Nested
    class Localization {

        private final Publication publication = idm28().editions(frenchEditionWithIsbn("9789290687802")).build();

        @Test
        void frenchAndSpanishMessagesDifferButCodesAndPathsAreTheSame() {
            Violation english = GcmValidator.create(Locale.ENGLISH).validate(publication).violations().get(0);
            Violation french = GcmValidator.create(Locale.FRENCH).validate(publication).violations().get(0);
            Violation spanish = GcmValidator.create(new Locale("es", "MX")).validate(publication).violations().get(0);
            assertThat(List.of(english.code(), french.code(), spanish.code())).containsOnly("isbn.checksum");
            assertThat(List.of(english.jsonPointer(), french.jsonPointer(), spanish.jsonPointer())).containsOnly("/editions/0/isbns/0/isbn");
            assertThat(french.message()).isEqualTo("isbn: la clé de contrôle devrait être 1 et non 2 dans 9789290687802");
            assertThat(spanish.message()).isEqualTo("isbn: el dígito de control debería ser 1, no 2, en 9789290687802");
            assertThat(english.message()).isNotEqualTo(french.message()).isNotEqualTo(spanish.message());
        }

        @Test
        void datasetIntegrityMessagesAreLocalizedToo() {
            var dataset = Fixtures.dataset(List.of(Fixtures.organisation("iom"), Fixtures.organisation("iom")), List.of(),
                    List.of(), List.of());
            assertThat(GcmValidator.create(Locale.FRENCH).validate(dataset).violations().get(0).message())
                    .isEqualTo("id: l’identifiant « iom » est déjà utilisé dans organisations en /organisations/0/id");
            assertThat(GcmValidator.create(new Locale("es")).validate(dataset).violations().get(0).message())
                    .startsWith("id: el identificador «iom» ya se usa");
        }

        @Test
        void otherLanguagesFallBackToEnglishWhateverTheDefaultLocale() {
            Locale saved = Locale.getDefault();
            try {
                Locale.setDefault(Locale.FRENCH);
                GcmValidator german = GcmValidator.create(Locale.GERMAN);
                assertThat(german.locale()).isEqualTo(Locale.ENGLISH);
                assertThat(german.validate(publication).violations().get(0).message())
                        .isEqualTo("isbn: check digit should be 1, was 2 in 9789290687802");
            } finally {
                Locale.setDefault(saved);
            }
        }

    }

    @Nested
    class Robustness {

        /** Hibernate Validator finds no constraint on such objects and reports them valid: a trap. */
        @ParameterizedTest
        @MethodSource("io.github.gcmdata.validation.GcmValidatorTest#notRecordsOfTheModel")
        void refusesWhatIsNotARecordOfTheModelInsteadOfReportingItValid(Object notARecord) {
            assertThatIllegalArgumentException().isThrownBy(() -> validator.validate(notARecord))
                    .withMessage("GcmValidator validates the records of io.github.gcmdata.model, such as Event or"
                            + " Dataset; got a " + notARecord.getClass().getName()
                            + " (an identifier is checked within the record that holds it)");
        }

        @Test
        void sharedBetweenEightThreadsGivesTheSameReportsAsOneThread() throws Exception {
            List<Object> records = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Edition edition = frenchEdition()
                        .isbns(new EditionIsbn(Isbn.parse("978929068780" + (i % 10)), null))
                        .issn(Issn.parse("1726-403" + (i % 10)))
                        .numberOfPages(i % 3)
                        .build();
                records.add(idm28().datePublished(PartialDate.ofYear(2020 + i % 10)).editions(edition).relatedObjectives(i).build());
                records.add(idm2022().attendanceMode(AttendanceMode.IN_PERSON).participantCount(Count.exactly(i))
                        .panellistCount(Count.exactly(20)).build());
            }
            List<String> expected = new ArrayList<>();
            for (Object record : records) {
                expected.add(validator.validate(record).toString());
            }
            GcmValidator shared = GcmValidator.create(Locale.FRENCH).withClock(JUNE_2026);
            GcmValidator english = validator;
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<List<String>>> futures = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    Callable<List<String>> task = () -> {
                        List<String> reports = new ArrayList<>();
                        for (Object record : records) {
                            shared.validate(record);
                            reports.add(english.validate(record).toString());
                        }
                        return reports;
                    };
                    futures.add(pool.submit(task));
                }
                for (Future<List<String>> future : futures) {
                    assertThat(future.get()).isEqualTo(expected);
                }
            } finally {
                pool.shutdown();
            }
        }

        @Test
        void needsNoExpressionLanguageImplementation() {
            assertThat(isPresent("org.glassfish.expressly.ExpressionFactoryImpl")).isFalse();
            assertThat(isPresent("jakarta.el.ExpressionFactory")).isFalse();
            assertThat(validate(GcmObjective.builder(0, text("?")).build()).isValid()).isFalse();
        }

        private boolean isPresent(String className) {
            try {
                Class.forName(className);
                return true;
            } catch (ClassNotFoundException e) {
                return false;
            }
        }

        @Test
        void shortensLongInvalidValues() {
            String longText = "x".repeat(200);
            Person person = Person.builder("p", "P")
                    .identifiers(new io.github.gcmdata.model.Identifier("wikidata", " ".repeat(200)))
                    .build();
            Violation violation = validate(person).violations().get(0);
            assertThat(violation.jsonPointer()).isEqualTo("/identifiers/0/value");
            assertThat(violation.invalidValue()).hasSizeLessThanOrEqualTo(80);
            assertThat(longText).hasSize(200);
        }

        @Test
        void validateObjectDelegatesDatasetsToTheIntegrityPass() {
            Object dataset = Fixtures.dataset(List.of(Fixtures.organisation("iom"), Fixtures.organisation("iom")),
                    List.of(), List.of(), List.of());
            assertThat(validator.validate(dataset).violations()).extracting(Violation::code).containsExactly("id.duplicate");
        }

        @Test
        void messageParametersDoNotLeakBetweenViolations() {
            Map<String, String> texts = Map.of("en", " ", "fr", " ");
            Organisation organisation = Organisation.builder("iom", LocalizedText.of(texts), OrganisationKind.INTERGOVERNMENTAL).build();
            assertThat(validate(organisation).violations()).extracting(Violation::jsonPointer, Violation::code)
                    .containsExactly(tuple("/name/en", "text.blank"), tuple("/name/fr", "text.blank"));
        }
    }

    static List<Object> notRecordsOfTheModel() {
        return List.of(Isbn.parse("9789290687802"), "examples/idm-no-28.json", PhoneNumber.asPrinted("12345"),
                LocalizedText.of("fr", " "), PartialDate.parse("2022"), 42);
    }

    /**
     * Records of a user's own with the library's constraints, run by a Hibernate Validator with the
     * library's messages ({@code GcmValidator} validates only the model's records).
     */
    @Nested
    class ConstraintsOnOtherRecords {

        record Book(@CorrectCheckDigit Isbn isbn,
                @CorrectCheckDigit(message = "bad check digit in {value}, {expected} expected") Isbn other,
                @WellFormedId(message = "not an identifier: {value}") String id) {
        }

        record Priced(@WellFormedId(message = "${value} is no identifier, {value} is") String id) {
        }

        private List<String> messages(Object record, Locale locale) {
            try (jakarta.validation.ValidatorFactory factory = jakarta.validation.Validation
                    .byProvider(org.hibernate.validator.HibernateValidator.class).configure()
                    .messageInterpolator(new io.github.gcmdata.validation.internal.GcmMessageInterpolator(locale))
                    .buildValidatorFactory()) {
                return factory.getValidator().validate(record).stream()
                        .map(violation -> violation.getPropertyPath() + ": " + violation.getMessage())
                        .sorted().collect(java.util.stream.Collectors.toList());
            }
        }

        @Test
        void eachViolationHasItsCodesMessageByDefaultAndTheConstraintsOwnMessageIfItHasOne() {
            Isbn wrong = Isbn.parse("9789290687802");
            assertThat(messages(new Book(wrong, wrong, " "), Locale.ENGLISH)).containsExactly(
                    "id: not an identifier: \" \"",
                    "isbn: check digit should be 1, was 2 in 9789290687802",
                    "other: bad check digit in 9789290687802, 1 expected");
            assertThat(messages(new Book(wrong, null, "x"), Locale.FRENCH))
                    .containsExactly("isbn: la clé de contrôle devrait être 1 et non 2 dans 9789290687802");
        }

        @Test
        void aMessageOfTheirOwnIsNeverEvaluatedAsAnExpression() {
            assertThat(messages(new Priced("-x"), Locale.ENGLISH)).containsExactly("id: $-x is no identifier, -x is");
        }
    }
}
