package io.github.gcmdata.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundled JSON Schemas are exactly what the generator makes of the records now, so that they
 * cannot drift from the model. With {@code -Dgcm.schema.regenerate=true} it rewrites them instead.
 */
class SchemaDriftTest {

    private static final boolean REGENERATE = Boolean.getBoolean("gcm.schema.regenerate");

    @Test
    void theBundledSchemasAreWhatTheModelGenerates() throws IOException {
        SchemaGenerator generator = new SchemaGenerator();
        if (REGENERATE) {
            generator.writeAll(SchemaGenerator.RESOURCE_DIRECTORY);
        }
        Map<String, String> generated = generator.generateAll();

        for (Map.Entry<String, String> schema : generated.entrySet()) {
            Path file = SchemaGenerator.RESOURCE_DIRECTORY.resolve(schema.getKey() + ".schema.json");
            assertThat(Files.exists(file))
                    .as("%s is missing; run %s", file, SchemaGenerator.REGENERATE_COMMAND)
                    .isTrue();
            assertThat(Files.readString(file, StandardCharsets.UTF_8))
                    .as("%s differs from what the records generate: the model changed. Regenerate with%n  %s%n"
                            + "and review and commit the difference", file, SchemaGenerator.REGENERATE_COMMAND)
                    .isEqualTo(schema.getValue());
        }
    }

    @Test
    void theDirectoryHoldsNoOtherSchema() throws IOException {
        try (Stream<Path> files = Files.list(SchemaGenerator.RESOURCE_DIRECTORY)) {
            assertThat(files.map(file -> file.getFileName().toString()).collect(Collectors.toList()))
                    .as("every file in %s is generated; remove the others", SchemaGenerator.RESOURCE_DIRECTORY)
                    .containsExactlyInAnyOrderElementsOf(JsonSchemas.kinds().stream()
                            .map(kind -> kind + ".schema.json").collect(Collectors.toList()));
        }
    }

    @Test
    void theJarServesTheBundledFiles() throws IOException {
        for (String kind : JsonSchemas.kinds()) {
            assertThat(JsonSchemas.of(kind)).as(kind).isEqualTo(
                    Files.readString(SchemaGenerator.RESOURCE_DIRECTORY.resolve(kind + ".schema.json"), StandardCharsets.UTF_8));
        }
    }
}
