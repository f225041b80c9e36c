package io.github.gcmdata.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The exit codes of the command line: the one list that the code, the help and the tests derive from. */
enum ExitCode {
    /** Success: every file is valid, or the output is written. */
    OK(0, "success: every file is valid, or the output is written"),
    /** {@code gcm diff}: the datasets hold the same data. */
    SAME(0, "the datasets hold the same data (diff)"),
    /** A file is invalid, or is not readable JSON. */
    INVALID(1, "a file is invalid, or is not readable JSON"),
    /** {@code gcm diff}: the datasets differ. */
    DIFFERENT(1, "the datasets differ (diff)"),
    /** A usage error, a path that cannot be read, or a dependency missing or too old. */
    USAGE(2, "usage error, a path that cannot be read, or a dependency missing or too old"),
    /** An internal error: a bug. */
    INTERNAL(3, "internal error (a bug: please report it)");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** The number the process exits with. */
    int code() {
        return code;
    }

    /**
     * The exit code list of a command's help: each code with its meaning, in order; the meanings of
     * constants that share a code (a file is invalid; the datasets differ) are joined.
     */
    static Map<String, String> helpList(Set<ExitCode> codes) {
        Map<String, String> list = new LinkedHashMap<>();
        for (ExitCode exitCode : values()) {
            if (codes.contains(exitCode)) {
                list.merge(Integer.toString(exitCode.code), exitCode.meaning, (first, next) -> first + "; " + next);
            }
        }
        return list;
    }
}
