package io.github.gcmdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A user's build, against the jar that {@code package} just built: the sample project in
 * {@code src/it/consumer} is compiled with {@code javac} (in this JVM, through
 * {@link ToolProvider}, which {@code java.base} exports, so the test needs no read of
 * {@code java.compiler}) and run in a child JVM, the way a Maven user's build would see the
 * library: with its required dependencies only, the optional AssertJ and picocli left out unless
 * the user adds them.
 *
 * <ul>
 * <li>a named module that requires only {@code io.github.gcmdata}, without AssertJ;
 * <li>a named module with AssertJ that uses {@code GcmAssertions} beside AssertJ's own assertions;
 * <li>the same application on the class path;
 * <li>the class path with an older {@code jackson-annotations} pinned, as a BOM or a dependency
 *     declared first does, which must fail with a message that names the fix.
 * </ul>
 *
 * <p>Run by maven-failsafe-plugin in {@code integration-test}, after {@code package}: the jar,
 * the dependency lists and the old {@code jackson-annotations} are prepared by the build (see the
 * pom) from the local repository, so nothing is downloaded at test time. What each consumer
 * printed is kept in {@code target/consumer/<variant>/output.txt}.
 */
class ConsumerBuildIT {

    private static final Path TARGET = Path.of("target");
    private static final Path SOURCES = Path.of("src", "it", "consumer");
    private static final Path WORK = TARGET.resolve("consumer");
    private static final Path EXAMPLE = Path.of("examples", "idm-no-28.json");

    /** What the application prints, wherever it runs; the first line says where. */
    private static final List<String> APPLICATION_OUTPUT = List.of(
            "read idm-no-28.json: dataset idm-no-28, 1 publication(s), 5 event(s)",
            "validated: valid",
            "written and read back: equal",
            "ReferenceData.objective(1): Collect and utilize accurate and disaggregated data as a basis for"
                    + " evidence-based policies",
            "JsonSchemas.kinds(): " + io.github.gcmdata.schema.JsonSchemas.kinds().size() + " kinds",
            "Isbn.parse(\"92-9068-780-0\"): 9789290687801");

    private static String libraryJar;
    /** The library's required dependencies: what a user's build gets without adding anything. */
    private static List<String> dependencies;
    /** AssertJ and its own dependency, which a user adds to use {@code GcmAssertions}. */
    private static List<String> assertj;

    @BeforeAll
    static void findTheBuiltJarAndItsDependencies() throws IOException {
        libraryJar = System.getProperty("gcm.jar");
        assertThat(libraryJar).as("the system property gcm.jar, set by the pom").isNotBlank();
        assertThat(Path.of(libraryJar)).as("the jar built by package").isRegularFile();
        dependencies = pathList(TARGET.resolve("consumer-dependencies.txt"));
        assertj = pathList(TARGET.resolve("consumer-assertj.txt"));
        assertThat(dependencies).as("the optional dependencies are left out")
                .noneMatch(jar -> jar.contains("assertj") || jar.contains("picocli"))
                .anyMatch(jar -> jar.contains("jackson-databind"));
        assertThat(assertj).anyMatch(jar -> jar.contains("assertj-core"));
    }

    @Test
    void namedModuleWithoutAssertjCompilesAndRuns() throws Exception {
        Path classes = compile("named-module", SOURCES.resolve("app"), "--module-path", modulePath(dependencies));

        Output output = run("named-module", "--module-path", modulePath(dependencies) + File.pathSeparator + classes,
                "-m", "consumer.app/consumer.app.ConsumerApp", EXAMPLE.toString());

        assertThat(output.exitCode()).as(output.toString()).isZero();
        assertThat(output.lines()).containsExactlyElementsOf(concat("library: module io.github.gcmdata", APPLICATION_OUTPUT));
    }

    @Test
    void namedModuleWithAssertjUsesGcmAssertions() throws Exception {
        List<String> withAssertj = concat(dependencies, assertj);
        Path classes = compile("named-module-assertj", SOURCES.resolve("assertions"), "--module-path", modulePath(withAssertj));

        Output output = run("named-module-assertj", "--module-path", modulePath(withAssertj) + File.pathSeparator + classes,
                "-m", "consumer.assertions/consumer.assertions.ConsumerAssertions", EXAMPLE.toString());

        assertThat(output.exitCode()).as(output.toString()).isZero();
        assertThat(output.lines()).containsExactly(
                "assertThat(dataset).isValid(): passed",
                "assertThat(brokenCopy).isValid(): failed as expected, naming isbn.checksum");
    }

    @Test
    void classPathCompilesAndRuns() throws Exception {
        Path classes = compile("class-path", SOURCES.resolve("app").resolve("consumer"), "--class-path", modulePath(dependencies));

        Output output = run("class-path", "--class-path", classes + File.pathSeparator + modulePath(dependencies),
                "consumer.app.ConsumerApp", EXAMPLE.toString());

        assertThat(output.exitCode()).as(output.toString()).isZero();
        assertThat(output.lines()).containsExactlyElementsOf(concat("library: class path", APPLICATION_OUTPUT));
    }

    @Test
    void olderJacksonAnnotationsFailsWithAMessageThatNamesTheFix() throws Exception {
        Path oldAnnotations = TARGET.resolve("consumer-jars").resolve("jackson-annotations-2.20.jar");
        assertThat(oldAnnotations).as("copied by the pom").isRegularFile();
        List<String> pinned = dependencies.stream()
                .map(jar -> jar.contains("jackson-annotations") ? oldAnnotations.toString() : jar)
                .collect(Collectors.toList());
        Path classes = compile("old-annotations", SOURCES.resolve("app").resolve("consumer"), "--class-path", modulePath(pinned));

        Output output = run("old-annotations", "--class-path", classes + File.pathSeparator + modulePath(pinned),
                "consumer.app.ConsumerApp", EXAMPLE.toString());

        assertThat(output.exitCode()).isNotZero();
        assertThat(output.errors())
                .contains("jackson-annotations 2.20 is too old")
                .contains("com.fasterxml.jackson.core:jackson-annotations:2.22")
                .doesNotContain("NoClassDefFoundError");
    }

    /** Point 12 of issue 13: the command line names the dependency that is missing or too old, never blames another. */
    @Test
    void commandLineNamesTheDependencyThatIsMissingOrTooOld() throws Exception {
        String picocli = Path.of(picocli.CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        Path oldAnnotations = TARGET.resolve("consumer-jars").resolve("jackson-annotations-2.20.jar");
        List<String> pinned = dependencies.stream()
                .map(jar -> jar.contains("jackson-annotations") ? oldAnnotations.toString() : jar)
                .collect(Collectors.toList());

        Output withoutPicocli = run("cli-without-picocli", "--class-path", modulePath(dependencies),
                "io.github.gcmdata.cli.Main", "validate", EXAMPLE.toString());
        Output olderAnnotations = run("cli-old-annotations", "--class-path", modulePath(concat(pinned, List.of(picocli))),
                "io.github.gcmdata.cli.Main", "validate", EXAMPLE.toString());

        assertThat(withoutPicocli.exitCode()).as(withoutPicocli.toString()).isEqualTo(2);
        assertThat(withoutPicocli.errors()).startsWith("gcm: picocli is missing (no class picocli.")
                .contains("add info.picocli:picocli").hasLineCount(1);
        assertThat(olderAnnotations.exitCode()).as(olderAnnotations.toString()).isEqualTo(2);
        assertThat(olderAnnotations.errors()).startsWith("gcm: jackson-annotations 2.20 is too old")
                .doesNotContain("picocli").hasLineCount(1);
    }

    private static Path compile(String variant, Path sourceFolder, String pathOption, String path) throws IOException {
        Path classes = WORK.resolve(variant).resolve("classes");
        Files.createDirectories(classes);
        List<String> arguments = new ArrayList<>(List.of("--release", "17", "-Xlint:all", "-Werror",
                "-d", classes.toString(), pathOption, path));
        try (Stream<Path> files = Files.walk(sourceFolder)) {
            files.filter(file -> file.toString().endsWith(".java")).sorted().forEach(file -> arguments.add(file.toString()));
        }
        ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow(() -> new AssertionError("no javac: run on a JDK"));
        StringWriter messages = new StringWriter();
        PrintWriter writer = new PrintWriter(messages);
        int exitCode = javac.run(writer, writer, arguments.toArray(String[]::new));
        writer.flush();
        Files.writeString(WORK.resolve(variant).resolve("javac.txt"),
                "$ javac " + String.join(" ", arguments) + "\n" + messages + "exit code " + exitCode + "\n");
        assertThat(exitCode).as("javac %s%n%s", String.join(" ", arguments), messages).isZero();
        return classes;
    }

    /** What a consumer printed on standard output and on standard error, and its exit code. */
    private record Output(int exitCode, String text, String errors) {

        List<String> lines() {
            return text.lines().collect(Collectors.toList());
        }

        @Override
        public String toString() {
            return text + errors;
        }
    }

    private static Output run(String variant, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(Arrays.asList(arguments));
        Files.createDirectories(WORK.resolve(variant));
        Path errors = WORK.resolve(variant).resolve("stderr.txt");
        Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished within 60 s").isTrue();
        String errorText = Files.readString(errors);
        Files.writeString(WORK.resolve(variant).resolve("output.txt"), "$ " + String.join(" ", command) + "\n"
                + text + errorText + "exit code " + process.exitValue() + "\n");
        return new Output(process.exitValue(), text, errorText);
    }

    private static List<String> pathList(Path file) throws IOException {
        assertThat(file).as("written by the pom's dependency plugin").isRegularFile();
        return Arrays.stream(Files.readString(file).strip().split(File.pathSeparator))
                .filter(entry -> !entry.isEmpty())
                .collect(Collectors.toList());
    }

    private static String modulePath(List<String> dependencyJars) {
        return libraryJar + File.pathSeparator + String.join(File.pathSeparator, dependencyJars);
    }

    private static List<String> concat(String first, List<String> rest) {
        return concat(List.of(first), rest);
    }

    private static List<String> concat(List<String> first, List<String> rest) {
        List<String> all = new ArrayList<>(first);
        all.addAll(rest);
        return all;
    }
}
