package io.github.gcmdata.cli;

import io.github.gcmdata.validation.Violation;
import java.util.List;

/**
 * What checking one file found.
 *
 * @param file  the file as the user named it or as found in a folder; {@code <stdin>} for standard input
 * @param violations  every problem, in the order found; empty if the file is valid
 */
record FileReport(String file, List<Violation> violations) {

    FileReport {
        violations = List.copyOf(violations);
    }

    boolean valid() {
        return violations.isEmpty();
    }
}
