package io.github.gcmdata.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gcmdata.validation.ViolationCode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public access to the bundled schemas. */
class JsonSchemasTest {

    @Test
    void listsTheDatasetThenTheRecordKinds() {
        assertThat(JsonSchemas.kinds()).containsExactly("dataset", "organisation", "state", "person", "membership",
                "event", "event-series", "publication", "publication-series", "news-item", "objective", "guiding-principle", "document",
                "vote-event", "grant", "project");
        assertThat(SchemaGenerator.ROOTS.keySet()).containsExactlyElementsOf(JsonSchemas.kinds());
    }

    @Test
    void servesEachSchemaWithItsIdAndAtItsDocumentedResourcePath() throws Exception {
        for (String kind : JsonSchemas.kinds()) {
            JsonNode schema = JsonMapper.builder().build().readTree(JsonSchemas.of(kind));

            assertThat(schema.get("$id").asString())
                    .isEqualTo(JsonSchemas.id(kind))
                    .isEqualTo("https://gcmdata.github.io/gcm-reference-data/schema/0.2/" + kind + ".schema.json");
            assertThat(JsonSchemas.resourcePath(kind)).isEqualTo("io/github/gcmdata/schema/" + kind + ".schema.json");
            try (InputStream in = ClassLoader.getSystemClassLoader().getResourceAsStream(JsonSchemas.resourcePath(kind))) {
                assertThat(in).as("the resource %s", JsonSchemas.resourcePath(kind)).isNotNull();
            }
        }
        assertThat(JsonSchemas.dataset()).isEqualTo(JsonSchemas.of("dataset"));
    }

    @Test
    void theReadmeSaysForEveryValidationCodeWhetherTheSchemaChecksIt() throws Exception {
        List<String> codes = Arrays.stream(ViolationCode.values()).map(ViolationCode::code).collect(Collectors.toList());
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## JSON Schema, for other languages"), readme.indexOf("## Build and test"));

        assertThat(codes).allSatisfy(code -> assertThat(section).as("the README's schema section names %s", code).contains("`" + code + "`"));
    }

    @Test
    void rejectsAnUnknownKindNamingTheKinds() {
        assertThatThrownBy(() -> JsonSchemas.of("events"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No JSON Schema of kind 'events'; the kinds are dataset, organisation, state, person, "
                        + "membership, event, event-series, publication, publication-series, news-item, objective, guiding-principle, "
                        + "document, vote-event, grant, project");
        assertThatThrownBy(() -> JsonSchemas.of(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonSchemas.id("Event")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonSchemas.resourcePath("")).isInstanceOf(IllegalArgumentException.class);
    }
}
