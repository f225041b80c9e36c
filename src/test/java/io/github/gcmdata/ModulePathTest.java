package io.github.gcmdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The library is a real module: it exports only its API and works on the module path. */
class ModulePathTest {

    private static final Path CLASSES = Path.of("target", "classes");

    @Test
    void exportsOnlyTheApiPackages() {
        ModuleDescriptor descriptor = descriptor();

        assertThat(descriptor.name()).isEqualTo("io.github.gcmdata");
        assertThat(descriptor.exports()).allSatisfy(export -> assertThat(export.isQualified()
                || !export.source().contains(".internal")).as(export.source()).isTrue());
        assertThat(descriptor.exports().stream().filter(export -> !export.isQualified()).map(ModuleDescriptor.Exports::source))
                .contains("io.github.gcmdata.model", "io.github.gcmdata.identifier", "io.github.gcmdata.json")
                .doesNotContain("io.github.gcmdata.internal");
    }

    @Test
    void opensTheRecordPackagesOnlyToTheLibrariesThatReflectOnThem() {
        ModuleDescriptor descriptor = descriptor();

        assertThat(descriptor.isOpen()).isFalse();
        assertThat(descriptor.opens()).allSatisfy(opens -> assertThat(opens.isQualified()).as(opens.source()).isTrue());
        Set<String> opened = descriptor.opens().stream().map(ModuleDescriptor.Opens::source).collect(Collectors.toSet());
        assertThat(opened).contains("io.github.gcmdata.model", "io.github.gcmdata.identifier");
    }

    @Test
    void readsAndWritesTheExamplesFromTheModulePath() throws Exception {
        String modulePath = CLASSES + File.pathSeparator
                + Files.readString(Path.of("target", "runtime-module-path.txt")).strip();
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "--module-path", modulePath,
                "--add-modules", "io.github.gcmdata",
                "-cp", Path.of("target", "test-classes").toString(),
                "modulesmoke.ModulePathSmoke"));
        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            examples.filter(file -> file.toString().endsWith(".json")).sorted().forEach(file -> command.add(file.toString()));
        }

        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean finished = process.waitFor(60, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(finished).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output.strip()).isEqualTo("io.github.gcmdata");
        assertThat(command.size()).as("the examples were read").isGreaterThan(8);
    }

    private static ModuleDescriptor descriptor() {
        return ModuleFinder.of(CLASSES).findAll().stream()
                .map(ModuleReference::descriptor)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no module-info.class in " + CLASSES));
    }
}
