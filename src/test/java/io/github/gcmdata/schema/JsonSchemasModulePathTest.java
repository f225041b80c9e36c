package io.github.gcmdata.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** On the module path, the schema package is exported and its resources are read from the library's own module. */
class JsonSchemasModulePathTest {

    private static final Path CLASSES = Path.of("target", "classes");

    @Test
    void theSchemaPackageIsExported() {
        assertThat(ModuleFinder.of(CLASSES).findAll().stream().map(ModuleReference::descriptor).findFirst().orElseThrow()
                .exports()).anySatisfy(export -> {
                    assertThat(export.source()).isEqualTo("io.github.gcmdata.schema");
                    assertThat(export.isQualified()).isFalse();
                });
    }

    @Test
    void readsEverySchemaFromTheModulePath() throws Exception {
        String modulePath = CLASSES + File.pathSeparator
                + Files.readString(Path.of("target", "runtime-module-path.txt")).strip();
        Process process = new ProcessBuilder(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "--module-path", modulePath,
                "--add-modules", "io.github.gcmdata",
                "-cp", Path.of("target", "test-classes").toString(),
                "modulesmoke.SchemaModulePathSmoke")).redirectErrorStream(true).start();
        boolean finished = process.waitFor(60, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(finished).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output.strip().lines()).hasSize(JsonSchemas.kinds().size() + 1).last().isEqualTo("io.github.gcmdata");
    }
}
