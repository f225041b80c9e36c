package io.github.gcmdata.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's annotation processor, run by javac on small records: what it writes for a good one,
 * and the error it reports, on the right element, for each way a record can get its builder wrong.
 *
 * <p>The processor is not on the test class path: javac loads it from {@code target/build-classes},
 * as the library's compile does.
 */
class BuilderProcessorTest {

    private static final String HEADER = """
            package sample;

            import com.fasterxml.jackson.annotation.JsonProperty;
            import io.github.gcmdata.internal.GenerateBuilder;
            import java.util.List;

            /**
             * A sample.
             *
             * @param id  the identifier, not null
             * @param name  the name, not null
             * @param note  a note, or null
             * @param tags  its tags
             */
            @GenerateBuilder
            public record Sample(@JsonProperty(required = true) String id, @JsonProperty(required = true) String name,
                    String note, List<String> tags) {
            """;

    private static final String TO_BUILDER = """
                public Builder toBuilder() {
                    return new Builder().copyFrom(this);
                }
            """;

    private static final String BUILDER = """
                public static final class Builder extends SampleBuilderBase {
                    private Builder() {
                    }
                }
            """;

    private static final String FACTORY = """
                public static Builder builder(String id, String name) {
                    return new Builder().id(id).name(name);
                }
            """;

    @TempDir
    Path directory;

    @Test
    void writesABaseClassWithASetterForEveryComponentThatCompilesWithoutWarnings() throws IOException {
        Result result = compile(HEADER + FACTORY + TO_BUILDER + BUILDER + "}\n");

        assertThat(result.errorsAndWarnings()).isEmpty();
        assertThat(result.generated()).contains(
                "abstract sealed class SampleBuilderBase permits Sample.Builder {",
                "     * Sets the identifier, not null.",
                "    public Sample.Builder id(String id) {",
                "     * @param note  the value, or null for none",
                "    public Sample.Builder tags(List<String> tags) {",
                "    public Sample.Builder tags(String... tags) {",
                "        BuilderLists.replace(this.tags, tags, \"Sample.Builder.tags\");",
                "     * @throws NullPointerException if id or name is null",
                "    public Sample build() {",
                "    final Sample.Builder copyFrom(Sample record) {");
    }

    @Test
    void refusesAFactoryThatTakesTheRequiredComponentsInAnotherOrder() throws IOException {
        String factory = FACTORY.replace("builder(String id, String name)", "builder(String name, String id)");

        assertThat(compile(HEADER + factory + TO_BUILDER + BUILDER + "}\n").errors()).containsExactly(
                "Sample.builder(name, id) must take the components that @JsonProperty(required = true) marks, "
                        + "in their order: (id, name)");
    }

    @Test
    void refusesARecordWithoutAFactory() throws IOException {
        assertThat(compile(HEADER + TO_BUILDER + BUILDER + "}\n").errors()).containsExactly(
                "Sample must declare public static Builder builder(...) taking the components that "
                        + "@JsonProperty(required = true) marks, in their order: (id, name)");
    }

    @Test
    void refusesFactoriesThatAllTakeOtherTypes() throws IOException {
        String factory = FACTORY.replace("builder(String id, String name)", "builder(CharSequence id, String name)")
                .replace(".id(id)", ".id(id.toString())");

        assertThat(compile(HEADER + factory + TO_BUILDER + BUILDER + "}\n").errors()).containsExactly(
                "Sample: one builder(...) must take the components that @JsonProperty(required = true) marks, "
                        + "in their order: (id, name), with the components' own types");
    }

    @Test
    void refusesAComponentWithoutParamTag() throws IOException {
        String header = HEADER.replace(" * @param note  a note, or null\n", "");

        assertThat(compile(header + FACTORY + TO_BUILDER + BUILDER + "}\n").errors()).containsExactly(
                "Sample: the record's javadoc has no @param note, from which its builder's setter is documented");
    }

    @Test
    void refusesARecordWithoutItsNestedBuilder() throws IOException {
        assertThat(compile(HEADER + "}\n").errors()).contains(
                "Sample must declare public static final class Builder extends SampleBuilderBase with a private constructor");
    }

    @Test
    void refusesABuilderThatOthersCouldCreate() throws IOException {
        String builder = BUILDER.replace("private Builder()", "Builder()");

        assertThat(compile(HEADER + FACTORY + TO_BUILDER + builder + "}\n").errors()).containsExactly(
                "Sample must declare public static final class Builder extends SampleBuilderBase with a private "
                        + "constructor: a builder starts from Sample.builder(...) or toBuilder()");
    }

    @Test
    void refusesARecordWithoutToBuilder() throws IOException {
        assertThat(compile(HEADER + FACTORY + BUILDER + "}\n").errors()).containsExactly(
                "Sample must declare public Builder toBuilder() { return new Builder().copyFrom(this); }");
    }

    @Test
    void refusesAListOfAGenericType() throws IOException {
        String header = HEADER.replace("List<String> tags", "List<List<String>> tags");

        assertThat(compile(header + FACTORY + TO_BUILDER + BUILDER + "}\n").errors()).containsExactly(
                "Sample.tags: a varargs setter needs a list of a plain class, not of java.util.List<java.lang.String>");
    }

    @Test
    void refusesAComponentNamedLikeTheBuildersOwnMethods() throws IOException {
        String header = HEADER.replace("String note,", "String build,").replace("@param note  a note", "@param build  a build");

        assertThat(compile(header + FACTORY + TO_BUILDER + BUILDER + "}\n").errors()).containsExactly(
                "Sample: a component named build would clash with the builder's own build(); rename it or write this builder by hand");
    }

    @Test
    void refusesAClassThatIsNotARecord() throws IOException {
        String source = """
                package sample;

                /** Not a record. */
                @io.github.gcmdata.internal.GenerateBuilder
                public final class Sample {
                }
                """;

        assertThat(compile(source).errors()).containsExactly("@GenerateBuilder is for top-level records; sample.Sample is not one");
    }

    // ---- Compiling ----

    /**
     * Runs javac as the build does: with the processor, {@code -Xlint:all} and {@code -Werror}. Through
     * {@code java.util.spi.ToolProvider}, since the test code, compiled into the library's module,
     * does not read {@code java.compiler}.
     */
    private Result compile(String source) throws IOException {
        Path sources = Files.createDirectories(directory.resolve("src/sample"));
        Path file = Files.writeString(sources.resolve("Sample.java"), source, StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(directory.resolve("classes"));
        Path generated = Files.createDirectories(directory.resolve("generated"));
        StringWriter output = new StringWriter();
        ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow(() -> new AssertionError("No javac in this JDK"));
        try (PrintWriter writer = new PrintWriter(output)) {
            javac.run(writer, writer,
                    "--release", "17", "-Xlint:all", "-Werror", "-encoding", "UTF-8",
                    "-classpath", classPath(),
                    "-processorpath", Path.of("target", "build-classes").toString(),
                    "-processor", "io.github.gcmdata.build.BuilderProcessor",
                    "-d", classes.toString(),
                    "-s", generated.toString(),
                    file.toString());
        }
        Path base = generated.resolve("sample/SampleBuilderBase.java");
        return new Result(output.toString(), Files.isRegularFile(base) ? Files.readAllLines(base, StandardCharsets.UTF_8) : List.of());
    }

    /** The library's classes and its runtime dependencies, among them Jackson's annotations. */
    private static String classPath() throws IOException {
        List<String> entries = new ArrayList<>();
        entries.add(Path.of("target", "classes").toString());
        entries.add(Files.readString(Path.of("target", "runtime-module-path.txt")).strip());
        return String.join(File.pathSeparator, entries);
    }

    /** What javac printed, and the generated base class, or no line when none was written. */
    private record Result(String output, List<String> generated) {

        private static final Pattern DIAGNOSTIC = Pattern.compile("^\\S+\\.java:\\d+: (error|warning): (.*)$", Pattern.MULTILINE);

        List<String> errors() {
            return diagnostics("error").stream()
                    // javac also reports the symbols the missing base class leaves unresolved.
                    .filter(message -> !message.startsWith("cannot find symbol"))
                    .collect(Collectors.toList());
        }

        List<String> errorsAndWarnings() {
            List<String> all = new ArrayList<>(diagnostics("error"));
            all.addAll(diagnostics("warning"));
            return all;
        }

        private List<String> diagnostics(String kind) {
            List<String> messages = new ArrayList<>();
            Matcher matcher = DIAGNOSTIC.matcher(output);
            while (matcher.find()) {
                if (matcher.group(1).equals(kind)) {
                    messages.add(matcher.group(2));
                }
            }
            return messages;
        }
    }
}
