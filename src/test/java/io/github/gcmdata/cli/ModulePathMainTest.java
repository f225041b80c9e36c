package io.github.gcmdata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.testing.SampleDatasets;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on the module path, in a child JVM: picocli reads the options reflectively
 * through {@code opens io.github.gcmdata.cli to info.picocli}, and without picocli the command
 * says so in one line.
 */
class ModulePathMainTest {

    /** The library's runtime dependencies among the test class path, by jar name. */
    private static final Pattern RUNTIME_JARS = Pattern.compile(
            "(jackson-annotations-|jackson-core-3|jackson-databind-3|jakarta\\.validation-api-|hibernate-validator-"
                    + "|jboss-logging-|classmate-|libphonenumber-|picocli-).*\\.jar");

    @TempDir
    Path dir;

    @Test
    void runsFromTheModulePathWithPicocliAdded() throws Exception {
        Path file = Files.writeString(dir.resolve("dates.json"), GcmJson.pretty().write(SampleDatasets.endBeforeStart()));

        Output output = java("--add-modules", "info.picocli", "-m", "io.github.gcmdata/io.github.gcmdata.cli.Main",
                "validate", "--lang", "fr", file.toString());

        assertThat(output.exitCode()).as(output.text()).isEqualTo(1);
        assertThat(output.text()).contains("  /events/0/endDate  date.endBeforeStart  endDate: la fin ne devrait pas");
    }

    @Test
    void saysInOneLineThatPicocliIsMissing() throws Exception {
        Output output = java("-m", "io.github.gcmdata/io.github.gcmdata.cli.Main", "--version");

        assertThat(output.exitCode()).isEqualTo(2);
        assertThat(output.text()).matches("gcm: picocli is missing \\(no class picocli\\.CommandLine[$\\w]*\\): add"
                + " info\\.picocli:picocli, an optional dependency of gcm-reference-data \\(on the module path, also"
                + " --add-modules info\\.picocli\\)\n");
    }

    private record Output(int exitCode, String text) {
    }

    private static Output java(String... arguments) throws IOException, InterruptedException {
        String modulePath = Path.of("target", "classes") + File.pathSeparator
                + Arrays.stream(System.getProperty("java.class.path").split(Pattern.quote(File.pathSeparator)))
                        .filter(entry -> RUNTIME_JARS.matcher(Path.of(entry).getFileName().toString()).matches())
                        .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"), "--module-path", modulePath));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Output(process.exitValue(), text);
    }
}
