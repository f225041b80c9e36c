package io.github.gcmdata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The README's command-line examples name files that exist, and print what the README shows.
 *
 * <p>An output block is tied to its command by an HTML comment on the line before it, which GitHub
 * does not show: {@code <!-- output of: validate examples -->}. The command runs in this JVM, from
 * the repository's root, as {@code ./mvnw -q compile exec:java -Dexec.args="..."} runs it.
 */
class ReadmeCommandLineTest {

    private static final Path README = Path.of("README.md");
    private static final Pattern EXEC_ARGS = Pattern.compile("exec:java -Dexec\\.args=\"([^\"]*)\"");
    /** A marker on a line of its own; the same words inside a paragraph only talk about it. */
    private static final Pattern OUTPUT_OF = Pattern.compile("^<!--\\s*output of:\\s*(.*?)\\s*-->$");

    @Test
    void everyFileTheCommandsNameExists() throws IOException {
        List<String> paths = new ArrayList<>();
        for (String line : Files.readAllLines(README)) {
            for (Pattern pattern : List.of(EXEC_ARGS, OUTPUT_OF)) {
                Matcher matcher = pattern.matcher(line);
                while (matcher.find()) {
                    Arrays.stream(matcher.group(1).split(" "))
                            .filter(argument -> argument.contains("/") || argument.matches(".*\\.(nd)?json"))
                            .forEach(paths::add);
                }
            }
        }

        assertThat(paths).as("the paths in the README's commands").isNotEmpty()
                .allSatisfy(path -> assertThat(Path.of(path)).as("README names %s", path).exists());
    }

    @TestFactory
    Stream<DynamicTest> everyOutputShownIsWhatTheCommandPrints() throws IOException {
        List<String> lines = Files.readAllLines(README);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            Matcher marker = OUTPUT_OF.matcher(lines.get(i));
            if (!marker.find()) {
                continue;
            }
            assertThat(lines.get(i + 1)).as("README line %d: a block follows the marker", i + 2).startsWith("```");
            int end = i + 2;
            while (end < lines.size() && !lines.get(end).equals("```")) {
                end++;
            }
            String shown = String.join("\n", lines.subList(i + 2, end)) + "\n";
            String[] arguments = marker.group(1).split(" ");
            tests.add(DynamicTest.dynamicTest("README line " + (i + 1) + ": " + marker.group(1), () -> {
                MainTest.Result result = MainTest.run(arguments);

                assertThat(result.err()).isEmpty();
                assertThat(result.out()).isEqualTo(shown);
            }));
        }
        assertThat(tests).as("output blocks in the README").hasSizeGreaterThanOrEqualTo(3);
        return tests.stream();
    }
}
