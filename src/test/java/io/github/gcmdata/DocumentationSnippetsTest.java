package io.github.gcmdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java snippets of the documentation compile against the library as it is, so that the README
 * cannot drift from the API.
 *
 * <p>Every {@code ```java} block of {@link #DOCUMENTS} is compiled with {@code javac -Xlint:all
 * -Werror} on the test class path (the library's classes, JUnit and AssertJ):
 *
 * <ul>
 * <li>a block that declares a class is compiled as it stands, imports included;
 * <li>any other block is a fragment: it becomes the body of a method of a class that imports every
 *     exported package of the library and {@code java.io}, {@code java.nio.file}, {@code
 *     java.time}, {@code java.util} and {@code java.util.stream} (see {@link #PREAMBLE}). A
 *     variable that the fragment uses without declaring it, because an earlier block declared it, is
 *     named in an HTML comment on the line before the block, which GitHub does not show, as the
 *     method's parameters: {@code <!-- snippet: given GcmJson json, Dataset dataset -->};
 * <li>a block that cannot compile says so the same way, with the reason:
 *     {@code <!-- snippet: not compiled, <reason> -->}. At most one may, and it must really fail to
 *     compile: once it compiles, this test asks for the marker to go.
 * </ul>
 *
 * <p>A failure names the document's own line numbers ({@code README.md:88: error: ...}) and shows
 * the source as compiled.
 */
class DocumentationSnippetsTest {

    static final List<Path> DOCUMENTS = List.of(Path.of("README.md"), Path.of("docs", "json-format.md"));

    /** What a fragment may use without importing it. */
    static final String PREAMBLE = String.join("\n",
            "import io.github.gcmdata.constraints.*;",
            "import io.github.gcmdata.identifier.*;",
            "import io.github.gcmdata.json.*;",
            "import io.github.gcmdata.model.*;",
            "import io.github.gcmdata.reference.*;",
            "import io.github.gcmdata.schema.*;",
            "import io.github.gcmdata.testing.*;",
            "import io.github.gcmdata.validation.*;",
            "import java.io.*;",
            "import java.nio.file.*;",
            "import java.time.*;",
            "import java.util.*;",
            "import java.util.stream.*;",
            "");

    private static final Pattern MARKER = Pattern.compile("<!--\\s*snippet:\\s*(.*?)\\s*-->");
    private static final Pattern CLASS_DECLARATION =
            Pattern.compile("(?m)^(?:public\\s+|final\\s+|abstract\\s+)*(?:class|record|interface|enum)\\s+(\\w+)");

    /** One {@code ```java} block: where it starts, the marker before it, and its text. */
    record Snippet(Path document, int line, String marker, String code) {

        String name() {
            return document + " line " + line;
        }

        /** Compiled, unless marked {@code not compiled}: then it must fail to compile. */

        boolean isCompiled() {
            return !marker.startsWith("not compiled");
        }

        String parameters() {
            return marker.startsWith("given ") ? marker.substring("given ".length()) : "";
        }
    }

    @TestFactory
    Stream<DynamicTest> everyJavaSnippetCompiles(@TempDir Path folder) throws IOException {
        return allSnippets().stream().map(snippet -> DynamicTest.dynamicTest(snippet.name(), () -> {
            Compilation compilation = compile(snippet, folder);
            if (snippet.isCompiled()) {
                assertThat(compilation.succeeded()).as("%s does not compile:%n%s", snippet.name(), compilation).isTrue();
            } else {
                assertThat(compilation.succeeded())
                        .as("%s is marked 'not compiled' but compiles now: remove the marker", snippet.name()).isFalse();
            }
        }));
    }

    @Test
    void fewSnippetsAreLeftUncompiledAndEachSaysWhy() throws IOException {
        List<Snippet> all = allSnippets();
        List<Snippet> uncompiled = all.stream().filter(snippet -> !snippet.isCompiled()).collect(Collectors.toList());

        assertThat(all).as("the README has Java snippets").hasSizeGreaterThan(5);
        assertThat(uncompiled).as("snippets marked 'not compiled'").hasSizeLessThanOrEqualTo(1)
                .allSatisfy(snippet -> assertThat(snippet.marker()).as(snippet.name()).matches("not compiled, .{10,}"));
        assertThat(all).allSatisfy(snippet -> assertThat(snippet.marker()).as(snippet.name())
                .matches("|given .+|not compiled, .+"));
    }

    private static List<Snippet> allSnippets() throws IOException {
        List<Snippet> all = new ArrayList<>();
        for (Path document : DOCUMENTS) {
            all.addAll(snippets(document));
        }
        return all;
    }

    static List<Snippet> snippets(Path document) throws IOException {
        List<String> lines = Files.readAllLines(document);
        List<Snippet> snippets = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals("```java")) {
                continue;
            }
            String marker = "";
            if (i > 0) {
                Matcher matcher = MARKER.matcher(lines.get(i - 1));
                if (matcher.find()) {
                    marker = matcher.group(1);
                }
            }
            int start = i + 1;
            int end = start;
            while (end < lines.size() && !lines.get(end).strip().equals("```")) {
                end++;
            }
            assertThat(end).as("%s line %d: the block is closed", document, start).isLessThan(lines.size());
            snippets.add(new Snippet(document, start + 1, marker, String.join("\n", lines.subList(start, end)) + "\n"));
            i = end;
        }
        return snippets;
    }

    /** What javac said of a snippet, with its lines given as lines of the document. */
    record Compilation(boolean succeeded, String messages, String source) {

        @Override
        public String toString() {
            return messages + "--- compiled as:\n" + source;
        }
    }

    private static Compilation compile(Snippet snippet, Path folder) throws IOException {
        Path directory = folder.resolve("line" + snippet.line());
        Files.createDirectories(directory);
        Matcher declaration = CLASS_DECLARATION.matcher(snippet.code());
        String source;
        Path file;
        int linesBefore;
        if (declaration.find()) {
            file = directory.resolve(declaration.group(1) + ".java");
            source = snippet.code();
            linesBefore = 0;
        } else {
            String head = PREAMBLE
                    + "class Snippet {\n"
                    + "    void run(" + snippet.parameters() + ") throws Exception {\n";
            file = directory.resolve("Snippet.java");
            source = head + snippet.code() + "    }\n}\n";
            linesBefore = (int) head.lines().count();
        }
        Files.writeString(file, source);
        StringWriter messages = new StringWriter();
        PrintWriter writer = new PrintWriter(messages);
        int exitCode = javac().run(writer, writer, "-Xlint:all", "-Werror", "-proc:none",
                "-d", directory.resolve("classes").toString(),
                "--class-path", System.getProperty("java.class.path"), file.toString());
        writer.flush();
        return new Compilation(exitCode == 0, inDocumentLines(messages.toString(), file, snippet, linesBefore), source);
    }

    /** Turns {@code /tmp/.../Snippet.java:27: error: ...} into {@code README.md:88: error: ...}. */
    private static String inDocumentLines(String messages, Path file, Snippet snippet, int linesBefore) {
        Matcher place = Pattern.compile(Pattern.quote(file.toString()) + ":(\\d+):").matcher(messages);
        StringBuilder result = new StringBuilder();
        while (place.find()) {
            int line = snippet.line() + Integer.parseInt(place.group(1)) - 1 - linesBefore;
            place.appendReplacement(result, Matcher.quoteReplacement(snippet.document() + ":" + line + ":"));
        }
        place.appendTail(result);
        return result.toString();
    }

    private static ToolProvider javac() {
        return ToolProvider.findFirst("javac").orElseThrow(() -> new AssertionError("no javac: run the tests on a JDK"));
    }
}
