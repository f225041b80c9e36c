package io.github.gcmdata.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled reference data is exactly what the sourced tables in {@code src/data/reference}
 * generate, so that no fact is typed into the JSON by hand. With
 * {@code -Dgcm.reference.regenerate=true} it rewrites the file instead.
 */
class ReferenceDataDriftTest {

    private static final boolean REGENERATE = Boolean.getBoolean("gcm.reference.regenerate");

    @Test
    void theBundledDataIsWhatTheTablesGenerate() throws IOException {
        ReferenceDataGenerator generator = new ReferenceDataGenerator(ReferenceDataGenerator.TABLES);
        if (REGENERATE) {
            generator.write(ReferenceDataGenerator.RESOURCE);
        }
        assertThat(Files.readString(ReferenceDataGenerator.RESOURCE, StandardCharsets.UTF_8))
                .as("%s differs from what the tables in %s generate: a table changed. Regenerate with%n  %s%n"
                        + "and review and commit the difference", ReferenceDataGenerator.RESOURCE,
                        ReferenceDataGenerator.TABLES, ReferenceDataGenerator.REGENERATE_COMMAND)
                .isEqualTo(generator.generateJson());
    }

    @Test
    void everyTableIsRead() throws IOException {
        ReferenceDataGenerator generator = new ReferenceDataGenerator(ReferenceDataGenerator.TABLES);
        generator.generate();
        try (Stream<Path> files = Files.list(ReferenceDataGenerator.TABLES)) {
            assertThat(files.map(file -> file.getFileName().toString()).collect(Collectors.toList()))
                    .as("every table in %s is read by the generator", ReferenceDataGenerator.TABLES)
                    .containsExactlyInAnyOrderElementsOf(generator.tablesRead());
        }
    }

    @Test
    void theJarServesTheBundledFile() throws IOException {
        assertThat(GcmJsonHolder.readResource()).isEqualTo(
                Files.readString(ReferenceDataGenerator.RESOURCE, StandardCharsets.UTF_8));
    }

    @Test
    void aCorrectionIsOneRowAndItsSource(@TempDir Path tables) throws IOException {
        copyTables(tables);
        Path file = tables.resolve("objective_texts.csv");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int row = lines.indexOf(lines.stream().filter(line -> line.startsWith("18,name,fr,")).findFirst().orElseThrow());
        lines.set(row, "18,name,fr,Titre corrigé,https://example.org/a-res-73-195-fr,A/RES/73/195 (texte officiel),"
                + "heading of objective 18,2026-12-01,official,/name/fr,,,,,,");
        Files.write(file, lines, StandardCharsets.UTF_8);

        var objective = new ReferenceDataGenerator(tables).generate().objectives().get(17);

        assertThat(objective.name().exactly(io.github.gcmdata.identifier.LanguageTag.FRENCH)).contains("Titre corrigé");
        assertThat(objective.nameSources(io.github.gcmdata.identifier.LanguageTag.FRENCH))
                .singleElement()
                .satisfies(source -> {
                    assertThat(source.url()).hasToString("https://example.org/a-res-73-195-fr");
                    assertThat(source.standing()).isEqualTo(io.github.gcmdata.model.SourceStanding.OFFICIAL);
                });
    }

    @Test
    void aBadCellFailsNamingTheTableTheRowAndTheColumn(@TempDir Path tables) throws IOException {
        copyTables(tables);
        Path file = tables.resolve("states.csv");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        lines.set(2, lines.get(2).replaceFirst("^AGO,AO,", "AGO,A0,"));
        Files.write(file, lines, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new ReferenceDataGenerator(tables).generate())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("states.csv row 3, column alpha2: cannot read 'A0'");
    }

    @Test
    void aSourceForNoRecordFails(@TempDir Path tables) throws IOException {
        copyTables(tables);
        Files.writeString(tables.resolve("more_sources.csv"), "state/XXX,https://example.org/,,,,,,\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        assertThatThrownBy(() -> new ReferenceDataGenerator(tables).generate())
                .hasMessageContaining("more_sources.csv names records that no table holds: [state/XXX]");
    }

    private static void copyTables(Path target) throws IOException {
        try (Stream<Path> files = Files.list(ReferenceDataGenerator.TABLES)) {
            for (Path file : files.collect(Collectors.toList())) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
    }

    /** Reads the bundled file as the jar serves it. */
    private static final class GcmJsonHolder {
        static String readResource() throws IOException {
            try (var in = ReferenceData.class.getResourceAsStream(ReferenceData.RESOURCE)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
