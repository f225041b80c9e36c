package io.github.gcmdata.model;

import io.github.gcmdata.identifier.CountryCode;
import io.github.gcmdata.identifier.CurrencyCode;
import io.github.gcmdata.identifier.Doi;
import io.github.gcmdata.identifier.EmailAddress;
import io.github.gcmdata.identifier.Isbn;
import io.github.gcmdata.identifier.Issn;
import io.github.gcmdata.identifier.LanguageTag;
import io.github.gcmdata.identifier.PhoneNumber;
import io.github.gcmdata.identifier.UnDocumentSymbol;
import io.github.gcmdata.identifier.Url;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Two fully populated samples of every record that has a builder, each built through its builder
 * with every component set by name: no component is null and no list is empty, and the two
 * samples differ in every component.
 *
 * <p>A component added to a record is null or empty here until a line sets it, and
 * {@link RecordBuildersTest} fails until then.
 */
final class BuilderSamples {

    /** Which of the two samples to build. */
    enum Variant {
        FIRST, SECOND;

        <T> T pick(T first, T second) {
            return this == FIRST ? first : second;
        }

        LocalizedText text(String first, String second) {
            return LocalizedText.of("en", pick(first, second));
        }
    }

    /** The samples of every record with a builder. */
    static final Map<Class<? extends Record>, Function<Variant, Record>> ALL = Map.ofEntries(
            Map.entry(AgendaDay.class, BuilderSamples::agendaDay),
            Map.entry(AgendaItem.class, BuilderSamples::agendaItem),
            Map.entry(Dataset.class, BuilderSamples::dataset),
            Map.entry(DatasetMetadata.class, BuilderSamples::datasetMetadata),
            Map.entry(DatedFigure.class, BuilderSamples::datedFigure),
            Map.entry(Edition.class, BuilderSamples::edition),
            Map.entry(Event.class, BuilderSamples::event),
            Map.entry(EventSeries.class, BuilderSamples::eventSeries),
            Map.entry(GcmObjective.class, BuilderSamples::gcmObjective),
            Map.entry(Link.class, BuilderSamples::link),
            Map.entry(Membership.class, BuilderSamples::membership),
            Map.entry(MonetaryGrant.class, BuilderSamples::monetaryGrant),
            Map.entry(NewsItem.class, BuilderSamples::newsItem),
            Map.entry(Organisation.class, BuilderSamples::organisation),
            Map.entry(Person.class, BuilderSamples::person),
            Map.entry(Project.class, BuilderSamples::project),
            Map.entry(Publication.class, BuilderSamples::publication),
            Map.entry(PublicationSeries.class, BuilderSamples::publicationSeries),
            Map.entry(Quotation.class, BuilderSamples::quotation),
            Map.entry(Speaker.class, BuilderSamples::speaker),
            Map.entry(State.class, BuilderSamples::state),
            Map.entry(TableOfContentsEntry.class, BuilderSamples::tableOfContentsEntry),
            Map.entry(UnDocument.class, BuilderSamples::unDocument),
            Map.entry(VoteEvent.class, BuilderSamples::voteEvent));

    private BuilderSamples() {
    }

    static AgendaDay agendaDay(Variant v) {
        return AgendaDay.builder(v.pick(LocalDate.of(2022, 2, 28), LocalDate.of(2023, 3, 27)))
                .label(v.text("Day one", "Day two"))
                .theme(v.text("Reducing risks", "Facilitating regular migration"))
                .items(agendaItem(v))
                .build();
    }

    static AgendaItem agendaItem(Variant v) {
        return AgendaItem.builder(v.pick(AgendaItemKind.PANEL, AgendaItemKind.CLOSING))
                .startTime(v.pick(LocalTime.of(9, 30), LocalTime.of(14, 0)))
                .endTime(v.pick(LocalTime.of(10, 45), LocalTime.of(15, 30)))
                .partOfDay(v.pick(PartOfDay.MORNING, PartOfDay.AFTERNOON))
                .number(v.pick(1, 2))
                .name(v.text("Saving lives", "Closing remarks"))
                .moderators(speaker(v))
                .speakers(speaker(v), speaker(v.pick(Variant.SECOND, Variant.FIRST)))
                .build();
    }

    static Dataset dataset(Variant v) {
        return Dataset.builder(datasetMetadata(v))
                .organisations(organisation(v))
                .states(state(v))
                .persons(person(v))
                .memberships(membership(v))
                .events(event(v))
                .eventSeries(eventSeries(v))
                .publications(publication(v))
                .publicationSeries(publicationSeries(v))
                .newsItems(newsItem(v))
                .objectives(gcmObjective(v))
                .guidingPrinciples(new GuidingPrinciple(v.pick("a", "b"), v.text("People-centred", "International cooperation"),
                        null, List.of()))
                .documents(unDocument(v))
                .voteEvents(voteEvent(v))
                .grants(monetaryGrant(v))
                .projects(project(v))
                .build();
    }

    static DatasetMetadata datasetMetadata(Variant v) {
        return DatasetMetadata.builder(v.pick("gcm-reference", "gcm-sample"), v.text("GCM reference data", "GCM sample"))
                .description(v.text("Reference data of the GCM", "A sample"))
                .version(v.pick("1", "2"))
                .dateModified(v.pick(LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 23)))
                .asOf(v.pick(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 21)))
                .gaps(new Gap(v.pick("French title of objective 18", "Spanish ISSN"), v.pick("not seen", "not found")))
                .license(v.pick("CC-BY-4.0", "CC0-1.0"))
                .sources(source(v))
                .build();
    }

    static DatedFigure datedFigure(Variant v) {
        return DatedFigure.builder(v.pick(FigureKind.MEMBER_STATES, FigureKind.DELEGATIONS), v.pick(175L, 36L),
                        v.pick(PartialDate.ofYear(2024), PartialDate.parse("2017-09")))
                .precision(v.pick(CountPrecision.EXACT, CountPrecision.MORE_THAN))
                .asOfBasis(v.pick(AsOfBasis.SOURCE_DATE, AsOfBasis.ACCESSED))
                .sources(source(v))
                .build();
    }

    static Edition edition(Variant v) {
        return Edition.builder(v.pick(LanguageTag.FRENCH, LanguageTag.ENGLISH))
                .name(v.text("Dialogue international sur la migration No. 28", "International Dialogue on Migration No. 28"))
                .isbns(new EditionIsbn(v.pick(Isbn.parse("978-92-9068-780-1"), Isbn.parse("978-92-9068-774-0")),
                        v.pick(BookFormat.PDF, BookFormat.PRINT)))
                .issn(v.pick(Issn.parse("1726-4030"), Issn.parse("1726-2224")))
                .numberOfPages(v.pick(144, 130))
                .bookFormats(v.pick(BookFormat.PDF, BookFormat.PRINT))
                .datePublished(v.pick(PartialDate.ofYear(2018), PartialDate.parse("2019-03")))
                .uploadDate(v.pick(PartialDate.parse("2018-11-16"), PartialDate.parse("2019-12-19")))
                .url(v.pick(Url.parse("https://publications.iom.int/fr"), Url.parse("https://publications.iom.int/en")))
                .build();
    }

    static Event event(Variant v) {
        return Event.builder(v.pick("idm-2022-session-1", "idm-2023-session-1"),
                        v.text("International Dialogue on Migration 2022", "International Dialogue on Migration 2023"),
                        v.pick(EventKind.IDM_SESSION, EventKind.WORKSHOP), v.pick(LocalDate.of(2022, 2, 28), LocalDate.of(2023, 3, 27)))
                .alternateName(v.text("IDM 2022", "IDM 2023"))
                .description(v.text("The first session", "The second session"))
                .theme(v.text("Migration and climate", "Migration and health"))
                .themes(v.text("Youth", "Diaspora"))
                .series(new EventSeriesEntry(v.pick("idm", "imrf"), v.text("IDM", "International Dialogue on Migration"),
                        v.pick(1, 2), v.pick(1, 2)))
                .superEventRef(v.pick("idm-2022", "idm-2023"))
                .endDate(v.pick(PartialDate.parse("2022-03-02"), PartialDate.parse("2023-03-28")))
                .endDateUnknown(v.pick(true, false))
                .startTime(v.pick(LocalTime.of(9, 0), LocalTime.of(10, 0)))
                .endTime(v.pick(LocalTime.of(12, 0), LocalTime.of(18, 0)))
                .timeZone(v.pick(ZoneId.of("America/New_York"), ZoneId.of("Europe/Zurich")))
                .attendanceMode(v.pick(AttendanceMode.ONLINE, AttendanceMode.HYBRID))
                .location(place(v))
                .spatialCoverage(new Place(v.text("Arab region", "Latin America and the Caribbean"), null, null, null))
                .organizers(AgentRef.organisation(v.pick("iom", "unhcr")))
                .performers(AgentRef.state(v.pick("ch", "ma")))
                .participants(new Participation(AgentRef.state(v.pick("sen", "mrt")), v.pick(ParticipationRole.HOST, ParticipationRole.ATTENDEE),
                        AgentRef.organisation(v.pick("ecowas", "un-network-on-migration")), v.text("under the auspices of", "as Coordinator")))
                .audience(v.pick(AudienceType.GOVERNMENTS, AudienceType.CIVIL_SOCIETY))
                .audienceAsPrinted(v.text("governments and academia", "civil society and other stakeholders"))
                .participantCount(v.pick(Count.moreThan(600), Count.exactly(300)))
                .panellistCount(v.pick(Count.exactly(83), Count.exactly(40)))
                .figures(datedFigure(v))
                .registration(registration(v))
                .contactPoints(contactPoint(v))
                .subEventRefs(v.pick("workshop-ny", "workshop-geneva"))
                .agenda(agendaDay(v))
                .about(RecordRef.to(v.pick(RecordKind.DOCUMENT, RecordKind.ORGANISATION), v.pick("A/RES/73/195", "iom")))
                .relatedObjectives(v.pick(7, 8), v.pick(10, 23))
                .citedDocuments(documentReference(v))
                .outcomePublicationRefs(v.pick("idm-no-28", "idm-no-29"))
                .documents(link(v))
                .relations(new Relation(v.pick(RelationKind.AHEAD_OF, RelationKind.FOLLOW_UP_OF),
                        RecordRef.to(RecordKind.EVENT, v.pick("imrf-2022", "idm-2021")), v.pick(1, 2),
                        v.text("ahead of the IMRF", "following IDM 2021")))
                .sources(source(v))
                .build();
    }

    static EventSeries eventSeries(Variant v) {
        return EventSeries.builder(v.pick("idm", "imrf"), v.text("International Dialogue on Migration", "International Migration Review Forum"))
                .alternateName(v.text("IDM", "IMRF"))
                .description(v.text("IOM's principal forum for migration policy dialogue", "The review of the Global Compact"))
                .startDate(v.pick(PartialDate.ofYear(2001), PartialDate.ofYear(2022)))
                .organizers(AgentRef.organisation(v.pick("iom", "un-general-assembly")))
                .legalBasis(documentReference(v))
                .url(v.pick(Url.parse("https://www.iom.int/idm"), Url.parse("https://www.un.org/en/migration2022")))
                .relations(Relation.of(v.pick(RelationKind.ESTABLISHED_BY, RelationKind.IN_RESPONSE_TO),
                        RecordRef.to(RecordKind.DOCUMENT, v.pick("A/RES/73/195", "A/RES/73/326"))))
                .sources(source(v))
                .build();
    }

    static GcmObjective gcmObjective(Variant v) {
        return GcmObjective.builder(v.pick(1, 2), v.text("Collect and utilize accurate and disaggregated data",
                        "Minimize the adverse drivers and structural factors"))
                .shortName(v.text("Data", "Drivers"))
                .reference(documentReference(v))
                .sources(source(v))
                .build();
    }

    static Link link(Variant v) {
        return Link.builder(v.pick(Url.parse("https://www.iom.int/idm"), Url.parse("https://www.iom.int/idm-2023")))
                .name(v.text("Agenda", "Report"))
                .inLanguage(v.pick(LanguageTag.ENGLISH, LanguageTag.FRENCH))
                .kind(v.pick(LinkKind.AGENDA, LinkKind.REPORT))
                .build();
    }

    static Membership membership(Variant v) {
        return Membership.builder(AgentRef.state(v.pick("ch", "ma")), v.pick("iom", "unhcr"))
                .role(v.pick(MembershipRole.MEMBER, MembershipRole.OBSERVER))
                .id(v.pick("ch-iom", "ma-unhcr"))
                .startDate(v.pick(PartialDate.ofYear(1954), PartialDate.ofYear(1960)))
                .endDate(v.pick(PartialDate.ofYear(2020), PartialDate.ofYear(2021)))
                .relations(Relation.of(RelationKind.DECIDED_AT, RecordRef.to(RecordKind.EVENT, v.pick("iom-council-92", "iom-council-93"))))
                .sources(source(v))
                .build();
    }

    static NewsItem newsItem(Variant v) {
        return NewsItem.builder(v.pick("pr-2022-03-02", "pr-2023-03-28"), v.text("IDM closes in New York", "IDM closes in Geneva"))
                .datePublished(v.pick(LocalDate.of(2022, 3, 2), LocalDate.of(2023, 3, 28)))
                .dateline(v.text("New York", "Geneva"))
                .articleBody(v.text("The dialogue closed.", "The dialogue ended."))
                .eventRefs(v.pick("idm-2022-session-1", "idm-2023-session-1"))
                .mentions(AgentRef.person(v.pick("amy-pope", "ugochi-daniels")))
                .contactRefs(v.pick("press-office", "media-desk"))
                .publisherRefs(v.pick("iom", "mpi"))
                .quotations(quotation(v))
                .url(v.pick(Url.parse("https://www.iom.int/news/a"), Url.parse("https://www.iom.int/news/b")))
                .sources(source(v))
                .build();
    }

    static Organisation organisation(Variant v) {
        return Organisation.builder(v.pick("iom", "unhcr"), v.text("International Organization for Migration", "UN Refugee Agency"),
                        v.pick(OrganisationKind.INTERGOVERNMENTAL, OrganisationKind.UN_ENTITY))
                .alternateName(v.text("IOM", "UNHCR"))
                .description(v.text("The UN migration agency", "The UN refugee agency"))
                .parentOrganization(AgentRef.organisation(v.pick("un", "un-system")))
                .foundingDate(v.pick(PartialDate.ofYear(1951), PartialDate.ofYear(1950)))
                .headquarters(place(v))
                .unSystemRelation(v.pick(UnSystemRelation.RELATED_ORGANIZATION, UnSystemRelation.UN_ENTITY))
                .url(v.pick(Url.parse("https://www.iom.int/"), Url.parse("https://www.unhcr.org/")))
                .identifiers(new Identifier(v.pick("wikidata", "ror"), v.pick("Q206880", "05wvcsn81")))
                .figures(datedFigure(v))
                .units(new OrganisationalUnit(v.pick("iom-mpd", "unhcr-dip"), v.text("Migration Policy Division", "Division of International Protection"),
                        List.of()))
                .contactPoints(contactPoint(v))
                .relations(Relation.of(v.pick(RelationKind.ESTABLISHED_BY, RelationKind.REQUESTED_BY),
                        RecordRef.to(RecordKind.DOCUMENT, v.pick("A/RES/73/195", "A/RES/73/326"))))
                .sources(source(v))
                .build();
    }

    static Person person(Variant v) {
        return Person.builder(v.pick("amy-pope", "ugochi-daniels"), v.pick("Amy Pope", "Ugochi Daniels"))
                .givenName(v.pick("Amy", "Ugochi"))
                .familyName(v.pick("Pope", "Daniels"))
                .honorificPrefix(v.pick("Ms", "Dr"))
                .positions(new Position(v.text("Director General", "Deputy Director General"), AgentRef.organisation(v.pick("iom", "unhcr")),
                        v.pick("iom-odg", "iom-ddg"), v.pick(PartialDate.parse("2023-10"), PartialDate.parse("2019-09")), v.pick(PartialDate.parse("2028-09"), PartialDate.parse("2024-08"))))
                .contactPoints(contactPoint(v))
                .identifiers(new Identifier(v.pick("wikidata", "orcid"), v.pick("Q65547000", "0000-0002-1825-0097")))
                .sources(source(v))
                .build();
    }

    static Publication publication(Variant v) {
        return Publication.builder(v.pick("idm-no-28", "idm-no-29"), v.text("Migration and Health", "Migration and Climate"))
                .genre(v.pick(PublicationGenre.REPORT, PublicationGenre.RESEARCH_PAPER))
                .publicationPlace(v.text("Geneva", "Paris"))
                .copyrightHolder(AgentRef.organisation(v.pick("iom", "oecd")))
                .copyrightYear(v.pick(2018, 2019))
                .license(v.pick("CC-BY-NC-ND-3.0-IGO", "CC-BY-4.0"))
                .originalLanguage(v.pick(LanguageTag.ENGLISH, LanguageTag.FRENCH))
                .about(RecordRef.to(RecordKind.DOCUMENT, v.pick("A/RES/73/195", "iom-constitution")))
                .spatialCoverage(place(v))
                .citations(documentReference(v))
                .relations(new Relation(v.pick(RelationKind.OUTCOME_OF, RelationKind.PART_OF),
                        RecordRef.to(v.pick(RecordKind.EVENT, RecordKind.PUBLICATION), v.pick("idm-2018", "wmr-2024")), v.pick(1, 2),
                        v.text("the report of the workshops", "chapter 2")))
                .series(new PublicationSeriesEntry(v.pick("idm-red-books", "migration-research"), v.pick("28", "29")))
                .editions(edition(v))
                .publisherReference(v.pick("PUB2019/046/L", "PUB2020/001/L"))
                .datePublished(v.pick(PartialDate.ofYear(2018), PartialDate.ofYear(2019)))
                .publisherRefs(v.pick("iom", "unhcr"))
                .contributors(new Contributor(AgentRef.person(v.pick("amy-pope", "ugochi-daniels")), v.pick(ContributorRole.AUTHOR, ContributorRole.EDITOR)))
                .abstractText(v.text("In 2018 the dialogue met.", "In 2019 the dialogue met again."))
                .tableOfContents(tableOfContentsEntry(v))
                .themes(v.text("Health", "Climate"))
                .inLanguage(v.pick(LanguageTag.FRENCH, LanguageTag.SPANISH))
                .eventRefs(v.pick("idm-2022-session-1", "idm-2023-session-1"))
                .relatedObjectives(v.pick(1, 2))
                .doi(v.pick(Doi.parse("10.18356/9789210026659"), Doi.parse("10.1000/182")))
                .links(new Link(v.pick(Url.parse("https://publications.iom.int/a"), Url.parse("https://publications.iom.int/b")), null, List.of()))
                .sources(source(v))
                .build();
    }

    static PublicationSeries publicationSeries(Variant v) {
        return PublicationSeries.builder(v.pick("idm-red-books", "migration-research"),
                        v.text("International Dialogue on Migration", "Migration Research Series"))
                .alternateName(v.text("IDM", "MRS"))
                .description(v.text("The reports of IOM's policy dialogue", "IOM's research papers"))
                .publisherRefs(v.pick("iom", "unhcr"))
                .issns(new SeriesIssn(v.pick(LanguageTag.ENGLISH, LanguageTag.FRENCH), v.pick(Issn.parse("1726-2224"), Issn.parse("1726-4030"))))
                .sources(source(v))
                .build();
    }

    static Quotation quotation(Variant v) {
        return Quotation.builder(v.pick("These funds will help IOM to save lives", "The website provides a viable way"),
                        v.pick(LanguageTag.ENGLISH, LanguageTag.SPANISH))
                .creator(AgentRef.person(v.pick("betty-e-king", "robert-natiello")))
                .creatorAsPrinted(v.pick("Ambassador King", "Robert Natiello"))
                .inferred(v.pick(true, false))
                .build();
    }

    static TableOfContentsEntry tableOfContentsEntry(Variant v) {
        return TableOfContentsEntry.builder(v.text("Introduction", "Foreword"))
                .pageStart(v.pick(1, 3))
                .entries(new TableOfContentsEntry(v.text("Scope", "Method"), v.pick(2, 4), List.of()))
                .contributors(new Contributor(AgentRef.person(v.pick("marie-mcauliffe", "linda-oucho")), ContributorRole.AUTHOR))
                .build();
    }

    static Speaker speaker(Variant v) {
        return Speaker.builder(v.pick("ugochi-daniels", "abdulla-shahid"))
                .nameAsPrinted(v.pick("Ugochi Daniels", "Abdulla Shahid"))
                .titleAsPrinted(v.text("Deputy Director General", "President of the General Assembly"))
                .modality(v.pick(Modality.IN_PERSON, Modality.VIDEO_MESSAGE))
                .role(v.pick(SpeakerRole.KEYNOTE, SpeakerRole.PANELLIST))
                .build();
    }

    static State state(Variant v) {
        return State.builder(v.pick("ch", "ma"), v.text("Switzerland", "Morocco"))
                .alternateName(v.text("Swiss Confederation", "Kingdom of Morocco"))
                .alpha2(CountryCode.parse(v.pick("CH", "MA")))
                .alpha3(CountryCode.parse(v.pick("CHE", "MAR")))
                .numeric(CountryCode.parse(v.pick("756", "504")))
                .sources(source(v))
                .build();
    }

    static UnDocument unDocument(Variant v) {
        return UnDocument.builder(v.pick(DocumentKind.RESOLUTION, DocumentKind.DRAFT))
                .id(v.pick("gcm", "new-york-declaration-draft"))
                .symbol(v.pick(UnDocumentSymbol.parse("A/RES/73/195"), UnDocumentSymbol.parse("A/70/L.57")))
                .name(v.text("Global Compact for Safe, Orderly and Regular Migration", "New York Declaration"))
                .alternateName(v.text("GCM", "NYD"))
                .issuers(AgentRef.organisation(v.pick("un-general-assembly", "unga")))
                .recipients(AgentRef.state(v.pick("CHE", "MAR")))
                .relations(Relation.of(v.pick(RelationKind.OUTCOME_OF, RelationKind.AHEAD_OF),
                        RecordRef.to(RecordKind.EVENT, v.pick("marrakech-2018", "un-summit-2016"))))
                .date(v.pick(PartialDate.parse("2018-12-19"), PartialDate.parse("2016-09-13")))
                .url(v.pick(Url.parse("https://undocs.org/A/RES/73/195"), Url.parse("https://undocs.org/A/70/L.57")))
                .sources(source(v))
                .build();
    }

    static MonetaryGrant monetaryGrant(Variant v) {
        return MonetaryGrant.builder(v.pick("usa-mefm-2012", "idf-imp-2001"), AgentRef.state(v.pick("USA", "CHE")))
                .recipient(AgentRef.organisation(v.pick("mefm", "imp")))
                .fundedItems(RecordRef.to(v.pick(RecordKind.ORGANISATION, RecordKind.PROJECT), v.pick("mefm", "imp-workshop")))
                .amount(new MonetaryAmount(new BigDecimal(v.pick("2500000", "32000.00")), CurrencyCode.parse(v.pick("USD", "CHF")),
                        v.pick(CountPrecision.EXACT, CountPrecision.ABOUT)))
                .date(v.pick(PartialDate.parse("2012-03-01"), PartialDate.ofYear(2001)))
                .description(v.text("The first contribution to the fund", "The seminar's budget"))
                .relations(Relation.of(RelationKind.DECIDED_AT, RecordRef.to(RecordKind.DOCUMENT, v.pick("us-letter-2012", "idf-decision"))))
                .sources(source(v))
                .build();
    }

    static Project project(Variant v) {
        return Project.builder(v.pick("imp-workshop-west-africa", "suriname-diaspora"),
                        v.text("IMP Workshop - West Africa", "Diaspora engagement in Suriname"))
                .alternateName(v.text("IMP", "SDE"))
                .description(v.text("A seminar on migration policy", "A website for the diaspora"))
                .identifiers(new Identifier("iom-project", v.pick("E40-800", "E40-900")))
                .status(v.pick(ProjectStatus.COMPLETED, ProjectStatus.ONGOING))
                .projectType(v.text("Migration Policy Activities", "Migration and Development"))
                .coverage(v.pick(ProjectCoverage.REGIONAL, ProjectCoverage.NATIONAL))
                .spatialCoverage(place(v))
                .startDate(v.pick(PartialDate.ofYear(2001), PartialDate.parse("2016-05")))
                .endDate(v.pick(PartialDate.ofYear(2001), PartialDate.parse("2017-12")))
                .budget(MonetaryAmount.of(new BigDecimal(v.pick("32000.00", "150000")), CurrencyCode.parse(v.pick("USD", "EUR"))))
                .organizers(AgentRef.organisation(v.pick("iom", "imp")))
                .beneficiaries(AgentRef.state(v.pick("SEN", "SUR")))
                .about(RecordRef.to(RecordKind.OBJECTIVE, v.pick("19", "23")))
                .url(v.pick(Url.parse("https://www.iom.int/project/a"), Url.parse("https://www.iom.int/project/b")))
                .relations(Relation.of(RelationKind.FOLLOW_UP_OF, RecordRef.to(RecordKind.EVENT, v.pick("dakar-2000", "idm-2016"))))
                .sources(source(v))
                .build();
    }

    static VoteEvent voteEvent(Variant v) {
        return VoteEvent.builder(v.pick("a-res-73-195", "a-res-73-326"), v.pick("un-general-assembly", "unga"),
                        v.pick(LocalDate.of(2018, 12, 19), LocalDate.of(2019, 7, 19)))
                .documentRef(v.pick(UnDocumentSymbol.parse("A/RES/73/195"), UnDocumentSymbol.parse("A/RES/73/326")))
                .counts(new VoteCount(v.pick(VoteOption.YES, VoteOption.NO), v.pick(1, 2)))
                .votes(new Vote(v.pick("CHE", "MAR"), v.pick(VoteOption.ABSTAIN, VoteOption.YES)))
                .sources(source(v))
                .build();
    }

    private static ContactPoint contactPoint(Variant v) {
        return new ContactPoint(v.pick(ContactType.PRESS, ContactType.REGISTRATION), v.text("Media desk", "IDM workshop"),
                v.pick(EmailAddress.parse("media@iom.int"), EmailAddress.parse("idmworkshop@iom.int")),
                v.pick(PhoneNumber.of("41227179111", "+41227179111"), PhoneNumber.of("41227179581", "+41227179581")),
                v.pick(PhoneNumber.inCountry("079 701 60 54", CountryCode.parse("CH")), PhoneNumber.of("41797016054", "+41797016054")),
                v.pick(PhoneNumber.of("+41 22 798 6150", "+41227986150"), PhoneNumber.of("41227986151", "+41227986151")),
                v.pick(Url.parse("https://www.iom.int/contact"), Url.parse("https://www.iom.int/media")));
    }

    private static Registration registration(Variant v) {
        return new Registration(v.pick(Url.parse("https://indico.un.org/event/1000748/"), Url.parse("https://www.iom.int/register")),
                v.pick(EmailAddress.parse("idmworkshop@iom.int"), EmailAddress.parse("imrf@un.org")),
                v.pick(PartialDate.parse("2022-04-05"), PartialDate.parse("2019-02")),
                v.pick(LocalDateTime.of(2019, 2, 22, 18, 0), LocalDateTime.of(2022, 4, 25, 23, 59)),
                v.pick(ZoneId.of("Europe/Zurich"), ZoneId.of("America/New_York")),
                v.text("Specially accredited entities", "Member States and observers"));
    }

    private static Place place(Variant v) {
        return new Place(v.text("United Nations Headquarters", "Palais des Nations"), v.text("405 East 42nd Street", "Avenue de la Paix 8-14"),
                v.text("New York", "Geneva"), CountryCode.parse(v.pick("US", "CH")));
    }

    private static Source source(Variant v) {
        return new Source(v.pick(Url.parse("https://www.iom.int/idm"), Url.parse("https://www.unhcr.org/")), v.pick("IDM", "UNHCR"),
                v.pick("Agenda", "Annual report"), v.pick(LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 23)));
    }

    private static DocumentReference documentReference(Variant v) {
        return new DocumentReference(v.pick(UnDocumentSymbol.parse("A/RES/73/195"), UnDocumentSymbol.parse("A/70/L.57")),
                v.pick("gcm", "new-york-declaration-draft"), v.pick("17", "52"), v.text("Collect and utilize data", "Save lives"));
    }
}
