package io.github.gcmdata.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public access to the bundled schemas. */
class JsonSchemasTest {

    @Test
    void listsTheDatasetThenTheRecordKinds() {
        assertThat(JsonSchemas.kinds()).containsExactly("dataset", "organisation", "state", "person", "membership",
                "event", "publication", "publication-series", "news-item", "objective", "guiding-principle", "document",
                "vote-event");
        assertThat(SchemaGenerator.ROOTS.keySet()).containsExactlyElementsOf(JsonSchemas.kinds());
    }

    @Test
    void servesEachSchemaWithItsIdAndAtItsDocumentedResourcePath() throws Exception {
        for (String kind : JsonSchemas.kinds()) {
            JsonNode schema = JsonMapper.builder().build().readTree(JsonSchemas.of(kind));

            assertThat(schema.get("$id").asString())
                    .isEqualTo(JsonSchemas.id(kind))
                    .isEqualTo("https://gcmdata.github.io/gcm-reference-data/schema/0.1/" + kind + ".schema.json");
            assertThat(JsonSchemas.resourcePath(kind)).isEqualTo("io/github/gcmdata/schema/" + kind + ".schema.json");
            try (InputStream in = ClassLoader.getSystemClassLoader().getResourceAsStream(JsonSchemas.resourcePath(kind))) {
                assertThat(in).as("the resource %s", JsonSchemas.resourcePath(kind)).isNotNull();
            }
        }
        assertThat(JsonSchemas.dataset()).isEqualTo(JsonSchemas.of("dataset"));
    }

    @Test
    void theReadmeSaysForEveryValidationCodeWhetherTheSchemaChecksIt() throws Exception {
        String violation = Files.readString(Path.of("src/main/java/io/github/gcmdata/validation/Violation.java"));
        List<String> codes = Pattern.compile("<tr><td>\\{@code ([a-zA-Z]+\\.[a-zA-Z]+)}</td>").matcher(violation).results()
                .map(match -> match.group(1)).collect(Collectors.toList());
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## JSON Schema, for other languages"), readme.indexOf("## Build and test"));

        assertThat(codes).hasSizeGreaterThan(25)
                .allSatisfy(code -> assertThat(section).as("the README's schema section names %s", code).contains("`" + code + "`"));
    }

    @Test
    void rejectsAnUnknownKindNamingTheKinds() {
        assertThatThrownBy(() -> JsonSchemas.of("events"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No JSON Schema of kind 'events'; the kinds are dataset, organisation, state, person, "
                        + "membership, event, publication, publication-series, news-item, objective, guiding-principle, "
                        + "document, vote-event");
        assertThatThrownBy(() -> JsonSchemas.of(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonSchemas.id("Event")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonSchemas.resourcePath("")).isInstanceOf(IllegalArgumentException.class);
    }
}
