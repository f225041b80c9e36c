package io.github.gcmdata.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.json.GcmJsonException;
import io.github.gcmdata.validation.GcmValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bundled schemas, checked by an independent validator (networknt json-schema-validator, draft
 * 2020-12, with format assertions on): they accept every example and the bundled reference data,
 * record by record too, and reject broken copies at the right place, each of which the library
 * itself also rejects, when reading or when validating.
 */
class JsonSchemaValidationTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true)
                    .pathType(PathType.JSON_POINTER)
                    .build()));
    private static final String REFERENCE_DATA = "/io/github/gcmdata/reference/gcm-reference-data.json";

    /** The dataset's list properties, each holding records of one kind. */
    private static final Map<String, String> LISTS = lists();

    static List<String> datasets() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            files.filter(file -> file.toString().endsWith(".json")).sorted().forEach(file -> names.add(file.toString()));
        }
        names.add(REFERENCE_DATA);
        return names;
    }

    static List<String> kinds() {
        return JsonSchemas.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void everySchemaIsAValidDraft202012SchemaWithItsId(String kind) {
        JsonNode schema = MAPPER.readTree(JsonSchemas.of(kind));
        Schema metaSchema = REGISTRY.getSchema(com.networknt.schema.SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        assertThat(metaSchema.validate(schema)).isEmpty();
        assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("$id").asString()).isEqualTo(JsonSchemas.id(kind));
        assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("datasets")
    void everyDatasetIsValid(String dataset) {
        assertThat(errors(JsonSchemas.dataset(), read(dataset))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("datasets")
    void everyRecordIsValidAgainstTheSchemaOfItsKind(String dataset) {
        JsonNode root = read(dataset);
        int records = 0;
        for (Map.Entry<String, String> list : LISTS.entrySet()) {
            Schema schema = schema(JsonSchemas.of(list.getValue()));
            for (JsonNode record : root.path(list.getKey())) {
                assertThat(render(schema.validate(record))).as("%s in %s", list.getValue(), dataset).isEmpty();
                records++;
            }
        }
        assertThat(records).isPositive();
    }

    @Test
    void everyKindOfRecordOccursInTheBundledData() throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String dataset : datasets()) {
            JsonNode root = read(dataset);
            LISTS.forEach((list, kind) -> counts.merge(kind, root.path(list).size(), Integer::sum));
        }

        assertThat(counts).allSatisfy((kind, count) -> assertThat(count).as(kind).isPositive());
    }

    static Stream<Arguments> brokenCopies() {
        return Stream.of(
                broken("a number as text", REFERENCE_DATA, "/objectives/0/number", "type",
                        root -> object(root, "/objectives/0").put("number", "1"), Gate.READING),
                broken("text as a number", "examples/idm-2022-first-session.json", "/events/0/id", "type",
                        root -> object(root, "/events/0").put("id", 7), Gate.READING),
                broken("a single value for a list", "examples/idm-2022-first-session.json", "/events/0/organizers", "type",
                        root -> object(root, "/events/0").set("organizers", root.at("/events/0/organizers/0")), Gate.READING),
                broken("a missing required property", REFERENCE_DATA, "/organisations/0", "required",
                        root -> object(root, "/organisations/0").remove("name"), Gate.READING),
                broken("a missing required metadata", "examples/idm-no-28.json", "", "required",
                        root -> ((ObjectNode) root).remove("metadata"), Gate.READING),
                broken("an unknown property", "examples/idm-2022-first-session.json", "/events/0", "additionalProperties",
                        root -> object(root, "/events/0").put("colour", "blue"), Gate.READING),
                broken("an unknown property deep down", "examples/idm-2022-first-session.json", "/events/0/agenda/0/items/0",
                        "additionalProperties", root -> object(root, "/events/0/agenda/0/items/0").put("room", "XX"), Gate.READING),
                broken("a malformed ISBN", "examples/idm-no-28.json", "/publications/0/editions/0/isbns/0/isbn", "pattern",
                        root -> object(root, "/publications/0/editions/0/isbns/0").put("isbn", "978929068780"), Gate.READING),
                broken("a malformed ISSN", REFERENCE_DATA, "/publicationSeries/0/issns/0/issn", "pattern",
                        root -> object(root, "/publicationSeries/0/issns/0").put("issn", "1726-40A0"), Gate.READING),
                broken("a bad enum constant", "examples/idm-2022-first-session.json", "/events/0/kind", "enum",
                        root -> object(root, "/events/0").put("kind", "IDM_SESSION"), Gate.READING),
                broken("a malformed language-map key", REFERENCE_DATA, "/organisations/0/name", "additionalProperties",
                        root -> object(root, "/organisations/0/name").put("en_GB", "IOM"), Gate.READING),
                broken("a language-map key that is no ISO 639 language", REFERENCE_DATA, "/organisations/0/name",
                        "additionalProperties", root -> object(root, "/organisations/0/name").put("English", "IOM"),
                        Gate.VALIDATION),
                broken("a language-map value that is no text", REFERENCE_DATA, "/organisations/0/name/en", "type",
                        root -> object(root, "/organisations/0/name").put("en", 1), Gate.READING),
                broken("a malformed partial date", REFERENCE_DATA, "/organisations/0/foundingDate", "pattern",
                        root -> object(root, "/organisations/0").put("foundingDate", "1951-13"), Gate.READING),
                broken("a malformed date", "examples/idm-2022-first-session.json", "/events/0/startDate", "pattern",
                        root -> object(root, "/events/0").put("startDate", "28.02.2022"), Gate.READING),
                broken("a day not in the calendar, where formats are asserted", "examples/idm-2022-first-session.json",
                        "/events/0/agenda/0/date", "format",
                        root -> object(root, "/events/0/agenda/0").put("date", "2022-02-30"), Gate.READING),
                broken("an agenda time with seconds", "examples/idm-2022-first-session.json",
                        "/events/0/agenda/0/items/0/startTime", "pattern",
                        root -> object(root, "/events/0/agenda/0/items/0").put("startTime", "09:00:00"), Gate.READING),
                broken("a malformed UN document symbol", REFERENCE_DATA, "/documents/0/symbol", "pattern",
                        root -> object(root, "/documents/0").put("symbol", "A RES 73 195"), Gate.READING),
                broken("an objective number out of range", REFERENCE_DATA, "/objectives/0/number", "maximum",
                        root -> object(root, "/objectives/0").put("number", 24), Gate.VALIDATION),
                broken("a related objective out of range", "examples/idm-2022-first-session.json",
                        "/events/0/relatedObjectives/0", "minimum",
                        root -> object(root, "/events/0").putArray("relatedObjectives").add(0), Gate.VALIDATION),
                broken("an identifier with a space", REFERENCE_DATA, "/organisations/0/id", "pattern",
                        root -> object(root, "/organisations/0").put("id", "the iom"), Gate.VALIDATION),
                broken("an alpha-3 code where alpha-2 belongs", REFERENCE_DATA, "/states/0/alpha2", "pattern",
                        root -> object(root, "/states/0").put("alpha2", "CHE"), Gate.VALIDATION),
                broken("a guiding principle letter out of range", REFERENCE_DATA, "/guidingPrinciples/0/letter", "pattern",
                        root -> object(root, "/guidingPrinciples/0").put("letter", "k"), Gate.VALIDATION),
                broken("an empty required text", REFERENCE_DATA, "/organisations/0/name", "minProperties",
                        root -> object(root, "/organisations/0").putObject("name"), Gate.VALIDATION));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCopies")
    void aBrokenCopyIsRejectedAtItsPlaceAsTheLibraryRejectsIt(String what, String dataset, String pointer, String keyword,
            Consumer<JsonNode> breakIt, Gate gate) {
        JsonNode root = read(dataset);
        assertThat(errors(JsonSchemas.dataset(), root)).as("the original").isEmpty();
        breakIt.accept(root);

        List<Error> errors = schema(JsonSchemas.dataset()).validate(root);

        assertThat(errors).as(String.join("\n", render(errors))).isNotEmpty()
                .anySatisfy(error -> {
                    assertThat(error.getInstanceLocation().toString()).isEqualTo(pointer);
                    assertThat(error.getKeyword()).isEqualTo(keyword);
                });
        String json = MAPPER.writeValueAsString(root);
        if (gate == Gate.READING) {
            assertThatThrownBy(() -> GcmJson.standard().readDataset(json)).isInstanceOf(GcmJsonException.class);
        } else {
            assertThat(GcmValidator.create().validate(GcmJson.standard().readDataset(json)).violations())
                    .anySatisfy(violation -> assertThat(violation.jsonPointer()).startsWith(pointer));
        }
    }

    /** Which of the library's gates also rejects a broken copy. */
    enum Gate {
        /** {@code GcmJson} does not read it. */
        READING,
        /** {@code GcmJson} reads it, {@code GcmValidator} reports it. */
        VALIDATION
    }

    private static Arguments broken(String what, String dataset, String pointer, String keyword,
            Consumer<JsonNode> breakIt, Gate gate) {
        return Arguments.of(what, dataset, pointer, keyword, breakIt, gate);
    }

    private static ObjectNode object(JsonNode root, String pointer) {
        JsonNode node = root.at(pointer);
        assertThat(node.isObject()).as("%s is an object", pointer).isTrue();
        return (ObjectNode) node;
    }

    static Schema schema(String schemaText) {
        return REGISTRY.getSchema(schemaText);
    }

    static List<String> errors(String schemaText, JsonNode instance) {
        return render(schema(schemaText).validate(instance));
    }

    private static List<String> render(List<Error> errors) {
        return errors.stream().map(error -> error.getInstanceLocation() + " [" + error.getKeyword() + "] " + error.getMessage())
                .collect(Collectors.toList());
    }

    static JsonNode read(String dataset) {
        if (dataset.startsWith("/")) {
            try (InputStream in = JsonSchemaValidationTest.class.getResourceAsStream(dataset)) {
                return MAPPER.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return MAPPER.readTree(Path.of(dataset).toFile());
    }

    private static Map<String, String> lists() {
        Map<String, String> lists = new LinkedHashMap<>();
        lists.put("organisations", "organisation");
        lists.put("states", "state");
        lists.put("persons", "person");
        lists.put("memberships", "membership");
        lists.put("events", "event");
        lists.put("publications", "publication");
        lists.put("publicationSeries", "publication-series");
        lists.put("newsItems", "news-item");
        lists.put("objectives", "objective");
        lists.put("guidingPrinciples", "guiding-principle");
        lists.put("documents", "document");
        return lists;
    }
}
