package io.github.gcmdata.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The block tags of a javadoc comment that the generated builders reuse: the {@code @param} text of
 * each record component and the {@code @throws} clauses of the canonical constructor.
 */
final class RecordDoc {

    private final Map<String, String> params = new LinkedHashMap<>();
    private final List<String> throwsClauses = new ArrayList<>();

    private RecordDoc() {
    }

    /** Reads a comment as {@code Elements.getDocComment} gives it; null reads as empty. */
    static RecordDoc parse(String comment) {
        RecordDoc doc = new RecordDoc();
        if (comment == null) {
            return doc;
        }
        StringBuilder tag = null;
        for (String line : comment.split("\\R")) {
            String text = line.strip();
            if (text.startsWith("@")) {
                doc.add(tag);
                tag = new StringBuilder(text);
            } else if (tag != null && !text.isEmpty()) {
                tag.append(' ').append(text);
            }
        }
        doc.add(tag);
        return doc;
    }

    private void add(StringBuilder tag) {
        if (tag == null) {
            return;
        }
        String[] parts = tag.toString().split("\\s+", 3);
        if (parts.length == 3 && parts[0].equals("@param")) {
            params.put(parts[1], withoutFinalStop(parts[2]));
        } else if (parts.length == 3 && parts[0].equals("@throws")) {
            throwsClauses.add(parts[1] + " " + parts[2]);
        }
    }

    private static String withoutFinalStop(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    /** The {@code @param} text of a parameter or component, without a final full stop, or null. */
    String param(String name) {
        return params.get(name);
    }

    /** The {@code @throws} clauses, each as "ExceptionName text". */
    List<String> throwsClauses() {
        return List.copyOf(throwsClauses);
    }
}
