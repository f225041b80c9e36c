package io.github.gcmdata.cli;

import io.github.gcmdata.model.RecordKind;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One thing to check: a file or standard input, and how to read it.
 *
 * @param name  the name to report, not null
 * @param path  the file, or null for standard input
 * @param kind  the record kind of each line for NDJSON, or null for one dataset
 */
record Input(String name, Path path, RecordKind kind) {

    static final String STDIN = "<stdin>";

    /** Every kind name {@code --kind} takes, such as {@code news-item}, for its help. */
    static final class KindNames implements Iterable<String> {

        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(RecordKind.values()).map(RecordKind::kindName).iterator();
        }
    }

    /** The kind a {@code --kind} value names, case-insensitive. */
    static Optional<RecordKind> kindOfName(String name) {
        return Arrays.stream(RecordKind.values()).filter(kind -> kind.kindName().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * The kind an NDJSON file's name announces: the last dot-separated part before {@code .ndjson},
     * either a kind name or a dataset property, case-insensitive, as in {@code idm-2022.events.ndjson}.
     */
    static Optional<RecordKind> kindOfFileName(String fileName) {
        String base = fileName.substring(0, fileName.length() - ".ndjson".length());
        String last = base.substring(base.lastIndexOf('.') + 1);
        return Arrays.stream(RecordKind.values())
                .filter(kind -> kind.kindName().equalsIgnoreCase(last) || kind.datasetProperty().equalsIgnoreCase(last))
                .findFirst();
    }

    /** Every kind name, for messages: {@code organisation, state, ...}. */
    static String kindNames() {
        return String.join(", ", new KindNames());
    }

    /** Every file name the convention knows: {@code organisations.ndjson, ...}. */
    static String fileNames() {
        return Arrays.stream(RecordKind.values()).map(kind -> kind.datasetProperty() + ".ndjson")
                .collect(Collectors.joining(", "));
    }
}
