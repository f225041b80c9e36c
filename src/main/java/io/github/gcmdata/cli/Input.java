package io.github.gcmdata.cli;

import java.nio.file.Path;

/**
 * One thing to check: a file or standard input, and how to read it.
 *
 * @param name  the name to report, not null
 * @param path  the file, or null for standard input
 * @param kind  the record kind of each line for NDJSON, or null for one dataset
 */
record Input(String name, Path path, RecordKind kind) {

    static final String STDIN = "<stdin>";
}
