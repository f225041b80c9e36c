package io.github.gcmdata.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.model.AgendaDay;
import io.github.gcmdata.model.AgendaItem;
import io.github.gcmdata.model.AgendaItemKind;
import io.github.gcmdata.model.AgentRef;
import io.github.gcmdata.model.AttendanceMode;
import io.github.gcmdata.model.AudienceType;
import io.github.gcmdata.model.BookFormat;
import io.github.gcmdata.model.ContactPoint;
import io.github.gcmdata.model.ContactType;
import io.github.gcmdata.model.Contributor;
import io.github.gcmdata.model.ContributorRole;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.DatasetMetadata;
import io.github.gcmdata.model.DocumentKind;
import io.github.gcmdata.model.DocumentReference;
import io.github.gcmdata.model.Edition;
import io.github.gcmdata.model.EditionIsbn;
import io.github.gcmdata.model.Event;
import io.github.gcmdata.model.EventKind;
import io.github.gcmdata.model.EventSeries;
import io.github.gcmdata.model.EventSeriesEntry;
import io.github.gcmdata.model.GcmObjective;
import io.github.gcmdata.model.GuidingPrinciple;
import io.github.gcmdata.model.Identifier;
import io.github.gcmdata.model.ImageObject;
import io.github.gcmdata.model.Link;
import io.github.gcmdata.model.LocalizedText;
import io.github.gcmdata.model.Membership;
import io.github.gcmdata.model.MembershipRole;
import io.github.gcmdata.model.MonetaryAmount;
import io.github.gcmdata.model.MonetaryGrant;
import io.github.gcmdata.model.NewsItem;
import io.github.gcmdata.model.Organisation;
import io.github.gcmdata.model.OrganisationKind;
import io.github.gcmdata.model.OrganisationalUnit;
import io.github.gcmdata.model.PartialDate;
import io.github.gcmdata.model.Participation;
import io.github.gcmdata.model.ParticipationRole;
import io.github.gcmdata.model.Person;
import io.github.gcmdata.model.Place;
import io.github.gcmdata.model.Position;
import io.github.gcmdata.model.Project;
import io.github.gcmdata.model.Publication;
import io.github.gcmdata.model.PublicationGenre;
import io.github.gcmdata.model.PublicationSeries;
import io.github.gcmdata.model.PublicationSeriesEntry;
import io.github.gcmdata.model.Quotation;
import io.github.gcmdata.model.RecordKind;
import io.github.gcmdata.model.RecordRef;
import io.github.gcmdata.model.Registration;
import io.github.gcmdata.model.SeriesIssn;
import io.github.gcmdata.model.Source;
import io.github.gcmdata.model.Speaker;
import io.github.gcmdata.model.SpeakerRole;
import io.github.gcmdata.model.State;
import io.github.gcmdata.model.TableOfContentsEntry;
import io.github.gcmdata.model.UnDocument;
import io.github.gcmdata.model.VoteEvent;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema.org JSON-LD of each kind of record, node by node: each test builds the smallest
 * records that show one mapping rule and states the whole node it must give. Expected nodes are
 * JSON in which {@code ~/} stands for the writer's base IRI; objects compare without regard to the
 * order of their properties, arrays in order.
 */
class JsonLdWriterTest {

    private static final URI BASE = URI.create("https://data.example.org/gcm/");
    /** Texts as plain English strings: the structure of a node, without language tags. */
    private static final JsonLdWriter ENGLISH = JsonLdWriter.builder().base(BASE).language(LanguageTag.ENGLISH).build();
    /** Texts as language-tagged values in every language. */
    private static final JsonLdWriter EVERY_LANGUAGE = JsonLdWriter.builder().base(BASE).build();
    private static final DatasetMetadata METADATA = DatasetMetadata.builder("test", en("Test"))
            .dateModified(LocalDate.of(2026, 11, 26)).build();

    private static LocalizedText en(String text) {
        return LocalizedText.of("en", text);
    }

    private static Dataset.Builder dataset() {
        return Dataset.builder(METADATA);
    }

    /** Parses expected JSON, {@code ~/} standing for the base IRI. */
    private static JsonNode json(String expected) {
        return GcmJson.standard().read(expected.replace("~/", BASE.toString()), JsonNode.class);
    }

    private static JsonNode graph(JsonLdWriter writer, Dataset dataset) {
        JsonNode document = GcmJson.standard().read(writer.write(dataset), JsonNode.class);
        assertThat(document.get("@context").asString()).isEqualTo("https://schema.org");
        return document.get("@graph");
    }

    /** The node of the graph with that IRI ({@code ~/kind/id}). */
    private static JsonNode node(JsonLdWriter writer, Dataset dataset, String iri) {
        String id = iri.replace("~/", BASE.toString());
        List<JsonNode> nodes = StreamSupport.stream(graph(writer, dataset).spliterator(), false)
                .filter(node -> node.path("@id").asString("").equals(id)).collect(Collectors.toList());
        assertThat(nodes).as("nodes with the IRI %s", id).hasSize(1);
        return nodes.get(0);
    }

    private static JsonNode node(Dataset dataset, String iri) {
        return node(ENGLISH, dataset, iri);
    }

    private static Event.Builder event(String id) {
        return Event.builder(id, en("Event " + id), EventKind.WORKSHOP, LocalDate.of(2023, 3, 7));
    }

    private static JsonNode eventNode(Event event, Dataset.Builder others) {
        return node(others.events(event).build(), "~/event/" + event.id());
    }

    private static JsonNode eventNode(Event event) {
        return eventNode(event, dataset());
    }

    private static final Place GENEVA = new Place(en("Palais des Nations"), null, en("Geneva"), CountryCode.parse("CH"));

    @Nested
    class Documents {

        @Test
        void theWholeDatasetIsOneGraphUnderSchemaOrgsContextWithTheDatasetFirst() {
            Dataset data = dataset().organisations(Organisation.builder("iom", en("IOM"), OrganisationKind.INTERGOVERNMENTAL).build())
                    .states(State.builder("che", en("Switzerland")).build())
                    .build();

            JsonNode graph = graph(ENGLISH, data);

            assertThat(graph.get(0).get("@type").asString()).isEqualTo("Dataset");
            assertThat(StreamSupport.stream(graph.spliterator(), false).map(node -> node.get("@id").asString()))
                    .containsExactly(BASE + "dataset/test", BASE + "organisation/iom", BASE + "state/che");
        }

        @Test
        void oneRecordIsWrittenAsOneNodeBesideTheContext() {
            Dataset data = dataset().states(State.builder("che", en("Switzerland")).build()).build();

            JsonNode document = GcmJson.standard().read(ENGLISH.write(data, "che"), JsonNode.class);

            assertThat(document).isEqualTo(json("""
                    {"@context": "https://schema.org", "@type": "Country", "@id": "~/state/che", "name": "Switzerland"}"""));
        }

        @Test
        void recordsOfSeveralKindsWithOneIdentifierAreAGraphOfThemAll() {
            Dataset data = dataset().events(event("idm").build())
                    .publications(Publication.builder("idm", en("Report")).build())
                    .states(State.builder("other", en("Other")).build())
                    .build();

            JsonNode document = GcmJson.standard().read(ENGLISH.write(data, "idm"), JsonNode.class);

            assertThat(document.get("@context").asString()).isEqualTo("https://schema.org");
            assertThat(document.get("@graph").findValuesAsString("@id"))
                    .containsExactly(BASE + "event/idm", BASE + "publication/idm");
        }

        @Test
        void anObjectiveAndAPrincipleAreSelectedByTheirNumberAndLetter() {
            Dataset data = dataset().objectives(GcmObjective.builder(3, en("Provide information")).build())
                    .guidingPrinciples(new GuidingPrinciple("c", en("Rule of law"), null, List.of()))
                    .build();

            assertThat(GcmJson.standard().read(ENGLISH.write(data, "3"), JsonNode.class).get("@id").asString())
                    .isEqualTo(BASE + "objective/3");
            assertThat(GcmJson.standard().read(ENGLISH.write(data, "c"), JsonNode.class).get("@id").asString())
                    .isEqualTo(BASE + "guiding-principle/c");
        }

        @Test
        void anIdentifierNoRecordHasIsRefusedNamingTheDataset() {
            Dataset data = dataset().events(event("idm").build()).build();

            assertThatThrownBy(() -> ENGLISH.write(data, "idn"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the dataset test has no record with the id 'idn'");
            assertThatThrownBy(() -> ENGLISH.write(data, "test")).as("the dataset itself is no record")
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void theStandardWriterUsesTheDefaultBaseAndEveryLanguage() {
            Dataset data = dataset().states(State.builder("che", LocalizedText.of("en", "Switzerland", "fr", "Suisse")).build()).build();

            JsonNode document = GcmJson.standard().read(JsonLdWriter.standard().write(data, "che"), JsonNode.class);

            assertThat(document.get("@id").asString()).isEqualTo(JsonLdWriter.DEFAULT_BASE + "state/che")
                    .isEqualTo("https://gcmdata.github.io/gcm-reference-data/id/state/che");
            assertThat(document.get("name")).isEqualTo(json("""
                    [{"@value": "Switzerland", "@language": "en"}, {"@value": "Suisse", "@language": "fr"}]"""));
        }

        @Test
        void aBaseThatIsNotAbsoluteOrDoesNotEndWithASlashIsRefused() {
            assertThatThrownBy(() -> JsonLdWriter.builder().base(URI.create("https://data.example.org/gcm")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end with '/'");
            assertThatThrownBy(() -> JsonLdWriter.builder().base(URI.create("gcm/")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absolute");
        }
    }

    @Nested
    class Texts {

        @Test
        void aTextInOneLanguageIsOneTaggedValueAndInSeveralAnArrayOfThem() {
            Dataset data = dataset().states(State.builder("che", en("Switzerland")).build(),
                    State.builder("fra", LocalizedText.of("en", "France", "es", "Francia")).build()).build();

            assertThat(node(EVERY_LANGUAGE, data, "~/state/che").get("name"))
                    .isEqualTo(json("{\"@value\": \"Switzerland\", \"@language\": \"en\"}"));
            assertThat(node(EVERY_LANGUAGE, data, "~/state/fra").get("name")).isEqualTo(json("""
                    [{"@value": "France", "@language": "en"}, {"@value": "Francia", "@language": "es"}]"""));
        }

        @Test
        void aWriterInOneLanguageWritesPlainStringsFallingBackToEnglish() {
            JsonLdWriter french = JsonLdWriter.builder().base(BASE).language(LanguageTag.FRENCH).build();
            Dataset data = dataset().states(State.builder("che", LocalizedText.of("en", "Switzerland", "fr", "Suisse")).build(),
                    State.builder("deu", LocalizedText.of("en", "Germany", "de", "Deutschland")).build(),
                    State.builder("aut", LocalizedText.of("de", "Österreich")).build()).build();

            assertThat(node(french, data, "~/state/che").get("name").asString()).isEqualTo("Suisse");
            assertThat(node(french, data, "~/state/deu").get("name").asString()).isEqualTo("Germany");
            assertThat(node(french, data, "~/state/aut").get("name").asString()).as("else any language it has")
                    .isEqualTo("Österreich");
        }
    }

    @Nested
    class DatasetNode {

        @Test
        void theDatasetCarriesItsMetadataAndItsSourcesAsWorksItIsBasedOn() {
            DatasetMetadata metadata = DatasetMetadata.builder("gcm-2026", en("GCM data"))
                    .description(en("Reference data of the GCM"))
                    .version("1.2.0")
                    .dateModified(LocalDate.of(2026, 11, 22))
                    .license("CC-BY-4.0")
                    .sources(new Source(Url.parse("https://example.org/page"), "A page", "What it gave", null),
                            new Source(null, "Reference facts", null, null))
                    .build();

            JsonNode node = node(Dataset.builder(metadata).build(), "~/dataset/gcm-2026");

            assertThat(node).isEqualTo(json("""
                    {"@type": "Dataset", "@id": "~/dataset/gcm-2026", "identifier": "gcm-2026",
                     "name": "GCM data", "description": "Reference data of the GCM", "version": "1.2.0",
                     "dateModified": "2026-11-22", "license": "CC-BY-4.0",
                     "isBasedOn": [
                       {"@type": "CreativeWork", "url": "https://example.org/page", "name": "A page", "description": "What it gave"},
                       {"@type": "CreativeWork", "name": "Reference facts"}]}"""));
        }
    }

    @Nested
    class Agents {

        @Test
        void anOrganisationCarriesItsNamesPlaceParentUnitsAndContacts() {
            Organisation iom = Organisation.builder("iom", en("International Organization for Migration"), OrganisationKind.INTERGOVERNMENTAL)
                    .alternateName(en("IOM"))
                    .description(en("The UN migration agency"))
                    .foundingDate(PartialDate.parse("1951"))
                    .headquarters(new Place(null, en("17 route des Morillons"), en("Geneva"), CountryCode.parse("CH")))
                    .parentOrganization(AgentRef.organisation("un"))
                    .url(Url.parse("https://www.iom.int"))
                    .identifiers(new Identifier("wikidata", "Q206127"))
                    .units(new OrganisationalUnit("gmdac", en("Global Migration Data Analysis Centre"),
                            List.of(new OrganisationalUnit("gmdac-berlin", en("Berlin office"), List.of()))))
                    .contactPoints(new ContactPoint(ContactType.PRESS, en("Media"), EmailAddress.parse("media@iom.int"),
                            null, null, null, null))
                    .build();
            Organisation un = Organisation.builder("un", en("United Nations"), OrganisationKind.INTERGOVERNMENTAL).build();

            JsonNode node = node(dataset().organisations(iom, un).build(), "~/organisation/iom");

            assertThat(node).isEqualTo(json("""
                    {"@type": "Organization", "@id": "~/organisation/iom",
                     "name": "International Organization for Migration", "alternateName": "IOM",
                     "description": "The UN migration agency", "foundingDate": "1951",
                     "location": {"@type": "Place", "address": ["17 route des Morillons",
                         {"@type": "PostalAddress", "addressLocality": "Geneva", "addressCountry": "CH"}]},
                     "parentOrganization": {"@type": "Organization", "@id": "~/organisation/un", "name": "United Nations"},
                     "url": "https://www.iom.int",
                     "identifier": [{"@type": "PropertyValue", "propertyID": "wikidata", "value": "Q206127"}],
                     "department": [{"@type": "Organization", "@id": "~/unit/gmdac", "name": "Global Migration Data Analysis Centre",
                         "department": [{"@type": "Organization", "@id": "~/unit/gmdac-berlin", "name": "Berlin office"}]}],
                     "contactPoint": [{"@type": "ContactPoint", "contactType": "press", "name": "Media", "email": "media@iom.int"}]}"""));
        }

        @Test
        void schemaOrgHasTypesForGovernmentBodiesAndNgosOnly() {
            Dataset data = dataset().organisations(
                    Organisation.builder("gov", en("Ministry"), OrganisationKind.GOVERNMENT_BODY).build(),
                    Organisation.builder("ngo", en("Caritas"), OrganisationKind.CIVIL_SOCIETY).build(),
                    Organisation.builder("uni", en("University"), OrganisationKind.ACADEMIC).build()).build();

            assertThat(node(data, "~/organisation/gov")).isEqualTo(json("""
                    {"@type": "GovernmentOrganization", "@id": "~/organisation/gov", "name": "Ministry"}"""));
            assertThat(node(data, "~/organisation/ngo").get("@type").asString()).isEqualTo("NGO");
            assertThat(node(data, "~/organisation/uni").get("@type").asString()).isEqualTo("Organization");
        }

        @Test
        void aStateIsACountryWithItsIsoCodes() {
            Dataset data = dataset().states(State.builder("che", en("Switzerland")).alpha2(CountryCode.parse("CH"))
                    .alpha3(CountryCode.parse("CHE")).numeric(CountryCode.parse("756")).build(),
                    State.builder("kos", en("Kosovo")).alpha3(CountryCode.parse("XKX")).build()).build();

            assertThat(node(data, "~/state/che")).isEqualTo(json("""
                    {"@type": "Country", "@id": "~/state/che", "name": "Switzerland", "identifier": [
                      {"@type": "PropertyValue", "propertyID": "ISO 3166-1 alpha-2", "value": "CH"},
                      {"@type": "PropertyValue", "propertyID": "ISO 3166-1 alpha-3", "value": "CHE"},
                      {"@type": "PropertyValue", "propertyID": "ISO 3166-1 numeric", "value": "756"}]}"""));
            assertThat(node(data, "~/state/kos").get("identifier")).isEqualTo(json("""
                    [{"@type": "PropertyValue", "propertyID": "ISO 3166-1 alpha-3", "value": "XKX"}]"""));
        }

        @Test
        void aStateWithoutCodesHasNoIdentifier() {
            assertThat(node(dataset().states(State.builder("x", en("X")).build()).build(), "~/state/x")).isEqualTo(json("""
                    {"@type": "Country", "@id": "~/state/x", "name": "X"}"""));
        }

        @Test
        void aPersonCarriesNamesTitlesDistinctAffiliationsContactsAndIdentifiers() {
            Person person = Person.builder("amy-pope", "Amy Pope").givenName("Amy").familyName("Pope").honorificPrefix("Ms")
                    .positions(new Position(en("Director General"), AgentRef.organisation("iom"), null, PartialDate.parse("2023"), null),
                            new Position(en("Deputy Director General"), AgentRef.organisation("iom"), null, null, null),
                            new Position(null, AgentRef.state("usa"), null, null, null))
                    .contactPoints(new ContactPoint(null, null, null, null, null, null, Url.parse("https://example.org/contact")))
                    .identifiers(new Identifier("orcid", "0000-0002-1825-0097"))
                    .build();

            JsonNode node = node(dataset().persons(person).build(), "~/person/amy-pope");

            assertThat(node).isEqualTo(json("""
                    {"@type": "Person", "@id": "~/person/amy-pope", "name": "Amy Pope", "givenName": "Amy",
                     "familyName": "Pope", "honorificPrefix": "Ms",
                     "jobTitle": ["Director General", "Deputy Director General"],
                     "affiliation": [{"@type": "Organization", "@id": "~/organisation/iom"},
                                     {"@type": "Country", "@id": "~/state/usa"}],
                     "contactPoint": [{"@type": "ContactPoint", "url": "https://example.org/contact"}],
                     "identifier": [{"@type": "PropertyValue", "propertyID": "orcid", "value": "0000-0002-1825-0097"}]}"""));
        }

        @Test
        void aPersonWithoutPositionsHasNoJobTitleNorAffiliation() {
            assertThat(node(dataset().persons(Person.builder("p", "P. Q.").build()).build(), "~/person/p")).isEqualTo(json("""
                    {"@type": "Person", "@id": "~/person/p", "name": "P. Q."}"""));
        }

        @Test
        void aMembershipIsAnOrganizationRoleBetweenTheMemberAndTheOrganisation() {
            Membership membership = Membership.builder(AgentRef.state("che"), "iom").id("che-in-iom")
                    .role(MembershipRole.OBSERVER).startDate(PartialDate.parse("1954")).endDate(PartialDate.parse("1956"))
                    .build();
            Dataset data = dataset().memberships(membership)
                    .states(State.builder("che", en("Switzerland")).build())
                    .organisations(Organisation.builder("iom", en("IOM"), OrganisationKind.INTERGOVERNMENTAL).build()).build();

            assertThat(node(data, "~/membership/che-in-iom")).isEqualTo(json("""
                    {"@type": "OrganizationRole", "@id": "~/membership/che-in-iom", "roleName": "observer",
                     "startDate": "1954", "endDate": "1956",
                     "member": {"@type": "Country", "@id": "~/state/che", "name": "Switzerland"},
                     "@reverse": {"member": {"@type": "Organization", "@id": "~/organisation/iom", "name": "IOM"}}}"""));
        }

        @Test
        void aMembershipWithoutIdOrRoleIsABlankNodeWithoutRoleName() {
            Dataset data = dataset().memberships(Membership.builder(AgentRef.person("p"), "iom").build()).build();

            assertThat(graph(ENGLISH, data).get(1)).isEqualTo(json("""
                    {"@type": "OrganizationRole", "member": {"@type": "Person", "@id": "~/person/p"},
                     "@reverse": {"member": {"@type": "Organization", "@id": "~/organisation/iom"}}}"""));
        }
    }

    @Nested
    class ContactPoints {

        private JsonNode contact(ContactPoint contact) {
            Dataset data = dataset().persons(Person.builder("p", "P").contactPoints(contact).build()).build();
            return node(data, "~/person/p").get("contactPoint").get(0);
        }

        @Test
        void oneTelephoneIsAStringInE164AndTheFaxToo() {
            assertThat(contact(new ContactPoint(ContactType.GENERAL, null, null, PhoneNumber.of("022 717 91 11", "+41227179111"),
                    null, PhoneNumber.inCountry("022 798 61 50", CountryCode.parse("CH")), null))).isEqualTo(json("""
                    {"@type": "ContactPoint", "contactType": "general", "telephone": "+41227179111",
                     "faxNumber": "+41227986150"}"""));
        }

        @Test
        void aMobileAloneIsTheTelephoneAndANumberWithoutCountryIsAsPrinted() {
            assertThat(contact(new ContactPoint(null, null, null, null, PhoneNumber.asPrinted("ext. 7181"), null, null)))
                    .isEqualTo(json("{\"@type\": \"ContactPoint\", \"telephone\": \"ext. 7181\"}"));
        }

        @Test
        void anOfficeLineAndAMobileAreTwoTelephones() {
            assertThat(contact(new ContactPoint(null, null, null, PhoneNumber.of("022 717 91 11", "+41227179111"),
                    PhoneNumber.of("079 701 60 54", "+41797016054"), null, null)).get("telephone"))
                    .isEqualTo(json("[\"+41227179111\", \"+41797016054\"]"));
        }

        @Test
        void aContactWithoutNumbersHasNoTelephone() {
            assertThat(contact(new ContactPoint(ContactType.REGISTRATION, en("Desk"), null, null, null, null, null)))
                    .isEqualTo(json("{\"@type\": \"ContactPoint\", \"contactType\": \"registration\", \"name\": \"Desk\"}"));
        }
    }

    @Nested
    class Places {

        private JsonNode place(Place place) {
            return eventNode(event("e").attendanceMode(AttendanceMode.IN_PERSON).location(place).build()).get("location");
        }

        @Test
        void aCityAndCountryAreAPostalAddress() {
            assertThat(place(GENEVA)).isEqualTo(json("""
                    {"@type": "Place", "name": "Palais des Nations",
                     "address": {"@type": "PostalAddress", "addressLocality": "Geneva", "addressCountry": "CH"}}"""));
        }

        @Test
        void aCountryAloneIsAPostalAddressWithoutLocality() {
            assertThat(place(new Place(null, null, null, CountryCode.parse("MA")))).isEqualTo(json("""
                    {"@type": "Place", "address": {"@type": "PostalAddress", "addressCountry": "MA"}}"""));
        }

        @Test
        void aCityAloneIsAPostalAddressWithoutCountry() {
            assertThat(place(new Place(null, null, en("Rabat"), null))).isEqualTo(json("""
                    {"@type": "Place", "address": {"@type": "PostalAddress", "addressLocality": "Rabat"}}"""));
        }

        @Test
        void aPrintedAddressAloneIsATextAddress() {
            assertThat(place(new Place(null, en("1 UN Plaza, New York"), null, null))).isEqualTo(json("""
                    {"@type": "Place", "address": "1 UN Plaza, New York"}"""));
        }

        @Test
        void aNameAloneHasNoAddress() {
            assertThat(place(new Place(en("Online"), null, null, null))).isEqualTo(json("""
                    {"@type": "Place", "name": "Online"}"""));
        }
    }

    @Nested
    class Events {

        @Test
        void anEventOfADayWithItsTimesStartsAndEndsOnThatDayInItsTimeZone() {
            JsonNode node = eventNode(event("e").startTime(LocalTime.of(10, 0)).endTime(LocalTime.of(13, 30))
                    .timeZone(ZoneId.of("Europe/Zurich")).build());

            assertThat(node.get("startDate").asString()).isEqualTo("2023-03-07T10:00+01:00");
            assertThat(node.get("endDate").asString()).isEqualTo("2023-03-07T13:30+01:00");
        }

        /** Validation reports a time without a zone (EVENT_TIME_WITHOUT_ZONE); the writer still writes what the data says. */
        @Test
        void anEventWithTimesButNoTimeZoneHasLocalDateTimes() {
            JsonNode node = eventNode(event("e").startTime(LocalTime.of(10, 0)).endTime(LocalTime.of(13, 0))
                    .endDate(PartialDate.parse("2023-03-08")).build());

            assertThat(node.get("startDate").asString()).isEqualTo("2023-03-07T10:00");
            assertThat(node.get("endDate").asString()).isEqualTo("2023-03-08T13:00");
        }

        @Test
        void anEventWithoutTimesHasItsDates() {
            JsonNode node = eventNode(event("e").endDate(PartialDate.parse("2023-03-09")).build());

            assertThat(node).isEqualTo(json("""
                    {"@type": "Event", "@id": "~/event/e", "name": "Event e", "startDate": "2023-03-07", "endDate": "2023-03-09"}"""));
        }

        @Test
        void anEventKnownToTheMonthHasNoTimeEvenWithTimes() {
            JsonNode node = eventNode(Event.builder("e", en("E"), EventKind.WORKSHOP, PartialDate.parse("2017-09"))
                    .endDate(PartialDate.parse("2017-10")).startTime(LocalTime.of(9, 0)).endTime(LocalTime.of(17, 0))
                    .timeZone(ZoneId.of("Europe/Zurich")).build());

            assertThat(node.get("startDate").asString()).isEqualTo("2017-09");
            assertThat(node.get("endDate").asString()).isEqualTo("2017-10");
        }

        @Test
        void anEventOfOneDayWithoutEndTimeHasNoEnd() {
            assertThat(eventNode(event("e").startTime(LocalTime.of(10, 0)).build()).has("endDate")).isFalse();
        }

        @Test
        void anEventWhoseEndIsUnknownHasNoEndEvenWithAnEndTime() {
            assertThat(eventNode(event("e").startTime(LocalTime.of(10, 0)).endTime(LocalTime.of(12, 0))
                    .endDateUnknown(true).build()).has("endDate")).isFalse();
        }

        @Test
        void theAttendanceModeIsSchemaOrgsAndTheLocationFollowsIt() {
            Event inPerson = event("in-person").attendanceMode(AttendanceMode.IN_PERSON).location(GENEVA).build();
            Event online = event("online").attendanceMode(AttendanceMode.ONLINE).location(GENEVA).build();
            Event hybrid = event("hybrid").attendanceMode(AttendanceMode.HYBRID).location(GENEVA).build();
            Event hybridNowhere = event("hybrid-nowhere").attendanceMode(AttendanceMode.HYBRID).build();
            Event unsaid = event("unsaid").location(GENEVA).build();
            Dataset data = dataset().events(inPerson, online, hybrid, hybridNowhere, unsaid).build();
            JsonNode place = json("""
                    {"@type": "Place", "name": "Palais des Nations",
                     "address": {"@type": "PostalAddress", "addressLocality": "Geneva", "addressCountry": "CH"}}""");
            JsonNode virtual = json("{\"@type\": \"VirtualLocation\"}");

            assertThat(node(data, "~/event/in-person").get("eventAttendanceMode").asString())
                    .isEqualTo("https://schema.org/OfflineEventAttendanceMode");
            assertThat(node(data, "~/event/in-person").get("location")).isEqualTo(place);
            assertThat(node(data, "~/event/online").get("eventAttendanceMode").asString())
                    .isEqualTo("https://schema.org/OnlineEventAttendanceMode");
            assertThat(node(data, "~/event/online").get("location")).isEqualTo(virtual);
            assertThat(node(data, "~/event/hybrid").get("eventAttendanceMode").asString())
                    .isEqualTo("https://schema.org/MixedEventAttendanceMode");
            assertThat(node(data, "~/event/hybrid").get("location")).isEqualTo(json("[" + place + ", " + virtual + "]"));
            assertThat(node(data, "~/event/hybrid-nowhere").get("location")).isEqualTo(virtual);
            assertThat(node(data, "~/event/unsaid").has("eventAttendanceMode")).isFalse();
            assertThat(node(data, "~/event/unsaid").get("location")).isEqualTo(place);
        }

        @Test
        void anEventInPersonWithoutPlaceHasNoLocation() {
            assertThat(eventNode(event("e").attendanceMode(AttendanceMode.IN_PERSON).build()).has("location")).isFalse();
        }

        @Test
        void anEventCarriesItsTextsCoverageOrganisersAndPerformers() {
            Event event = event("e").alternateName(en("E")).description(en("What it was"))
                    .spatialCoverage(new Place(en("West Africa"), null, null, null))
                    .organizers(AgentRef.organisation("iom")).performers(AgentRef.person("p"))
                    .build();
            Dataset.Builder others = dataset().organisations(Organisation.builder("iom", en("IOM"), OrganisationKind.INTERGOVERNMENTAL).build())
                    .persons(Person.builder("p", "A. Speaker").build());

            assertThat(eventNode(event, others)).isEqualTo(json("""
                    {"@type": "Event", "@id": "~/event/e", "name": "Event e", "alternateName": "E",
                     "description": "What it was", "startDate": "2023-03-07",
                     "spatialCoverage": [{"@type": "Place", "name": "West Africa"}],
                     "organizer": [{"@type": "Organization", "@id": "~/organisation/iom", "name": "IOM"}],
                     "performer": [{"@type": "Person", "@id": "~/person/p", "name": "A. Speaker"}]}"""));
        }

        @Test
        void fundersSponsorsAndAttendeesHaveSchemaOrgsPropertiesAndEveryOtherPartIsAContributorRole() {
            Event event = event("e").participants(Participation.of(AgentRef.state("usa"), ParticipationRole.FUNDER),
                    Participation.of(AgentRef.organisation("sdc"), ParticipationRole.SPONSOR),
                    Participation.of(AgentRef.person("p"), ParticipationRole.ATTENDEE),
                    new Participation(AgentRef.organisation("iom"), ParticipationRole.HOST, null, en("as host country office")),
                    Participation.of(AgentRef.organisation("ilo"), ParticipationRole.PARTNER),
                    Participation.of(AgentRef.state("che"), ParticipationRole.FUNDER)).build();

            JsonNode node = eventNode(event);

            assertThat(node.get("funder")).isEqualTo(json("""
                    [{"@type": "Country", "@id": "~/state/usa"}, {"@type": "Country", "@id": "~/state/che"}]"""));
            assertThat(node.get("sponsor")).isEqualTo(json("[{\"@type\": \"Organization\", \"@id\": \"~/organisation/sdc\"}]"));
            assertThat(node.get("attendee")).isEqualTo(json("[{\"@type\": \"Person\", \"@id\": \"~/person/p\"}]"));
            assertThat(node.get("contributor")).isEqualTo(json("""
                    [{"@type": "Role", "roleName": "host", "description": "as host country office",
                      "contributor": {"@type": "Organization", "@id": "~/organisation/iom"}},
                     {"@type": "Role", "roleName": "partner", "contributor": {"@type": "Organization", "@id": "~/organisation/ilo"}}]"""));
        }

        @Test
        void theAudienceIsATypeEachAndThePrintedAudience() {
            JsonNode node = eventNode(event("e").audience(List.of(AudienceType.GOVERNMENTS, AudienceType.CIVIL_SOCIETY))
                    .audienceAsPrinted(en("Open to all")).build());

            assertThat(node.get("audience")).isEqualTo(json("""
                    [{"@type": "Audience", "audienceType": "governments"},
                     {"@type": "Audience", "audienceType": "civil_society"},
                     {"@type": "Audience", "description": "Open to all"}]"""));
        }

        @Test
        void aPrintedAudienceAloneIsTheAudience() {
            assertThat(eventNode(event("e").audienceAsPrinted(en("Youth")).build()).get("audience"))
                    .isEqualTo(json("[{\"@type\": \"Audience\", \"description\": \"Youth\"}]"));
        }

        @Test
        void aRegistrationIsAnOfferFromItsOpeningToItsDeadlineInItsTimeZone() {
            Registration registration = new Registration(Url.parse("https://example.org/register"), null,
                    PartialDate.parse("2023-02-01"), LocalDateTime.of(2023, 3, 1, 17, 0), ZoneId.of("America/New_York"),
                    en("Member states"));

            assertThat(eventNode(event("e").registration(registration).build()).get("offers")).isEqualTo(json("""
                    {"@type": "Offer", "url": "https://example.org/register", "availabilityStarts": "2023-02-01",
                     "availabilityEnds": "2023-03-01T17:00-05:00", "description": "Member states"}"""));
        }

        @Test
        void aDeadlineWithoutTimeZoneIsLocalAndARegistrationWithoutOneHasNoEnd() {
            Registration local = new Registration(null, null, null, LocalDateTime.of(2023, 3, 1, 17, 0), null, null);
            Registration open = new Registration(Url.parse("https://example.org/register"), null, null, null, null, null);

            assertThat(eventNode(event("e").registration(local).build()).get("offers"))
                    .isEqualTo(json("{\"@type\": \"Offer\", \"availabilityEnds\": \"2023-03-01T17:00\"}"));
            assertThat(eventNode(event("e").registration(open).build()).get("offers"))
                    .isEqualTo(json("{\"@type\": \"Offer\", \"url\": \"https://example.org/register\"}"));
        }

        @Test
        void theThemesAreKeywords() {
            JsonNode node = eventNode(event("e").themes(List.of(en("Labour migration"), en("Remittances"))).build());

            assertThat(node.get("keywords")).isEqualTo(json("[\"Labour migration\", \"Remittances\"]"));
        }

        @Test
        void theSuperEventsAreTheEventAndTheSeriesItBelongsTo() {
            Event event = event("e").superEventRef("idm-2018").series(new EventSeriesEntry("idm", null, 45, null)).build();
            Dataset data = dataset().events(event, event("idm-2018").build())
                    .eventSeries(EventSeries.builder("idm", en("International Dialogue on Migration")).build()).build();

            assertThat(node(data, "~/event/e").get("superEvent")).isEqualTo(json("""
                    [{"@type": "Event", "@id": "~/event/idm-2018", "name": "Event idm-2018"},
                     {"@type": "EventSeries", "@id": "~/event-series/idm", "name": "International Dialogue on Migration"}]"""));
        }

        @Test
        void aSeriesKnownByItsNameOnlyIsABlankEventSeries() {
            Event event = event("e").series(new EventSeriesEntry(null, en("Regional reviews"), null, null)).build();

            assertThat(eventNode(event).get("superEvent"))
                    .isEqualTo(json("[{\"@type\": \"EventSeries\", \"name\": \"Regional reviews\"}]"));
        }

        @Test
        void theSubEventsReferredToAreNamedWhereTheDatasetHoldsThem() {
            Event event = event("e").subEventRefs(List.of("a", "b")).build();

            assertThat(node(dataset().events(event, event("a").build()).build(), "~/event/e").get("subEvent")).isEqualTo(json("""
                    [{"@type": "Event", "@id": "~/event/a", "name": "Event a"}, {"@type": "Event", "@id": "~/event/b"}]"""));
        }

        @Test
        void theThemeRecordsAndObjectivesAreWhatTheEventIsAbout() {
            Event event = event("e").theme(en("Migrants in cities"))
                    .about(List.of(RecordRef.to(RecordKind.PROJECT, "imp"), RecordRef.to(RecordKind.GUIDING_PRINCIPLE, "c")))
                    .relatedObjectives(List.of(23)).build();

            assertThat(eventNode(event, dataset().projects(Project.builder("imp", en("IMP workshops")).build())).get("about"))
                    .isEqualTo(json("""
                    [{"@type": "Thing", "name": "Migrants in cities"},
                     {"@type": "Project", "@id": "~/project/imp", "name": "IMP workshops"},
                     {"@type": "DefinedTerm", "@id": "~/guiding-principle/c"},
                     {"@type": "DefinedTerm", "@id": "~/objective/23"}]"""));
        }

        @Test
        void theOutcomePublicationsAndDocumentsAreWhatTheEventIsTheSubjectOf() {
            Link recording = Link.builder(Url.parse("https://example.org/recording")).name(en("Recording"))
                    .inLanguage(List.of(LanguageTag.ENGLISH, LanguageTag.FRENCH)).build();
            Link plain = Link.builder(Url.parse("https://example.org/agenda.pdf")).build();
            Event event = event("e").outcomePublicationRefs(List.of("report", "missing")).documents(List.of(recording, plain)).build();

            assertThat(eventNode(event, dataset().publications(Publication.builder("report", en("Report")).build())).get("subjectOf"))
                    .isEqualTo(json("""
                    [{"@type": "Book", "@id": "~/publication/report", "name": "Report"},
                     {"@type": "Book", "@id": "~/publication/missing"},
                     {"@type": "CreativeWork", "url": "https://example.org/recording", "name": "Recording", "inLanguage": ["en", "fr"]},
                     {"@type": "CreativeWork", "url": "https://example.org/agenda.pdf"}]"""));
        }

        @Test
        void anEventSeriesCarriesItsTextsStartOrganisersAndUrl() {
            EventSeries series = EventSeries.builder("idm", en("International Dialogue on Migration")).alternateName(en("IDM"))
                    .description(en("IOM's policy dialogue")).startDate(PartialDate.parse("2001"))
                    .organizers(AgentRef.organisation("iom")).url(Url.parse("https://www.iom.int/idm")).build();

            assertThat(node(dataset().eventSeries(series).build(), "~/event-series/idm")).isEqualTo(json("""
                    {"@type": "EventSeries", "@id": "~/event-series/idm", "name": "International Dialogue on Migration",
                     "alternateName": "IDM", "description": "IOM's policy dialogue", "startDate": "2001",
                     "organizer": [{"@type": "Organization", "@id": "~/organisation/iom"}], "url": "https://www.iom.int/idm"}"""));
        }

        @Test
        void aVoteIsAnEventOrganisedByTheBodyAboutTheDocument() {
            VoteEvent vote = VoteEvent.builder("gcm-vote", "unga", LocalDate.of(2018, 12, 19))
                    .documentRef(UnDocumentSymbol.parse("A/RES/73/195")).build();

            assertThat(node(dataset().voteEvents(vote).build(), "~/vote-event/gcm-vote")).isEqualTo(json("""
                    {"@type": "Event", "@id": "~/vote-event/gcm-vote", "identifier": "gcm-vote", "startDate": "2018-12-19",
                     "organizer": {"@type": "Organization", "@id": "~/organisation/unga"},
                     "about": {"@type": "CreativeWork", "@id": "~/document/A/RES/73/195"}}"""));
        }
    }

    @Nested
    class Agendas {

        private final ZoneId newYork = ZoneId.of("America/New_York");

        private AgendaItem.Builder item(int hour) {
            return AgendaItem.builder(AgendaItemKind.PANEL).startTime(LocalTime.of(hour, 0)).endTime(LocalTime.of(hour + 1, 30));
        }

        @Test
        void aTimedItemIsASubEventAtItsInstantWithTheEventsModeAndPlace() {
            Event event = event("s").timeZone(newYork).attendanceMode(AttendanceMode.IN_PERSON).location(GENEVA)
                    .agenda(List.of(new AgendaDay(LocalDate.of(2022, 2, 28), en("Partnerships"),
                            List.of(item(9).number(1).name(en("Opening")).build()))))
                    .build();

            assertThat(eventNode(event).get("subEvent")).isEqualTo(json("""
                    [{"@type": "Event", "@id": "~/event/s#2022-02-28T0900", "name": "Opening",
                      "startDate": "2022-02-28T09:00-05:00", "endDate": "2022-02-28T10:30-05:00",
                      "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
                      "location": {"@type": "Place", "name": "Palais des Nations",
                          "address": {"@type": "PostalAddress", "addressLocality": "Geneva", "addressCountry": "CH"}},
                      "position": 1,
                      "about": {"@type": "Thing", "name": "Partnerships"}}]"""));
        }

        @Test
        void anUntimedItemIsOnItsDayAndTwoItemsWithOneKeyAreNumbered() {
            Event event = event("s").agenda(List.of(new AgendaDay(LocalDate.of(2022, 3, 1), null, List.of(
                    AgendaItem.builder(AgendaItemKind.SESSION).name(en("Morning")).build(),
                    AgendaItem.builder(AgendaItemKind.SESSION).name(en("Afternoon")).build()))))
                    .build();

            assertThat(eventNode(event).get("subEvent")).isEqualTo(json("""
                    [{"@type": "Event", "@id": "~/event/s#2022-03-01", "name": "Morning", "startDate": "2022-03-01"},
                     {"@type": "Event", "@id": "~/event/s#2022-03-01-2", "name": "Afternoon", "startDate": "2022-03-01"}]"""));
        }

        @Test
        void theSubEventsReferredToComeBeforeTheAgenda() {
            Event event = event("s").subEventRefs(List.of("side")).agenda(List.of(new AgendaDay(LocalDate.of(2022, 3, 1), null,
                    List.of(AgendaItem.builder(AgendaItemKind.BREAK).build())))).build();

            assertThat(eventNode(event).get("subEvent").findValuesAsString("@id"))
                    .containsExactly(BASE + "event/side", BASE + "event/s#2022-03-01");
        }

        @Test
        void moderatorsAndSpeakersWithARoleArePerformanceRolesAndOthersPersons() {
            Speaker moderator = new Speaker("chair", "The Chair", en("Ambassador"), null, null);
            Speaker keynote = new Speaker("amy-pope", null, null, null, SpeakerRole.KEYNOTE);
            Speaker plain = new Speaker("unknown", null, en("Researcher"), null, null);
            Event event = event("s").timeZone(newYork).agenda(List.of(new AgendaDay(LocalDate.of(2022, 2, 28), null,
                    List.of(item(9).moderators(moderator).speakers(keynote, plain).build())))).build();

            JsonNode performers = eventNode(event, dataset().persons(Person.builder("amy-pope", "Amy Pope").build()))
                    .get("subEvent").get(0).get("performer");

            assertThat(performers).isEqualTo(json("""
                    [{"@type": "PerformanceRole", "roleName": "moderator",
                      "performer": {"@type": "Person", "@id": "~/person/chair", "name": "The Chair", "jobTitle": "Ambassador"}},
                     {"@type": "PerformanceRole", "roleName": "keynote",
                      "performer": {"@type": "Person", "@id": "~/person/amy-pope", "name": "Amy Pope"}},
                     {"@type": "Person", "@id": "~/person/unknown", "jobTitle": "Researcher"}]"""));
        }

        @Test
        void theNamePrintedInTheAgendaIsKeptOverTheRecordsName() {
            Event event = event("s").agenda(List.of(new AgendaDay(LocalDate.of(2022, 2, 28), null, List.of(
                    AgendaItem.builder(AgendaItemKind.KEYNOTE).speakers(new Speaker("amy-pope", "Ms Amy Pope (IOM)", null, null, null))
                            .build())))).build();

            JsonNode speaker = eventNode(event, dataset().persons(Person.builder("amy-pope", "Amy Pope").build()))
                    .get("subEvent").get(0).get("performer").get(0);

            assertThat(speaker.get("name").asString()).isEqualTo("Ms Amy Pope (IOM)");
        }
    }

    @Nested
    class Publications {

        private final Organisation iom = Organisation.builder("iom", en("IOM"), OrganisationKind.INTERGOVERNMENTAL).build();

        @Test
        void aPublicationCarriesItsImprintTextsLanguagesAndIdentifiers() {
            Publication book = Publication.builder("wmr", en("World Migration Report")).genre(PublicationGenre.REPORT)
                    .datePublished(PartialDate.parse("2024-05")).publisherRefs(List.of("iom"))
                    .publicationPlace(en("Geneva")).copyrightHolder(AgentRef.organisation("iom")).copyrightYear(2024)
                    .license("CC BY-NC-ND 3.0 IGO").abstractText(en("The flagship report"))
                    .inLanguage(List.of(LanguageTag.ENGLISH, LanguageTag.SPANISH))
                    .themes(List.of(en("Migration data")))
                    .spatialCoverage(List.of(new Place(en("World"), null, null, null)))
                    .publisherReference("WMR-2024").doi(Doi.parse("10.1002/wom3.40"))
                    .build();

            assertThat(node(dataset().publications(book).organisations(iom).build(), "~/publication/wmr")).isEqualTo(json("""
                    {"@type": "Book", "@id": "~/publication/wmr", "name": "World Migration Report", "genre": "report",
                     "datePublished": "2024-05",
                     "publisher": [{"@type": "Organization", "@id": "~/organisation/iom", "name": "IOM"}],
                     "locationCreated": {"@type": "Place", "name": "Geneva"},
                     "copyrightHolder": {"@type": "Organization", "@id": "~/organisation/iom", "name": "IOM"},
                     "copyrightYear": 2024, "license": "CC BY-NC-ND 3.0 IGO", "abstract": "The flagship report",
                     "inLanguage": ["en", "es"], "keywords": ["Migration data"],
                     "spatialCoverage": [{"@type": "Place", "name": "World"}],
                     "identifier": [{"@type": "PropertyValue", "propertyID": "publisherReference", "value": "WMR-2024"},
                                    {"@type": "PropertyValue", "propertyID": "doi", "value": "10.1002/wom3.40"}],
                     "sameAs": "https://doi.org/10.1002/wom3.40"}"""));
        }

        @Test
        void aPublisherReferenceAloneIsTheOnlyIdentifierAndNoSameAs() {
            Publication book = Publication.builder("p", en("P")).publisherReference("MRS 59").build();

            JsonNode node = node(dataset().publications(book).build(), "~/publication/p");

            assertThat(node.get("identifier")).isEqualTo(json("""
                    [{"@type": "PropertyValue", "propertyID": "publisherReference", "value": "MRS 59"}]"""));
            assertThat(node.has("sameAs")).isFalse();
        }

        @Test
        void aPublicationOfTheDatasetsSeriesIsAnIssueOfItsPeriodical() {
            PublicationSeries idm = PublicationSeries.builder("idm", en("International Dialogue on Migration"))
                    .issns(new SeriesIssn(LanguageTag.ENGLISH, Issn.parse("1726-2224"))).build();
            Publication issue = Publication.builder("idm-28", en("Partnerships")).series(new PublicationSeriesEntry("idm", "28")).build();

            assertThat(node(dataset().publications(issue).publicationSeries(idm).build(), "~/publication/idm-28")).isEqualTo(json("""
                    {"@type": ["Book", "PublicationIssue"], "@id": "~/publication/idm-28", "name": "Partnerships",
                     "isPartOf": {"@type": "Periodical", "@id": "~/publication-series/idm",
                                  "name": "International Dialogue on Migration", "issn": "1726-2224"},
                     "issueNumber": "28"}"""));
        }

        @Test
        void aSeriesTheDatasetDoesNotHoldIsAPeriodicalByItsIri() {
            Publication issue = Publication.builder("mrs-59", en("Migration")).series(new PublicationSeriesEntry("mrs", "59")).build();

            assertThat(node(dataset().publications(issue).build(), "~/publication/mrs-59").get("isPartOf"))
                    .isEqualTo(json("{\"@type\": \"Periodical\", \"@id\": \"~/publication-series/mrs\"}"));
        }

        @Test
        void contributorsAreUnderSchemaOrgsPropertyForTheirRoleInTheOrderOfTheRoles() {
            Publication book = Publication.builder("p", en("P")).contributors(List.of(
                    new Contributor(AgentRef.person("ed"), ContributorRole.EDITOR),
                    new Contributor(AgentRef.person("a1"), ContributorRole.AUTHOR),
                    new Contributor(AgentRef.person("photo"), ContributorRole.PHOTOGRAPHER),
                    new Contributor(AgentRef.person("a2"), ContributorRole.AUTHOR),
                    new Contributor(AgentRef.person("tr"), ContributorRole.TRANSLATOR),
                    new Contributor(AgentRef.state("che"), ContributorRole.COMMISSIONER),
                    new Contributor(AgentRef.person("c"), ContributorRole.CONTRIBUTOR))).build();

            JsonNode node = node(dataset().publications(book).build(), "~/publication/p");

            assertThat(node.properties().stream().map(Map.Entry::getKey))
                    .containsExactly("@type", "@id", "name", "author", "editor", "contributor", "translator", "sponsor");
            assertThat(node.get("author").findValuesAsString("@id")).containsExactly(BASE + "person/a1", BASE + "person/a2");
            assertThat(node.get("editor").findValuesAsString("@id")).containsExactly(BASE + "person/ed");
            assertThat(node.get("contributor").findValuesAsString("@id"))
                    .containsExactlyInAnyOrder(BASE + "person/photo", BASE + "person/c");
            assertThat(node.get("translator").findValuesAsString("@id")).containsExactly(BASE + "person/tr");
            assertThat(node.get("sponsor")).isEqualTo(json("[{\"@type\": \"Country\", \"@id\": \"~/state/che\"}]"));
        }

        @Test
        void anImageCarriesItsCaptionCreatorsCreditAndCopyright() {
            Publication book = Publication.builder("p", en("P")).images(List.of(new ImageObject(en("Migrants on a road"),
                    List.of(AgentRef.person("photo")), en("© IOM 2022"), AgentRef.organisation("iom"), 2022))).build();

            assertThat(node(dataset().publications(book).build(), "~/publication/p").get("image")).isEqualTo(json("""
                    [{"@type": "ImageObject", "caption": "Migrants on a road",
                      "creator": [{"@type": "Person", "@id": "~/person/photo"}], "creditText": "© IOM 2022",
                      "copyrightHolder": {"@type": "Organization", "@id": "~/organisation/iom"}, "copyrightYear": 2022}]"""));
        }

        @Test
        void eventsObjectivesAndRecordsAreWhatThePublicationIsAbout() {
            Publication book = Publication.builder("p", en("P")).eventRefs(List.of("idm-2018")).relatedObjectives(List.of(7))
                    .about(List.of(RecordRef.to(RecordKind.DOCUMENT, "gcm"))).build();

            assertThat(node(dataset().publications(book).build(), "~/publication/p").get("about")).isEqualTo(json("""
                    [{"@type": "Event", "@id": "~/event/idm-2018"}, {"@type": "DefinedTerm", "@id": "~/objective/7"},
                     {"@type": "CreativeWork", "@id": "~/document/gcm"}]"""));
        }

        @Test
        void aCitationIsTheDocumentItNamesByIdOrBySymbolOrABlankWork() {
            UnDocument gcm = UnDocument.builder(DocumentKind.RESOLUTION).id("gcm").symbol(UnDocumentSymbol.parse("A/RES/73/195"))
                    .name(en("Global Compact for Migration")).build();
            Publication book = Publication.builder("p", en("P")).citations(List.of(
                    new DocumentReference(null, "gcm", null, null),
                    new DocumentReference(UnDocumentSymbol.parse("A/RES/73/195"), null, "para. 4", null),
                    new DocumentReference(UnDocumentSymbol.parse("A/RES/71/1"), null, null, null),
                    new DocumentReference(null, null, null, en("safe, orderly and regular")))).build();

            assertThat(node(dataset().publications(book).documents(gcm).build(), "~/publication/p").get("citation")).isEqualTo(json("""
                    [{"@type": "CreativeWork", "@id": "~/document/A/RES/73/195", "name": "Global Compact for Migration"},
                     {"@type": "CreativeWork", "@id": "~/document/A/RES/73/195", "name": "Global Compact for Migration"},
                     {"@type": "CreativeWork", "@id": "~/document/A/RES/71/1"},
                     {"@type": "CreativeWork"}]"""));
        }

        @Test
        void theTableOfContentsIsNestedChaptersWithTheirPagesAndAuthors() {
            TableOfContentsEntry chapter = TableOfContentsEntry.builder(en("Migration and migrants")).pageStart(21)
                    .contributors(List.of(new Contributor(AgentRef.person("mm"), ContributorRole.AUTHOR)))
                    .entries(List.of(TableOfContentsEntry.builder(en("Introduction")).build())).build();
            Publication book = Publication.builder("p", en("P")).tableOfContents(List.of(chapter)).build();

            assertThat(node(dataset().publications(book).build(), "~/publication/p").get("hasPart")).isEqualTo(json("""
                    [{"@type": "Chapter", "name": "Migration and migrants", "pageStart": 21,
                      "author": [{"@type": "Person", "@id": "~/person/mm"}],
                      "hasPart": [{"@type": "Chapter", "name": "Introduction"}]}]"""));
        }

        @Test
        void theLinksAreWhatThePublicationIsTheSubjectOf() {
            Publication book = Publication.builder("p", en("P"))
                    .links(List.of(Link.builder(Url.parse("https://example.org/launch")).name(en("Launch")).build())).build();

            assertThat(node(dataset().publications(book).build(), "~/publication/p").get("subjectOf")).isEqualTo(json("""
                    [{"@type": "CreativeWork", "url": "https://example.org/launch", "name": "Launch"}]"""));
        }

        @Test
        void anEditionIsAWorkExampleInItsLanguageWithItsIsbnsFormatsPagesDatesAndUrl() {
            Edition english = Edition.builder(LanguageTag.ENGLISH).name(en("World Migration Report 2024"))
                    .isbns(List.of(new EditionIsbn(Isbn.parse("978-92-9268-598-5"), BookFormat.PRINT),
                            new EditionIsbn(Isbn.parse("978-92-9268-599-2"), BookFormat.PDF)))
                    .numberOfPages(360).datePublished(PartialDate.parse("2024-05-07")).uploadDate(PartialDate.parse("2024-05-08"))
                    .url(Url.parse("https://publications.iom.int/wmr-2024")).build();
            Publication book = Publication.builder("wmr", en("WMR")).editions(List.of(english)).build();

            assertThat(node(dataset().publications(book).build(), "~/publication/wmr").get("workExample")).isEqualTo(json("""
                    [{"@type": "Book", "@id": "~/publication/wmr#en", "name": "World Migration Report 2024", "inLanguage": "en",
                      "isbn": ["9789292685985", "9789292685992"], "bookFormat": "https://schema.org/EBook",
                      "numberOfPages": 360, "datePublished": "2024-05-07", "uploadDate": "2024-05-08",
                      "url": "https://publications.iom.int/wmr-2024"}]"""));
        }

        @Test
        void twoEditionsInOneLanguageHaveTwoKeysAndPrintAloneHasNoSchemaOrgFormat() {
            Publication book = Publication.builder("p", en("P")).editions(List.of(
                    Edition.builder(LanguageTag.FRENCH).isbns(List.of(new EditionIsbn(Isbn.parse("978-92-9068-780-1"), null)))
                            .bookFormats(List.of(BookFormat.PRINT)).build(),
                    Edition.builder(LanguageTag.FRENCH).bookFormats(List.of(BookFormat.PDF)).build())).build();

            assertThat(node(dataset().publications(book).build(), "~/publication/p").get("workExample")).isEqualTo(json("""
                    [{"@type": "Book", "@id": "~/publication/p#fr", "inLanguage": "fr", "isbn": "9789290687801"},
                     {"@type": "Book", "@id": "~/publication/p#fr-2", "inLanguage": "fr", "bookFormat": "https://schema.org/EBook"}]"""));
        }

        @Test
        void aSeriesCarriesItsTextsPublishersAndIssns() {
            PublicationSeries series = PublicationSeries.builder("idm", en("International Dialogue on Migration"))
                    .alternateName(en("IDM series")).description(en("Red books"))
                    .publisherRefs(List.of("iom"))
                    .issns(new SeriesIssn(LanguageTag.ENGLISH, Issn.parse("1726-2224")),
                            new SeriesIssn(LanguageTag.FRENCH, Issn.parse("1726-4030"))).build();

            assertThat(node(dataset().publicationSeries(series).organisations(iom).build(), "~/publication-series/idm"))
                    .isEqualTo(json("""
                    {"@type": "Periodical", "@id": "~/publication-series/idm", "name": "International Dialogue on Migration",
                     "issn": ["1726-2224", "1726-4030"], "alternateName": "IDM series", "description": "Red books",
                     "publisher": [{"@type": "Organization", "@id": "~/organisation/iom", "name": "IOM"}]}"""));
        }
    }

    @Nested
    class NewsAndTerms {

        @Test
        void aNewsItemCarriesItsTextsDateSubjectsPublishersAndQuotations() {
            NewsItem item = NewsItem.builder("n", en("US makes first contribution")).dateline(en("Geneva"))
                    .articleBody(en("The United States has made...")).datePublished(LocalDate.of(2012, 3, 1))
                    .url(Url.parse("https://www.iom.int/news/n")).eventRefs(List.of("e")).mentions(List.of(AgentRef.state("usa")))
                    .publisherRefs(List.of("iom"))
                    .quotations(List.of(Quotation.builder("These funds will help", LanguageTag.ENGLISH)
                            .creator(AgentRef.person("king")).build(), Quotation.builder("Merci", LanguageTag.FRENCH).build()))
                    .build();

            assertThat(node(dataset().newsItems(item).build(), "~/news-item/n")).isEqualTo(json("""
                    {"@type": "NewsArticle", "@id": "~/news-item/n", "headline": "US makes first contribution",
                     "dateline": "Geneva", "articleBody": "The United States has made...", "datePublished": "2012-03-01",
                     "url": "https://www.iom.int/news/n", "about": [{"@type": "Event", "@id": "~/event/e"}],
                     "mentions": [{"@type": "Country", "@id": "~/state/usa"}],
                     "publisher": [{"@type": "Organization", "@id": "~/organisation/iom"}],
                     "hasPart": [{"@type": "Quotation", "text": "These funds will help", "inLanguage": "en",
                                  "creator": {"@type": "Person", "@id": "~/person/king"}},
                                 {"@type": "Quotation", "text": "Merci", "inLanguage": "fr"}]}"""));
        }

        @Test
        void anObjectiveIsADefinedTermOfTheObjectivesSet() {
            GcmObjective objective = GcmObjective.builder(1, en("Collect and utilize accurate data"))
                    .shortName(en("Data")).build();

            assertThat(node(dataset().objectives(objective).build(), "~/objective/1")).isEqualTo(json("""
                    {"@type": "DefinedTerm", "@id": "~/objective/1", "termCode": "1",
                     "name": "Collect and utilize accurate data", "alternateName": "Data",
                     "inDefinedTermSet": {"@type": "DefinedTermSet", "@id": "~/objective/"}}"""));
        }

        @Test
        void aGuidingPrincipleIsADefinedTermOfThePrinciplesSet() {
            assertThat(node(dataset().guidingPrinciples(new GuidingPrinciple("c", en("Rule of law"), null, List.of())).build(),
                    "~/guiding-principle/c")).isEqualTo(json("""
                    {"@type": "DefinedTerm", "@id": "~/guiding-principle/c", "termCode": "c", "name": "Rule of law",
                     "inDefinedTermSet": {"@type": "DefinedTermSet", "@id": "~/guiding-principle/"}}"""));
        }
    }

    @Nested
    class UnDocuments {

        @Test
        void aDocumentWithASymbolAndAnIdIsTheSymbolsNodeSameAsTheId() {
            UnDocument gcm = UnDocument.builder(DocumentKind.RESOLUTION).id("gcm").symbol(UnDocumentSymbol.parse("A/RES/73/195"))
                    .name(en("Global Compact for Safe, Orderly and Regular Migration")).alternateName(en("GCM"))
                    .date(PartialDate.parse("2018-12-19")).issuers(List.of(AgentRef.organisation("unga")))
                    .recipients(List.of(AgentRef.state("che"))).url(Url.parse("https://undocs.org/A/RES/73/195")).build();

            assertThat(node(dataset().documents(gcm).build(), "~/document/A/RES/73/195")).isEqualTo(json("""
                    {"@type": "CreativeWork", "@id": "~/document/A/RES/73/195", "identifier": ["gcm", "A/RES/73/195"],
                     "sameAs": "~/document/gcm", "genre": "resolution",
                     "name": "Global Compact for Safe, Orderly and Regular Migration", "alternateName": "GCM",
                     "datePublished": "2018-12-19", "creator": [{"@type": "Organization", "@id": "~/organisation/unga"}],
                     "recipient": [{"@type": "Country", "@id": "~/state/che"}], "url": "https://undocs.org/A/RES/73/195"}"""));
        }

        @Test
        void aDocumentWithOneIdentifierHasItAsAStringAndNoSameAs() {
            UnDocument letter = UnDocument.builder(DocumentKind.LETTER).id("letter").build();
            UnDocument report = UnDocument.builder(DocumentKind.REPORT).symbol(UnDocumentSymbol.parse("A/73/286")).build();
            Dataset data = dataset().documents(letter, report).build();

            assertThat(node(data, "~/document/letter")).isEqualTo(json("""
                    {"@type": "CreativeWork", "@id": "~/document/letter", "identifier": "letter", "genre": "letter"}"""));
            assertThat(node(data, "~/document/A/73/286")).isEqualTo(json("""
                    {"@type": "CreativeWork", "@id": "~/document/A/73/286", "identifier": "A/73/286", "genre": "report"}"""));
        }

        /** Validation refuses such a document (IdentifiedDocument); the writer gives it no IRI rather than an invented one. */
        @Test
        void aDocumentWithNeitherIdNorSymbolIsABlankNodeWithoutIdentifier() {
            Dataset data = dataset().documents(UnDocument.builder(DocumentKind.DECISION).name(en("A decision")).build()).build();

            assertThat(graph(ENGLISH, data).get(1)).isEqualTo(json("""
                    {"@type": "CreativeWork", "genre": "decision", "name": "A decision"}"""));
        }
    }

    @Nested
    class MoneyAndProjects {

        @Test
        void aGrantFundsItsItemsAndItsRecipientWithItsAmountAndDescription() {
            MonetaryGrant grant = MonetaryGrant.builder("g", AgentRef.state("usa")).recipient(AgentRef.organisation("iom"))
                    .fundedItems(List.of(RecordRef.to(RecordKind.PROJECT, "imp")))
                    .amount(MonetaryAmount.of(new BigDecimal("2500.50"), CurrencyCode.parse("USD")))
                    .description(en("A first contribution")).build();

            JsonNode node = node(dataset().grants(grant).build(), "~/grant/g");

            JsonNode amount = node.get("amount");
            assertThat(amount.get("@type").asString()).isEqualTo("MonetaryAmount");
            assertThat(amount.get("value").decimalValue()).isEqualByComparingTo("2500.50");
            assertThat(amount.get("currency").asString()).isEqualTo("USD");
            ObjectNode rest = (ObjectNode) node.deepCopy();
            rest.remove("amount");
            assertThat(rest).isEqualTo(json("""
                    {"@type": "MonetaryGrant", "@id": "~/grant/g", "identifier": "g",
                     "funder": {"@type": "Country", "@id": "~/state/usa"},
                     "fundedItem": [{"@type": "Project", "@id": "~/project/imp"}, {"@type": "Organization", "@id": "~/organisation/iom"}],
                     "description": "A first contribution"}"""));
        }

        @Test
        void aGrantWithoutItemsRecipientOrAmountHasOnlyItsFunder() {
            assertThat(node(dataset().grants(MonetaryGrant.builder("g", AgentRef.state("usa")).build()).build(), "~/grant/g"))
                    .isEqualTo(json("""
                    {"@type": "MonetaryGrant", "@id": "~/grant/g", "identifier": "g",
                     "funder": {"@type": "Country", "@id": "~/state/usa"}}"""));
        }

        @Test
        void aProjectIsAnOrganisationFoundedAtItsStartServingItsArea() {
            Project project = Project.builder("imp", en("IMP workshop")).alternateName(en("IMP")).description(en("A workshop"))
                    .identifiers(List.of(new Identifier("iom", "E40-800")))
                    .startDate(PartialDate.parse("2001-03")).endDate(PartialDate.parse("2001-04"))
                    .spatialCoverage(List.of(new Place(en("West Africa"), null, null, null)))
                    .about(List.of(RecordRef.to(RecordKind.OBJECTIVE, "23")))
                    .url(Url.parse("https://iom.int/project/imp")).build();

            assertThat(node(dataset().projects(project).build(), "~/project/imp")).isEqualTo(json("""
                    {"@type": "Project", "@id": "~/project/imp", "name": "IMP workshop", "alternateName": "IMP",
                     "description": "A workshop",
                     "identifier": [{"@type": "PropertyValue", "propertyID": "iom", "value": "E40-800"}],
                     "foundingDate": "2001-03", "dissolutionDate": "2001-04",
                     "areaServed": [{"@type": "Place", "name": "West Africa"}],
                     "about": [{"@type": "DefinedTerm", "@id": "~/objective/23"}], "url": "https://iom.int/project/imp"}"""));
        }
    }

    /** A record referred to is its type and IRI, with its name where the dataset holds the record. */
    @Nested
    class References {

        /** The references written for what a grant funds. */
        private JsonNode referred(Dataset.Builder data, RecordRef... refs) {
            MonetaryGrant grant = MonetaryGrant.builder("funding", AgentRef.state("x")).fundedItems(List.of(refs)).build();
            return node(data.grants(grant).build(), "~/grant/funding").get("fundedItem");
        }

        @Test
        void everyKindOfRecordHeldIsNamed() {
            Dataset.Builder data = dataset()
                    .organisations(Organisation.builder("o", en("Org"), OrganisationKind.GOVERNMENT_BODY).build())
                    .states(State.builder("s", en("State")).build())
                    .persons(Person.builder("p", "Person").build())
                    .events(Event.builder("e", en("Event"), EventKind.FORUM, LocalDate.of(2020, 1, 1)).build())
                    .eventSeries(EventSeries.builder("es", en("Series")).build())
                    .publications(Publication.builder("pub", en("Book")).build())
                    .publicationSeries(PublicationSeries.builder("ps", en("Periodical"))
                            .issns(new SeriesIssn(LanguageTag.ENGLISH, Issn.parse("1726-2224"))).build())
                    .documents(UnDocument.builder(DocumentKind.LETTER).id("d").name(en("Letter")).build())
                    .projects(Project.builder("pr", en("Project")).build());

            assertThat(referred(data, RecordRef.to(RecordKind.ORGANISATION, "o"), RecordRef.to(RecordKind.STATE, "s"),
                    RecordRef.to(RecordKind.PERSON, "p"), RecordRef.to(RecordKind.EVENT, "e"),
                    RecordRef.to(RecordKind.EVENT_SERIES, "es"), RecordRef.to(RecordKind.PUBLICATION, "pub"),
                    RecordRef.to(RecordKind.PUBLICATION_SERIES, "ps"), RecordRef.to(RecordKind.DOCUMENT, "d"),
                    RecordRef.to(RecordKind.PROJECT, "pr"))).isEqualTo(json("""
                    [{"@type": "GovernmentOrganization", "@id": "~/organisation/o", "name": "Org"},
                     {"@type": "Country", "@id": "~/state/s", "name": "State"},
                     {"@type": "Person", "@id": "~/person/p", "name": "Person"},
                     {"@type": "Event", "@id": "~/event/e", "name": "Event"},
                     {"@type": "EventSeries", "@id": "~/event-series/es", "name": "Series"},
                     {"@type": "Book", "@id": "~/publication/pub", "name": "Book"},
                     {"@type": "Periodical", "@id": "~/publication-series/ps", "name": "Periodical", "issn": "1726-2224"},
                     {"@type": "CreativeWork", "@id": "~/document/d", "name": "Letter"},
                     {"@type": "Project", "@id": "~/project/pr", "name": "Project"}]"""));
        }

        @Test
        void everyKindOfRecordNotHeldIsItsTypeAndIri() {
            assertThat(referred(dataset(), RecordRef.to(RecordKind.ORGANISATION, "o"), RecordRef.to(RecordKind.STATE, "s"),
                    RecordRef.to(RecordKind.PERSON, "p"), RecordRef.to(RecordKind.EVENT, "e"),
                    RecordRef.to(RecordKind.EVENT_SERIES, "es"), RecordRef.to(RecordKind.PUBLICATION, "pub"),
                    RecordRef.to(RecordKind.PUBLICATION_SERIES, "ps"), RecordRef.to(RecordKind.DOCUMENT, "d"),
                    RecordRef.to(RecordKind.PROJECT, "pr"), RecordRef.to(RecordKind.NEWS_ITEM, "n"),
                    RecordRef.to(RecordKind.MEMBERSHIP, "m"), RecordRef.to(RecordKind.VOTE_EVENT, "v"),
                    RecordRef.to(RecordKind.GRANT, "g"), RecordRef.to(RecordKind.OBJECTIVE, "1"),
                    RecordRef.to(RecordKind.GUIDING_PRINCIPLE, "a"))).isEqualTo(json("""
                    [{"@type": "Organization", "@id": "~/organisation/o"},
                     {"@type": "Country", "@id": "~/state/s"},
                     {"@type": "Person", "@id": "~/person/p"},
                     {"@type": "Event", "@id": "~/event/e"},
                     {"@type": "EventSeries", "@id": "~/event-series/es"},
                     {"@type": "Book", "@id": "~/publication/pub"},
                     {"@type": "Periodical", "@id": "~/publication-series/ps"},
                     {"@type": "CreativeWork", "@id": "~/document/d"},
                     {"@type": "Project", "@id": "~/project/pr"},
                     {"@type": "NewsArticle", "@id": "~/news-item/n"},
                     {"@type": "OrganizationRole", "@id": "~/membership/m"},
                     {"@type": "Event", "@id": "~/vote-event/v"},
                     {"@type": "MonetaryGrant", "@id": "~/grant/g"},
                     {"@type": "DefinedTerm", "@id": "~/objective/1"},
                     {"@type": "DefinedTerm", "@id": "~/guiding-principle/a"}]"""));
        }

        @Test
        void aDocumentReferredToByItsIdHasTheIriOfItsSymbol() {
            Dataset.Builder data = dataset().documents(UnDocument.builder(DocumentKind.RESOLUTION).id("gcm")
                    .symbol(UnDocumentSymbol.parse("A/RES/73/195")).build());

            assertThat(referred(data, RecordRef.to(RecordKind.DOCUMENT, "gcm")))
                    .isEqualTo(json("[{\"@type\": \"CreativeWork\", \"@id\": \"~/document/A/RES/73/195\"}]"));
        }
    }
}
