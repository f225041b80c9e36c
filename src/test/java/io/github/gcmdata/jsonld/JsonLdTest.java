package io.github.gcmdata.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * JSON-LD expanded to RDF by titanium-json-ld, a JSON-LD 1.1 processor: the writer's schema.org
 * output and the examples under the shipped context, asserted as triples.
 */
class JsonLdTest {

    private static final String SCHEMA = "https://schema.org/";
    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private static final URI BASE = URI.create("https://data.example.org/gcm/");

    /** One RDF statement; objects are IRIs, blank nodes, or literals with their datatype and language. */
    record Triple(String subject, String predicate, String object, String datatype, String language) {
    }

    /**
     * Serves the contexts offline: schema.org's by a stand-in (its vocabulary and the coercion of
     * {@code url} and {@code sameAs} to IRIs, as schema.org's own context does), ours from the jar.
     */
    private static final DocumentLoader LOADER = (url, options) -> {
        String text = url.toString().startsWith("https://schema.org") ? resource("schema-org.context.jsonld")
                : url.toString().equals(JsonLdContext.URL) ? JsonLdContext.text() : null;
        if (text == null) {
            throw new JsonLdError(com.apicatalog.jsonld.JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "offline: " + url);
        }
        JsonDocument document = JsonDocument.of(new StringReader(text));
        document.setDocumentUrl(url);
        return document;
    };

    private static String resource(String name) {
        try (InputStream in = JsonLdTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static List<Triple> triples(String jsonLd) throws JsonLdError {
        List<Triple> triples = new ArrayList<>();
        JsonLd.toRdf(JsonDocument.of(new StringReader(jsonLd))).base(BASE).loader(LOADER)
                .provide((subject, predicate, object, datatype, language, direction, graph) -> {
                    triples.add(new Triple(subject, predicate, object, datatype, language));
                    return null;
                });
        return triples;
    }

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        }
    }

    private static List<String> objects(List<Triple> triples, String subject, String predicate) {
        return triples.stream().filter(t -> t.subject().equals(subject) && t.predicate().equals(predicate))
                .map(Triple::object).collect(Collectors.toList());
    }

    private static List<String> subjects(List<Triple> triples, String predicate, String object) {
        return triples.stream().filter(t -> t.predicate().equals(predicate) && t.object().equals(object))
                .map(Triple::subject).collect(Collectors.toList());
    }

    private static Dataset example(String name) {
        return GcmJson.standard().readDataset(Path.of("examples", name));
    }

    private static JsonLdWriter writer() {
        return JsonLdWriter.builder().base(BASE).build();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void theWriterGivesEveryRecordATypeAndItsIri(Path example) throws JsonLdError {
        Dataset dataset = GcmJson.standard().readDataset(example);
        String jsonLd = writer().write(dataset);
        List<Triple> triples = triples(jsonLd);

        assertThat(writer().write(dataset)).as("the same bytes on every run").isEqualTo(jsonLd);
        dataset.events().forEach(event -> assertThat(objects(triples, BASE + "event/" + event.id(), RDF_TYPE))
                .contains(SCHEMA + "Event"));
        dataset.organisations().forEach(o -> assertThat(objects(triples, BASE + "organisation/" + o.id(), RDF_TYPE))
                .isNotEmpty());
        dataset.persons().forEach(p -> assertThat(objects(triples, BASE + "person/" + p.id(), SCHEMA + "name"))
                .contains(p.name()));
        dataset.publications().forEach(p -> assertThat(objects(triples, BASE + "publication/" + p.id(), RDF_TYPE))
                .contains(SCHEMA + "Book"));
        // Google's required properties for events: a name, a start date, and a place unless online.
        dataset.events().forEach(event -> {
            String iri = BASE + "event/" + event.id();
            assertThat(objects(triples, iri, SCHEMA + "name")).isNotEmpty();
            assertThat(objects(triples, iri, SCHEMA + "startDate")).containsExactly(event.startTime() == null
                    ? event.startDate().toString()
                    : ZonedDateTime.of(event.startDate().earliestDay(), event.startTime(), event.timeZone()).toOffsetDateTime().toString());
            if (event.location() != null) {
                assertThat(objects(triples, iri, SCHEMA + "location")).isNotEmpty();
            }
        });
    }

    /** A number known by its printed form and its country is published in E.164, which schema.org asks for. */
    @Test
    void aTelephoneKnownByItsCountryIsPublishedInE164() throws JsonLdError, IOException {
        String json = Files.readString(Path.of("examples", "migration-governance-side-event-2017.json"))
                .replace("\"asPrinted\": \"41227179581\",\n            \"e164\": \"+41227179581\"",
                        "\"asPrinted\": \"Tel 00 41 79 70160 54\",\n            \"country\": \"CH\"");
        Dataset dataset = GcmJson.standard().readDataset(json);

        List<String> telephones = triples(writer().write(dataset)).stream()
                .filter(triple -> triple.predicate().equals(SCHEMA + "telephone"))
                .map(Triple::object).collect(Collectors.toList());

        assertThat(telephones).containsExactlyInAnyOrder("+41227179416", "+41797016054");
    }

    /** A telephone's country is its own term, not the address country that the global term "country" means. */
    @Test
    void theContextKeepsATelephonesCountryApartFromAnAddressCountry() throws JsonLdError, IOException {
        String json = Files.readString(Path.of("examples", "migration-governance-side-event-2017.json"))
                .replace("\"asPrinted\": \"41227179581\",", "\"asPrinted\": \"41227179581\",\n            \"country\": \"CH\",");
        assertThat(json).contains("\"country\": \"CH\"");

        List<Triple> triples = triples(JsonLdContext.linkedData(GcmJson.standard().readDataset(json)));

        assertThat(triples).filteredOn(triple -> triple.predicate().equals(JsonLdContext.VOCABULARY + "telephoneCountry"))
                .extracting(Triple::object).containsExactly("CH");
    }

    @Test
    void theFrenchEditionOfIdmNo28IsAWorkExampleOfABookInTheIdmSeries() throws JsonLdError {
        List<Triple> triples = triples(writer().write(example("idm-no-28.json")));
        String book = BASE + "publication/idm-no-28";
        String french = book + "#fr";

        assertThat(triples).contains(new Triple(french, SCHEMA + "isbn", "9789290687801", XSD + "string", null),
                new Triple(french, SCHEMA + "numberOfPages", "144", XSD + "integer", null),
                new Triple(french, SCHEMA + "inLanguage", "fr", XSD + "string", null),
                new Triple(book, SCHEMA + "workExample", french, null, null),
                new Triple(book, SCHEMA + "issueNumber", "28", XSD + "string", null));
        String series = BASE + "publication-series/international-dialogue-on-migration";
        assertThat(objects(triples, book, SCHEMA + "isPartOf")).containsExactly(series);
        assertThat(objects(triples, series, SCHEMA + "issn")).contains("1726-4030", "1726-2224");
        assertThat(objects(triples, series, RDF_TYPE)).contains(SCHEMA + "Periodical");
        assertThat(objects(triples, book, RDF_TYPE)).contains(SCHEMA + "PublicationIssue");
        assertThat(objects(triples, book, SCHEMA + "publisher")).containsExactly(BASE + "organisation/iom");
    }

    @Test
    void theIdm2022SessionHasOneSubEventPerAgendaItemAtItsNewYorkTime() throws JsonLdError {
        List<Triple> triples = triples(writer().write(example("idm-2022-first-session.json"), "idm-2022-session-1"));
        String session = BASE + "event/idm-2022-session-1";
        String opening = session + "#2022-02-28T0900";

        assertThat(objects(triples, session, SCHEMA + "subEvent")).hasSize(9).contains(opening);
        assertThat(objects(triples, opening, SCHEMA + "startDate")).containsExactly("2022-02-28T09:00-05:00");
        assertThat(objects(triples, session, SCHEMA + "eventAttendanceMode"))
                .containsExactly(SCHEMA + "OnlineEventAttendanceMode");
        assertThat(objects(triples, session, SCHEMA + "organizer")).containsExactly(BASE + "organisation/iom");
        assertThat(subjects(triples, RDF_TYPE, SCHEMA + "VirtualLocation")).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleWithTheContextIsLinkedDataWithTheWritersIris(Path example) throws JsonLdError {
        Dataset dataset = GcmJson.standard().readDataset(example);
        List<Triple> triples = triples(JsonLdContext.linkedData(dataset));
        Set<String> writerSubjects = triples(writer().write(dataset)).stream().map(Triple::subject)
                .filter(s -> s.startsWith(BASE.toString())).collect(Collectors.toSet());

        assertThat(triples.stream().map(Triple::predicate))
                .as("no language map was read as a node").noneMatch(p -> p.matches(".*#(en|fr|es)"));
        dataset.events().forEach(event -> assertThat(objects(triples, BASE + "event/" + event.id(), SCHEMA + "startDate"))
                .containsExactly(event.startDate().toString()));
        Set<String> recordSubjects = triples.stream().map(Triple::subject).filter(s -> s.startsWith(BASE.toString()))
                .collect(Collectors.toSet());
        assertThat(writerSubjects).containsAll(recordSubjects);
    }

    @Test
    void theContextLinksIdmNo28ToItsSeriesAndItsEditionsToTheirIsbns() throws JsonLdError {
        List<Triple> triples = triples(JsonLdContext.linkedData(example("idm-no-28.json")));
        String book = BASE + "publication/idm-no-28";
        String series = BASE + "publication-series/international-dialogue-on-migration";

        assertThat(objects(triples, book, SCHEMA + "isPartOf")).containsExactly(series);
        assertThat(objects(triples, series, SCHEMA + "issn")).contains("1726-4030");
        assertThat(objects(triples, book, SCHEMA + "publisher")).containsExactly(BASE + "organisation/iom");
        List<String> editions = objects(triples, book, SCHEMA + "workExample");
        assertThat(editions).hasSize(2);
        assertThat(editions.stream().flatMap(edition -> objects(triples, edition, SCHEMA + "isbn").stream()))
                .containsExactlyInAnyOrder("9789290687801", "9789290687740");
        assertThat(triples).contains(new Triple(BASE + "event/idm-2018", SCHEMA + "name",
                "Dialogue international sur la migration (IDM) 2018", XSD + "string", "fr"));
        assertThat(objects(triples, BASE + "organisation/iom", RDF_TYPE)).contains(SCHEMA + "Organization");
        assertThat(objects(triples, BASE + "event/idm-2018", SCHEMA + "subEvent"))
                .containsExactly(BASE + "event/idm-2018-new-york", BASE + "event/idm-2018-geneva");
    }

    /** The parts format 0.2 adds for publications and money. */
    @Nested
    class PublicationsAndMoney {

        private static final String GRANT = BASE + "grant/usa-mefm-2012";
        private static final String PROJECT = BASE + "project/imp-workshop-west-africa";
        private static final String GCM = BASE + "document/A/RES/73/195";
        private static final String LETTER = BASE + "document/us-letter-2012-03-01";

        private final Dataset dataset = GcmJson.standard()
                .readDataset(Path.of("src/test/resources/io/github/gcmdata/format-0.2/publications-and-money.json"));

        private String only(List<Triple> triples, String subject, String predicate) {
            List<String> objects = objects(triples, subject, predicate);
            assertThat(objects).as("%s %s", subject, predicate).hasSize(1);
            return objects.get(0);
        }

        @Test
        void aGrantIsAMonetaryGrantOfItsFunderWithItsAmount() throws JsonLdError {
            List<Triple> triples = triples(writer().write(dataset));

            assertThat(objects(triples, GRANT, RDF_TYPE)).containsExactly(SCHEMA + "MonetaryGrant");
            assertThat(objects(triples, GRANT, SCHEMA + "funder")).containsExactly(BASE + "state/usa");
            assertThat(objects(triples, GRANT, SCHEMA + "fundedItem"))
                    .containsExactly(BASE + "organisation/mefm", BASE + "organisation/iom");
            String amount = only(triples, GRANT, SCHEMA + "amount");
            assertThat(objects(triples, amount, RDF_TYPE)).containsExactly(SCHEMA + "MonetaryAmount");
            assertThat(triples).contains(new Triple(amount, SCHEMA + "value", "2500000", XSD + "integer", null),
                    new Triple(amount, SCHEMA + "currency", "USD", XSD + "string", null));
        }

        @Test
        void aProjectIsAProjectWithItsIdentifierAndPeriod() throws JsonLdError {
            List<Triple> triples = triples(writer().write(dataset, "imp-workshop-west-africa"));

            assertThat(objects(triples, PROJECT, RDF_TYPE)).containsExactly(SCHEMA + "Project");
            assertThat(objects(triples, PROJECT, SCHEMA + "name"))
                    .containsExactly("International Migration Policy (IMP) Workshop - West Africa");
            assertThat(objects(triples, PROJECT, SCHEMA + "foundingDate")).containsExactly("2001");
            assertThat(objects(triples, PROJECT, SCHEMA + "dissolutionDate")).containsExactly("2001");
            String identifier = only(triples, PROJECT, SCHEMA + "identifier");
            assertThat(objects(triples, identifier, SCHEMA + "value")).containsExactly("E40-800");
            assertThat(objects(triples, PROJECT, SCHEMA + "url"))
                    .containsExactly("https://iom.int/project/international-migration-policy-imp-workshop-west-africa-0");
        }

        @Test
        void aDocumentWithoutASymbolHasTheIriOfItsIdAndOneWithBothIsTheSameAsItsId() throws JsonLdError {
            List<Triple> triples = triples(writer().write(dataset));

            assertThat(objects(triples, LETTER, SCHEMA + "genre")).containsExactly("letter");
            assertThat(objects(triples, LETTER, SCHEMA + "creator")).containsExactly(BASE + "person/betty-e-king");
            assertThat(objects(triples, LETTER, SCHEMA + "recipient")).containsExactly(BASE + "person/william-lacy-swing");
            assertThat(objects(triples, GCM, SCHEMA + "sameAs")).containsExactly(BASE + "document/gcm");
            assertThat(objects(triples, GCM, SCHEMA + "identifier")).containsExactlyInAnyOrder("gcm", "A/RES/73/195");
            assertThat(objects(triples, GCM, SCHEMA + "alternateName")).containsExactly("GCM");
        }

        @Test
        void aDocumentIsSelectedByItsIdOrItsSymbol() throws JsonLdError {
            assertThat(triples(writer().write(dataset, "gcm"))).isEqualTo(triples(writer().write(dataset, "A/RES/73/195")));
            assertThat(subjects(triples(writer().write(dataset, "us-letter-2012-03-01")), RDF_TYPE, SCHEMA + "CreativeWork"))
                    .contains(LETTER);
        }

        @Test
        void aPublicationCarriesItsImprintCopyrightLicenceSubjectsAndCitations() throws JsonLdError {
            List<Triple> triples = triples(writer().write(dataset));
            String report = BASE + "publication/idm-no-27";
            String book = BASE + "publication/wmr-2024";

            assertThat(objects(triples, report, SCHEMA + "about")).containsExactly(GCM);
            assertThat(objects(triples, report, SCHEMA + "citation")).containsExactly(GCM);
            assertThat(objects(triples, report, SCHEMA + "genre")).containsExactly("report");
            assertThat(objects(triples, report + "#en", SCHEMA + "uploadDate")).containsExactly("2017-12-14");
            assertThat(objects(triples, book, SCHEMA + "license")).containsExactly("CC BY-NC-ND 3.0 IGO");
            assertThat(objects(triples, book, SCHEMA + "copyrightYear")).containsExactly("2024");
            assertThat(objects(triples, book, SCHEMA + "copyrightHolder")).containsExactly(BASE + "organisation/iom");
            assertThat(objects(triples, book, SCHEMA + "editor"))
                    .containsExactly(BASE + "person/m-mcauliffe", BASE + "person/l-a-oucho");
            String place = only(triples, book, SCHEMA + "locationCreated");
            assertThat(triples).contains(new Triple(place, SCHEMA + "name", "Ginebra", XSD + "string", "es"));
        }

        @Test
        void aNewsItemHasItsQuotationsWithWhoSpoke() throws JsonLdError {
            List<Triple> triples = triples(writer().write(dataset));
            String item = BASE + "news-item/us-government-makes-first-contribution-to-new-iom-fund";

            String quotation = only(triples, item, SCHEMA + "hasPart");
            assertThat(objects(triples, quotation, RDF_TYPE)).containsExactly(SCHEMA + "Quotation");
            assertThat(objects(triples, quotation, SCHEMA + "text"))
                    .containsExactly("These funds will help IOM to save lives and mitigate suffering");
            assertThat(objects(triples, quotation, SCHEMA + "creator")).containsExactly(BASE + "person/betty-e-king");
            assertThat(objects(triples, item, SCHEMA + "publisher")).containsExactly(BASE + "organisation/iom");
        }

        @Test
        void theContextGivesTheNewPartsTheWritersIrisAndSchemaOrgsTerms() throws JsonLdError {
            List<Triple> triples = triples(JsonLdContext.linkedData(dataset));
            Set<String> writerSubjects = triples(writer().write(dataset)).stream().map(Triple::subject)
                    .filter(s -> s.startsWith(BASE.toString())).collect(Collectors.toSet());

            assertThat(objects(triples, GRANT, SCHEMA + "funder")).containsExactly(BASE + "state/usa");
            assertThat(objects(triples, GRANT, SCHEMA + "fundedItem")).containsExactly(BASE + "organisation/mefm");
            assertThat(objects(triples, GRANT, JsonLdContext.VOCABULARY + "recipient")).containsExactly(BASE + "organisation/iom");
            String amount = only(triples, GRANT, SCHEMA + "amount");
            assertThat(objects(triples, amount, SCHEMA + "currency")).containsExactly("USD");
            assertThat(objects(triples, PROJECT, JsonLdContext.VOCABULARY + "projectStatus"))
                    .containsExactly(JsonLdContext.VOCABULARY + "completed");
            assertThat(triples).contains(new Triple(PROJECT, JsonLdContext.VOCABULARY + "projectType",
                    "Migration Policy Activities", XSD + "string", "en"));
            assertThat(objects(triples, BASE + "publication/idm-no-27", SCHEMA + "about")).containsExactly(BASE + "document/gcm");
            assertThat(objects(triples, BASE + "publication/wmr-2024", SCHEMA + "copyrightHolder"))
                    .containsExactly(BASE + "organisation/iom");
            assertThat(objects(triples, BASE + "publication/wmr-2024-chapter-2-es", JsonLdContext.VOCABULARY + "relation"))
                    .hasSize(1);
            assertThat(objects(triples, GCM, SCHEMA + "sameAs")).containsExactly(BASE + "document/gcm");
            assertThat(objects(triples, LETTER, SCHEMA + "creator")).as("a document without a symbol is a blank node")
                    .isEmpty();
            assertThat(triples.stream().map(Triple::predicate))
                    .as("no language map was read as a node").noneMatch(p -> p.matches(".*#(en|fr|es)"));
            // A reference by a document's id names the IRI its record is sameAs; every other node is the writer's.
            Set<String> recordSubjects = triples.stream().map(Triple::subject).filter(s -> s.startsWith(BASE.toString()))
                    .filter(s -> subjects(triples, SCHEMA + "sameAs", s).isEmpty()).collect(Collectors.toSet());
            assertThat(writerSubjects).containsAll(recordSubjects);
        }
    }

    /** Every text in several languages is a language map in the context: a new one fails here until it is. */
    @Test
    void everyLocalizedTextOfTheModelIsALanguageContainer() {
        String context = JsonLdContext.text();
        Set<String> names = new HashSet<>();
        Deque<Class<?>> queue = new ArrayDeque<>(List.of(Dataset.class));
        Set<Class<?>> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            Class<?> type = queue.pop();
            if (!type.isRecord() || !seen.add(type)) {
                continue;
            }
            for (RecordComponent component : type.getRecordComponents()) {
                Class<?> element = component.getType();
                if (List.class.equals(element)) {
                    element = (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
                }
                JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
                String name = property != null && !property.value().isEmpty() ? property.value() : component.getName();
                if (element.equals(LocalizedText.class)) {
                    names.add(List.class.equals(component.getType()) ? name + "@json" : name);
                }
                queue.add(element);
            }
        }
        assertThat(names).isNotEmpty().allSatisfy(name -> assertThat(context).containsPattern(name.endsWith("@json")
                ? "\"" + name.replace("@json", "") + "\": \\{\\s*\"@id\": \"[^\"]+\",\\s*\"@type\": \"@json\""
                : "\"" + name + "\": \\{\\s*\"@id\": \"[^\"]+\",\\s*\"@container\": \"@language\""));
    }
}
