package io.github.gcmdata.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.PublicationGenre;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** CSL-JSON, checked against the Citation Style Language project's own schema. */
class CslJsonTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Schema CSL_DATA = cslSchema();

    private static Schema cslSchema() {
        try (InputStream in = CslJsonTest.class.getResourceAsStream("csl-data.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static List<Path> examples() {
        return CitationFixtures.examples();
    }

    private static List<String> errors(String csl) {
        return CSL_DATA.validate(MAPPER.readTree(csl)).stream()
                .map(error -> error.getInstanceLocation() + " " + error.getMessage()).collect(Collectors.toList());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyExampleIsValidCslData(Path example) {
        Dataset dataset = GcmJson.standard().readDataset(example);
        String csl = CslJson.write(dataset);

        assertThat(errors(csl)).isEmpty();
        assertThat(MAPPER.readTree(csl).size()).isEqualTo(dataset.publications().stream()
                .mapToInt(p -> Math.max(1, p.editions().size())).sum());
        assertThat(CslJson.write(dataset)).isEqualTo(csl);
    }

    @Test
    void writesOneItemPerEditionWithItsIdentifiersSeriesAndPublisher() {
        JsonNode items = MAPPER.readTree(CslJson.write(CitationFixtures.example("idm-no-28.json")));

        JsonNode french = items.get(0);
        assertThat(french.get("id").asString()).isEqualTo("idm-no-28-fr");
        assertThat(french.get("type").asString()).isEqualTo("book");
        assertThat(french.get("ISBN").asString()).isEqualTo("9789290687801");
        assertThat(french.get("ISSN").asString()).isEqualTo("1726-4030");
        assertThat(french.get("collection-title").asString()).isEqualTo("Dialogue international sur la migration");
        assertThat(french.get("collection-number").asString()).isEqualTo("28");
        assertThat(french.get("number-of-pages").asInt()).isEqualTo(144);
        assertThat(french.get("language").asString()).isEqualTo("fr");
        assertThat(french.get("publisher").asString()).isEqualTo("Organisation internationale pour les migrations");
        assertThat(french.get("publisher-place").asString()).isEqualTo("Geneva");
        assertThat(french.at("/issued/date-parts/0/0").asInt()).isEqualTo(2018);
        JsonNode english = items.get(1);
        assertThat(english.get("id").asString()).isEqualTo("idm-no-28-en");
        assertThat(english.get("ISBN").asString()).isEqualTo("9789290687740");
        assertThat(english.get("ISSN").asString()).isEqualTo("1726-2224");
        assertThat(english.get("collection-title").asString()).isEqualTo("International Dialogue on Migration");
        assertThat(english.get("publisher").asString()).isEqualTo("International Organization for Migration");
        assertThat(english.has("abstract")).as("the abstract is only in French").isFalse();
    }

    @Test
    void corporateAuthorsAreLiteralNamesAndPersonsAreSplit() {
        JsonNode item = MAPPER.readTree(CslJson.write(CitationFixtures.hostile())).get(0);

        assertThat(errors(CslJson.write(CitationFixtures.hostile()))).isEmpty();
        assertThat(item.get("author").get(0).get("literal").asString())
                .isEqualTo("Organisation internationale pour les migrations");
        assertThat(item.get("author").get(0).has("family")).isFalse();
        assertThat(item.get("editor").get(0).get("family").asString()).isEqualTo("Doe and Smith");
        assertThat(item.get("editor").get(0).get("given").asString()).isEqualTo("Jane");
        assertThat(item.get("title").asString()).isEqualTo(CitationFixtures.HOSTILE);
        assertThat(item.get("medium").asString()).isEqualTo("PDF");
        assertThat(item.at("/issued/date-parts/0").toString()).isEqualTo("[2018,11,16]");
    }

    @Test
    void aReportIsAReportWithTheDayItWasMadeAvailableOnline() {
        String csl = CslJson.write(CitationFixtures.publicationsAndMoney());
        JsonNode report = MAPPER.readTree(csl).get(0);

        assertThat(errors(csl)).isEmpty();
        assertThat(report.get("id").asString()).isEqualTo("idm-no-27-en");
        assertThat(report.get("type").asString()).isEqualTo("report");
        assertThat(report.at("/available-date/date-parts/0").toString()).isEqualTo("[2017,12,14]");
        assertThat(report.has("issued")).as("the upload is not the publication date").isFalse();
    }

    @Test
    void aChapterNamesItsBookAsContainerAndTheImprintsPlace() {
        JsonNode items = MAPPER.readTree(CslJson.write(CitationFixtures.publicationsAndMoney()));
        JsonNode book = items.get(1);
        JsonNode chapter = items.get(2);

        assertThat(book.get("type").asString()).isEqualTo("book");
        assertThat(book.has("container-title")).isFalse();
        assertThat(book.get("editor")).hasSize(2);
        assertThat(book.get("publisher-place").asString()).as("the imprint's place, not the publisher's city")
                .isEqualTo("Ginebra");
        assertThat(chapter.get("id").asString()).isEqualTo("wmr-2024-chapter-2-es-es");
        assertThat(chapter.get("type").asString()).isEqualTo("chapter");
        assertThat(chapter.get("title").asString()).isEqualTo("Migración y migrantes: Panorama mundial");
        assertThat(chapter.get("container-title").asString()).isEqualTo("Informe sobre las Migraciones en el Mundo 2024");
        assertThat(chapter.get("author").get(0).get("literal").asString())
                .isEqualTo("Organización Internacional para las Migraciones");
    }

    @ParameterizedTest
    @CsvSource({"book, book", "report, report", "research_paper, report", "summary_report, report",
            "info_sheet, pamphlet", "brochure, pamphlet", "chapter, chapter", "other, book"})
    void everyGenreHasACslType(String genre, String type) {
        PublicationGenre publicationGenre = Arrays.stream(PublicationGenre.values())
                .filter(constant -> constant.name().equalsIgnoreCase(genre)).findFirst().orElseThrow();

        assertThat(CslJson.type(publicationGenre)).isEqualTo(type);
        assertThat(CslJson.type(null)).isEqualTo("book");
    }

    @Test
    void refusesAPublicationTheDatasetDoesNotHold() {
        assertThatThrownBy(() -> CslJson.write(CitationFixtures.example("idm-no-28.json"), "idm-2018"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the dataset idm-no-28 has no publication with the id 'idm-2018'");
    }

    @Test
    void writesEveryFieldOfAnEdition() {
        String csl = CslJson.write(CitationFixtures.complete(), "guide");
        JsonNode items = MAPPER.readTree(csl);

        assertThat(errors(csl)).isEmpty();
        assertThat(items).hasSize(2);
        assertThat(items.get(0)).isEqualTo(MAPPER.readTree("{\"id\": \"guide-en\", \"type\": \"book\","
                + " \"title\": \"The Guide, second edition\","
                + " \"author\": [{\"family\": \"Dupont\", \"given\": \"Marie\"}, {\"family\": \"Li\", \"given\": \"Wei\"}],"
                + " \"translator\": [{\"literal\": \"Nadia\"}], \"contributor\": [{\"literal\": \"UNHCR\"}],"
                + " \"collection-title\": \"Guides\", \"collection-number\": \"3\","
                + " \"publisher\": \"International Organization for Migration\", \"publisher-place\": \"Geneva\","
                + " \"issued\": {\"date-parts\": [[2020, 5]]}, \"number-of-pages\": 96,"
                + " \"ISBN\": \"9789290687801\", \"ISSN\": \"1726-2224\", \"language\": \"en\", \"medium\": \"print\","
                + " \"URL\": \"https://publications.iom.int/guide\", \"DOI\": \"10.1000/guide{2}\\\\x\","
                + " \"abstract\": \"How to count.\", \"keyword\": \"Migration data, Return\"}"));
        assertThat(items.get(1).at("/issued/date-parts/0").toString()).as("known to the year").isEqualTo("[2020]");
    }

    @Test
    void aPamphletWithFewFieldsHasOnlyThose() {
        assertThat(MAPPER.readTree(CslJson.write(CitationFixtures.complete(), "leaflet")).get(0)).isEqualTo(MAPPER.readTree(
                "{\"id\": \"leaflet\", \"type\": \"pamphlet\", \"title\": \"Dépliant\", \"collection-title\": \"Guides\","
                        + " \"collection-number\": \"4\", \"ISSN\": \"1726-4030\", \"language\": \"fr\"}"));
    }

    @Test
    void aDatasetWithoutPublicationsIsAnEmptyArray() {
        assertThat(MAPPER.readTree(CslJson.write(Dataset.builder(CitationFixtures.complete().metadata()).build())))
                .isEmpty();
    }
}
