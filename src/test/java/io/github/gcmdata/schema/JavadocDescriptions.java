package io.github.gcmdata.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The descriptions of the JSON Schemas, read from the javadoc of the library's own sources, so that
 * the schema says what the records' documentation says and cannot drift from it.
 *
 * <p>A property's description is the {@code @param} text of its record component; a type's is the
 * first sentence of its class comment, followed by the sentences that tell its JSON form ("The JSON
 * form is ...", "In JSON ..."). Javadoc markup is reduced to text, and the Java phrasing of
 * optionality ({@code , not null}, {@code , or null}) to the JSON one.
 */
final class JavadocDescriptions {

    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z<{\"])");

    private final Path sourceRoot;
    private final Map<Class<?>, Doc> docs = new ConcurrentHashMap<>();

    JavadocDescriptions(Path sourceRoot) {
        this.sourceRoot = sourceRoot;
    }

    /** The description of a record component, or empty for a type without sources or a component without {@code @param}. */
    Optional<String> component(Class<?> type, String component) {
        return Optional.ofNullable(doc(type).params.get(component)).map(JavadocDescriptions::jsonPhrasing);
    }

    /** The description of a type, or empty for a type without sources here. */
    Optional<String> type(Class<?> type) {
        return Optional.ofNullable(doc(type).summary);
    }

    private Doc doc(Class<?> type) {
        return docs.computeIfAbsent(type, this::read);
    }

    private Doc read(Class<?> type) {
        if (type.isArray() || type.isPrimitive() || type.getEnclosingClass() != null
                || !type.getName().startsWith("io.github.gcmdata.")) {
            return Doc.NONE;
        }
        Path file = sourceRoot.resolve(type.getName().replace('.', '/') + ".java");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("No source for " + type.getName() + " at " + file
                    + ": the schema generator runs from the project directory");
        }
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher declaration = Pattern.compile("\\bpublic\\s+(?:final\\s+)?(?:record|enum|class|interface)\\s+"
                + Pattern.quote(type.getSimpleName()) + "\\b").matcher(source);
        if (!declaration.find()) {
            throw new IllegalStateException("No declaration of " + type.getSimpleName() + " in " + file);
        }
        int end = source.lastIndexOf("*/", declaration.start());
        int start = source.lastIndexOf("/**", end);
        if (start < 0 || end < 0) {
            throw new IllegalStateException("No class comment on " + type.getName());
        }
        return parse(source.substring(start + 3, end));
    }

    private static Doc parse(String comment) {
        StringBuilder body = new StringBuilder();
        Map<String, String> params = new LinkedHashMap<>();
        String currentParam = null;
        StringBuilder currentText = null;
        boolean inTags = false;
        for (String rawLine : comment.split("\n", -1)) {
            String line = rawLine.strip();
            if (line.startsWith("*")) {
                line = line.substring(1).strip();
            }
            if (line.startsWith("@")) {
                inTags = true;
                if (currentParam != null) {
                    params.put(currentParam, text(currentText.toString()));
                    currentParam = null;
                }
                if (line.startsWith("@param ")) {
                    String[] parts = line.substring("@param ".length()).strip().split("\\s+", 2);
                    currentParam = parts[0];
                    currentText = new StringBuilder(parts.length > 1 ? parts[1] : "");
                }
            } else if (inTags) {
                if (currentParam != null) {
                    currentText.append(' ').append(line);
                }
            } else {
                body.append(line).append('\n');
            }
        }
        if (currentParam != null) {
            params.put(currentParam, text(currentText.toString()));
        }
        return new Doc(summary(body.toString()), params);
    }

    /** The first sentence, and the sentences that give the JSON form. */
    private static String summary(String body) {
        String[] paragraphs = body.split("<p>");
        StringBuilder summary = new StringBuilder();
        for (int i = 0; i < paragraphs.length; i++) {
            String paragraph = text(paragraphs[i]);
            if (paragraph.isEmpty()) {
                continue;
            }
            String[] sentences = SENTENCE_END.split(paragraph);
            for (int j = 0; j < sentences.length; j++) {
                String sentence = sentences[j];
                boolean first = summary.length() == 0 && j == 0;
                if (first || sentence.startsWith("The JSON form") || sentence.startsWith("In JSON")) {
                    summary.append(summary.length() == 0 ? "" : " ").append(sentence);
                }
            }
        }
        return summary.length() == 0 ? null : summary.toString();
    }

    private static String text(String javadoc) {
        String text = inlineTags(javadoc);
        text = HTML_TAG.matcher(text).replaceAll("");
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        return text.replaceAll("\\s+", " ").strip();
    }

    /** Replaces each inline tag by its text; the content of {@code {@code ...}} may hold balanced braces. */
    private static String inlineTags(String javadoc) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < javadoc.length()) {
            int start = javadoc.indexOf("{@", i);
            if (start < 0) {
                out.append(javadoc, i, javadoc.length());
                break;
            }
            out.append(javadoc, i, start);
            int depth = 0;
            int end = start;
            for (; end < javadoc.length(); end++) {
                char c = javadoc.charAt(end);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    break;
                }
            }
            String tag = javadoc.substring(start + 2, Math.min(end, javadoc.length()));
            int space = tag.indexOf(' ');
            String name = space < 0 ? tag : tag.substring(0, space);
            String content = space < 0 ? "" : tag.substring(space + 1);
            out.append(name.startsWith("link") ? linkLabel(content) : content);
            i = end + 1;
        }
        return out.toString();
    }

    /** {@code Foo#bar() label} is "label"; without a label, {@code pkg.Foo#bar()} is "Foo.bar" and {@code pkg.Foo} "Foo". */
    private static String linkLabel(String reference) {
        String trimmed = reference.strip();
        int space = trimmed.indexOf(' ');
        if (space > 0) {
            return trimmed.substring(space + 1).strip();
        }
        String member = trimmed.replaceAll("\\(.*\\)", "");
        int hash = member.indexOf('#');
        String type = hash < 0 ? member : member.substring(0, hash);
        String simple = type.substring(type.lastIndexOf('.') + 1);
        return hash < 0 ? simple : (simple.isEmpty() ? "" : simple + ".") + member.substring(hash + 1);
    }

    /** "the title, or null" is "the title"; "until when, or null while it lasts" is "until when, or absent while it lasts". */
    private static String jsonPhrasing(String text) {
        String phrased = text;
        if (phrased.endsWith(", not null")) {
            phrased = phrased.substring(0, phrased.length() - ", not null".length());
        }
        if (phrased.endsWith(", or null")) {
            phrased = phrased.substring(0, phrased.length() - ", or null".length());
        }
        phrased = phrased.replace(", not null", "").replace(" or null ", " or absent ").replace(", or null;", ";");
        return phrased.isEmpty() ? phrased : Character.toUpperCase(phrased.charAt(0)) + phrased.substring(1)
                + (phrased.endsWith(".") ? "" : ".");
    }

    private static final class Doc {
        static final Doc NONE = new Doc(null, Map.of());

        final String summary;
        final Map<String, String> params;

        Doc(String summary, Map<String, String> params) {
            this.summary = summary;
            this.params = params;
        }
    }
}
