package io.github.gcmdata.validation;

import static io.github.gcmdata.validation.Fixtures.day;
import static io.github.gcmdata.validation.Fixtures.item;
import static io.github.gcmdata.validation.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmdata.identifier.CountryCode;
import io.github.gcmdata.identifier.CurrencyCode;
import io.github.gcmdata.identifier.EmailAddress;
import io.github.gcmdata.identifier.Isbn;
import io.github.gcmdata.identifier.Issn;
import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.identifier.PhoneNumber;
import io.github.gcmdata.identifier.UnDocumentSymbol;
import io.github.gcmdata.identifier.Url;
import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.json.GcmJsonException;
import io.github.gcmdata.model.AgendaItem;
import io.github.gcmdata.model.AgendaItemKind;
import io.github.gcmdata.model.AgentRef;
import io.github.gcmdata.model.AttendanceMode;
import io.github.gcmdata.model.ContactPoint;
import io.github.gcmdata.model.Count;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.DatedFigure;
import io.github.gcmdata.model.DocumentKind;
import io.github.gcmdata.model.Edition;
import io.github.gcmdata.model.EditionIsbn;
import io.github.gcmdata.model.Event;
import io.github.gcmdata.model.EventKind;
import io.github.gcmdata.model.EventSeriesEntry;
import io.github.gcmdata.model.FigureKind;
import io.github.gcmdata.model.GcmObjective;
import io.github.gcmdata.model.GuidingPrinciple;
import io.github.gcmdata.model.Link;
import io.github.gcmdata.model.LocalizedText;
import io.github.gcmdata.model.Membership;
import io.github.gcmdata.model.MonetaryAmount;
import io.github.gcmdata.model.MonetaryGrant;
import io.github.gcmdata.model.MembershipRole;
import io.github.gcmdata.model.Organisation;
import io.github.gcmdata.model.Participation;
import io.github.gcmdata.model.ParticipationRole;
import io.github.gcmdata.model.OrganisationKind;
import io.github.gcmdata.model.PartialDate;
import io.github.gcmdata.model.Person;
import io.github.gcmdata.model.Position;
import io.github.gcmdata.model.Publication;
import io.github.gcmdata.model.PublicationSeries;
import io.github.gcmdata.model.RecordKind;
import io.github.gcmdata.model.RecordRef;
import io.github.gcmdata.model.Registration;
import io.github.gcmdata.model.Relation;
import io.github.gcmdata.model.RelationKind;
import io.github.gcmdata.model.SeriesIssn;
import io.github.gcmdata.model.State;
import io.github.gcmdata.model.TableOfContentsEntry;
import io.github.gcmdata.model.UnDocument;
import io.github.gcmdata.model.Vote;
import io.github.gcmdata.model.VoteCount;
import io.github.gcmdata.model.VoteEvent;
import io.github.gcmdata.model.VoteOption;
import io.github.gcmdata.validation.internal.RecordValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The default engine of the constraints, {@link RecordValidator} running a plan read from the
 * annotations, reports exactly what Hibernate Validator's engine reports: the same violations
 * (pointer, code, value, message) in the same order, in English, French and Spanish, for datasets
 * in memory, datasets streamed, single records and JSON lines. Over every dataset with defects the
 * tests hold: the examples and broken examples, the frozen examples of format 0.1 and the fixtures
 * of 0.2, the fit corpus, the hostile corpus and the fuzz corpora (GcmValidatorFuzzTest compares
 * the engines on each of its inputs too), datasets generated with defects, and a dataset that
 * breaks every rule of {@link ViolationCode}.
 */
class EngineAgreementTest {

    private static final Clock JUNE_2026 = Clock.fixed(Instant.parse("2026-06-15T12:00:00Z"), ZoneOffset.UTC);
    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"));
    private static final JsonMapper TREE = JsonMapper.builder().build();

    /**
     * Asserts that both engines give the same reports of a dataset, of it streamed, and of each of
     * its top-level records, and returns the planned engine's English report.
     */
    static ValidationReport assertEnginesAgree(Dataset dataset, String what) {
        byte[] json = GcmJson.standard().write(dataset).getBytes(StandardCharsets.UTF_8);
        ValidationReport english = null;
        for (Locale locale : LOCALES) {
            GcmValidator planned = GcmValidator.create(locale).withClock(JUNE_2026);
            GcmValidator hibernate = planned.withEngine(GcmValidator.Engine.HIBERNATE_VALIDATOR);
            ValidationReport report = planned.validate(dataset);
            assertThat(report.violations()).as("%s in %s", what, locale).isEqualTo(hibernate.validate(dataset).violations());
            if (locale == Locale.ENGLISH) {
                // Plans built for this check alone, so that a change to the plan-building code shows here.
                assertThat(planned.withEngine(GcmValidator.Engine.PLANNED_AFRESH).validate(dataset).violations())
                        .as("%s with plans built afresh", what).isEqualTo(report.violations());
            }
            assertThat(planned.validateStreaming(new ByteArrayInputStream(json)).violations())
                    .as("%s streamed in %s", what, locale)
                    .isEqualTo(hibernate.validateStreaming(new ByteArrayInputStream(json)).violations());
            for (RecordKind kind : RecordKind.values()) {
                for (Object record : kind.records(dataset)) {
                    assertThat(planned.validate(record).violations()).as("%s, a record of %s in %s", what, kind, locale)
                            .isEqualTo(hibernate.validate(record).violations());
                }
            }
            if (english == null) {
                english = report;
            }
        }
        return english;
    }

    @Test
    void theRecordsOfTheModelAreAllValidatedWithoutHibernateValidator() {
        // Otherwise this test would compare Hibernate Validator with itself.
        assertThat(RecordValidator.unsupported(Dataset.class)).isEmpty();
        for (RecordKind kind : RecordKind.values()) {
            assertThat(RecordValidator.unsupported(kind.type())).as("why %s is left to Hibernate Validator", kind).isEmpty();
        }
    }

    @Test
    void agreeOnADatasetThatBreaksEveryRule() {
        ValidationReport report = assertEnginesAgree(everyRuleBroken(), "every rule broken");
        Set<String> found = report.violations().stream().map(Violation::code).collect(Collectors.toCollection(TreeSet::new));
        Set<String> all = Arrays.stream(ViolationCode.values()).map(ViolationCode::code)
                .collect(Collectors.toCollection(TreeSet::new));
        all.removeAll(found);
        assertThat(all).as("codes of ViolationCode that everyRuleBroken() does not break yet: add a record that breaks"
                + " each, so that both engines are compared on it").isEmpty();
        assertThat(report.violations()).as("a value with braces, a dollar and a backslash is kept as it is")
                .anySatisfy(violation -> assertThat(violation.message()).endsWith("was x{value}$1\\{y}"));
    }

    static Stream<Path> corpus() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("examples", "broken-examples", "src/test/resources/io/github/gcmdata/format-0.1",
                "src/test/resources/io/github/gcmdata/format-0.2",
                "src/test/resources/fit",
                "src/test/resources/io/github/gcmdata/json/hostile",
                "src/test/resources/io/github/gcmdata/json/GcmJsonFuzzTestInputs/readDataset",
                "src/test/resources/io/github/gcmdata/validation/GcmValidatorFuzzTestInputs/validateReadDataset")) {
            try (Stream<Path> listed = Files.list(Path.of(folder))) {
                listed.filter(file -> !file.toString().endsWith(".csv") && !file.toString().endsWith(".ndjson"))
                        .sorted().forEach(files::add);
            }
        }
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void agreeOnEachFileOfTheCorpora(Path file) throws IOException {
        Dataset dataset;
        try {
            dataset = GcmJson.standard().read(Files.readAllBytes(file), Dataset.class);
        } catch (GcmJsonException e) {
            return;
        }
        assertEnginesAgree(dataset, file.toString());
    }

    @Test
    void theCorporaHoldDatasetsThatReadAndBreakRules() throws IOException {
        long broken = corpus().filter(file -> {
            try {
                return !GcmValidator.create().validate(GcmJson.standard().read(Files.readAllBytes(file), Dataset.class)).isValid();
            } catch (GcmJsonException | IOException e) {
                return false;
            }
        }).count();
        assertThat(broken).isGreaterThanOrEqualTo(5);
    }

    @Test
    void agreeOnGeneratedDatasetsWithDefects() throws IOException {
        Random random = new Random(20261125);
        for (int run = 0; run < 20; run++) {
            byte[] json = StreamingValidationTest.generated(random, 30 + random.nextInt(50));
            assertEnginesAgree(GcmJson.standard().read(json, Dataset.class), "generated dataset " + run);
        }
    }

    @ParameterizedTest
    @MethodSource("io.github.gcmdata.validation.StreamingValidationTest#examples")
    void agreeOnDefectiveCopiesOfTheExamples(Path example) throws IOException {
        ObjectNode root = (ObjectNode) TREE.readTree(Files.readAllBytes(example));
        for (long seed = 1; seed <= 3; seed++) {
            ObjectNode copy = root.deepCopy();
            Random random = new Random(seed * 17 + example.getFileName().hashCode());
            StreamingValidationTest.doubleSomeLists(copy, random);
            StreamingValidationTest.breakSomeValues(copy, random);
            byte[] json = TREE.writeValueAsBytes(StreamingValidationTest.reorder(copy, random));
            assertEnginesAgree(GcmJson.standard().read(json, Dataset.class), example + " seed " + seed);
        }
    }

    @Test
    void agreeOnJsonLines() throws IOException {
        byte[] lines = Files.readAllBytes(Path.of("broken-examples/events.ndjson"));
        for (Locale locale : LOCALES) {
            GcmValidator planned = GcmValidator.create(locale).withClock(JUNE_2026);
            GcmValidator hibernate = planned.withEngine(GcmValidator.Engine.HIBERNATE_VALIDATOR);
            try (InputStream first = new ByteArrayInputStream(lines); InputStream second = new ByteArrayInputStream(lines)) {
                ValidationReport report = planned.validateLines(first, Event.class);
                assertThat(report.isValid()).isFalse();
                assertThat(report.violations()).isEqualTo(hibernate.validateLines(second, Event.class).violations());
            }
        }
    }

    /**
     * One dataset that breaks every rule of {@link ViolationCode} at least once, most of them in
     * records nested in others and in lists, where the pointers are longest.
     */
    static Dataset everyRuleBroken() {
        Organisation iom = Organisation.builder("iom", LocalizedText.of("en", "IOM", "fr", "  ", "qq", "Q"),
                        OrganisationKind.INTERGOVERNMENTAL)
                .url(Url.parse("ftp://ftp.iom.int/"))
                .figures(new DatedFigure(FigureKind.MEMBER_STATES, -175, null, PartialDate.parse("2023"), null))
                .build();
        Organisation unnamedTwin = Organisation.builder("iom", LocalizedText.empty(), OrganisationKind.INTERGOVERNMENTAL)
                .build();
        State unassigned = new State("xk", text("Kosovo"), CountryCode.parse("XK"), CountryCode.parse("CH"),
                CountryCode.parse("999"), null);
        State mismatched = new State("ch", text("Switzerland"), CountryCode.parse("CH"), CountryCode.parse("FRA"),
                CountryCode.parse("756"), null);
        Person person = Person.builder("ngiordano", " ")
                .contactPoints(
                        new ContactPoint(null, EmailAddress.parse("ngiordano@iom"), PhoneNumber.of("Tel: 41227179581", "+41227179581")),
                        new ContactPoint(null, null, PhoneNumber.of("+41 22 717 95 82", "+41227179581")),
                        new ContactPoint(null, null, PhoneNumber.of("+41 000", "+41000")),
                        new ContactPoint(null, null, PhoneNumber.inCountry("Tel 12345", CountryCode.parse("CH"))),
                        new ContactPoint(null, null, null, null, null, null, null))
                .positions(new Position(text("Director General"), AgentRef.organisation("nowhere"), null,
                        PartialDate.parse("2023"), PartialDate.parse("2022-12-31")))
                .build();
        Person oddId = Person.builder("x{value}$1\\{y}", "X").build();
        Membership membership = Membership.builder(AgentRef.state("ch"), "iom").role(MembershipRole.MEMBER)
                .startDate(PartialDate.parse("1954"))
                .endDate(PartialDate.parse("1953"))
                .build();
        LocalDate start = LocalDate.of(2022, 2, 28);
        AgendaItem numberedZero = AgendaItem.builder(AgendaItemKind.PANEL).startTime(LocalTime.parse("14:00"))
                .endTime(LocalTime.parse("15:00"))
                .number(0)
                .build();
        AgendaItem withoutEnd = AgendaItem.builder(AgendaItemKind.PANEL).startTime(LocalTime.parse("16:00")).build();
        Event event = Event.builder("idm-2022", text("IDM 2022"), EventKind.IDM_SESSION, start)
                .endDate(PartialDate.of(LocalDate.of(2022, 3, 2)))
                .series(new EventSeriesEntry(text("IDM"), 0, null))
                .superEventRef("nowhere")
                .timeZone(ZoneId.of("UTC+01:00"))
                .attendanceMode(AttendanceMode.IN_PERSON)
                .participantCount(Count.exactly(12))
                .participants(Participation.of(AgentRef.state("ch"), ParticipationRole.HOST),
                        Participation.of(AgentRef.state("ch"), ParticipationRole.HOST))
                .registration(new Registration(null, null, null, LocalDateTime.of(2022, 2, 20, 12, 0), null, null))
                .panellistCount(Count.exactly(20))
                .subEventRefs("ok", " ")
                .relatedObjectives(1, 24)
                .agenda(List.of(
                        day(start, item("09:00", "10:00"), item("09:30", "09:45"), item("11:00", "10:30"), numberedZero,
                                withoutEnd),
                        day(LocalDate.of(2022, 3, 3))))
                .documents(new Link(Url.parse("https://www.iom.int"), LocalizedText.of("qq", "Site"),
                        List.of(LanguageTag.parse("fra"))))
                .relations(Relation.of(RelationKind.HELD_ALONGSIDE, RecordRef.to(RecordKind.PUBLICATION, "idm-28")),
                        Relation.of(RelationKind.FOLLOW_UP_OF, RecordRef.to(RecordKind.EVENT, "idm-2022")))
                .build();
        Event reversed = Fixtures.event("reversed", LocalDate.of(2022, 3, 2), LocalDate.of(2022, 2, 28), List.of())
                .toBuilder().participantCount(Count.exactly(-1))
                .endDateUnknown(true)
                .series(new EventSeriesEntry(null, 1, null))
                .build();
        Event blankId = Fixtures.event(" ").toBuilder().startTime(LocalTime.parse("10:00")).build();
        TableOfContentsEntry entry = new TableOfContentsEntry(text("level 7"), null, null);
        for (int level = 6; level >= 1; level--) {
            entry = new TableOfContentsEntry(text("level " + level), null, List.of(entry));
        }
        Publication publication = Publication.builder("idm-28", text("IDM 28"))
                .datePublished(PartialDate.parse("2027"))
                .abstractText(LocalizedText.of("en", " "))
                .editions(Edition.builder(LanguageTag.FRENCH)
                        .isbns(new EditionIsbn(Isbn.parse("978-92-9068-780-2"), null))
                        .issn(Issn.parse("1726-4031"))
                        .numberOfPages(0)
                        .datePublished(PartialDate.parse("2027-01"))
                        .build())
                .tableOfContents(entry)
                .relatedObjectives(30)
                .build();
        PublicationSeries series = PublicationSeries.builder("idm-series", text("IDM"))
                .issns(new SeriesIssn(LanguageTag.ENGLISH, Issn.parse("1726-2225")))
                .publisherRefs("iom", "unheard-of")
                .build();
        VoteEvent vote = new VoteEvent("vote", "un-general-assembly", UnDocumentSymbol.parse("A/RES/73/195"),
                LocalDate.of(2018, 12, 19),
                List.of(new VoteCount(VoteOption.YES, 152), new VoteCount(VoteOption.NO, 1)),
                List.of(new Vote("CHE", VoteOption.YES), new Vote("HUN", VoteOption.NO), new Vote("CHE", VoteOption.NO)), null);
        return Dataset.builder(Fixtures.metadata())
                .organisations(iom, unnamedTwin)
                .states(unassigned, mismatched)
                .persons(person, oddId)
                .memberships(membership)
                .events(event, reversed, blankId)
                .publications(publication)
                .publicationSeries(series)
                .objectives(GcmObjective.builder(24, text("?")).build())
                .guidingPrinciples(new GuidingPrinciple("k", text("?"), null, null))
                .voteEvents(vote)
                .documents(UnDocument.builder(DocumentKind.RESOLUTION).build())
                .grants(MonetaryGrant.builder("grant", AgentRef.organisation("iom"))
                        .amount(MonetaryAmount.of(new BigDecimal("-5"), CurrencyCode.parse("XYZ")))
                        .build())
                .build();
    }
}
