package io.github.gcmdata.testing;

import io.github.gcmdata.validation.Violation;
import java.util.List;

/** The failure messages of the assertions: violations one per line, JSON Pointer first. */
final class Reports {

    private Reports() {
    }

    static String expectedValid(String what, List<Violation> violations) {
        return "Expecting " + what + " to be valid but " + found(violations);
    }

    static String found(List<Violation> violations) {
        if (violations.isEmpty()) {
            return "found no violation";
        }
        StringBuilder text = new StringBuilder("found ").append(count(violations.size())).append(':');
        for (Violation violation : violations) {
            text.append("\n  ").append(line(violation));
        }
        return text.toString();
    }

    static String line(Violation violation) {
        return pointer(violation.jsonPointer()) + "  " + violation.code() + "  " + violation.message();
    }

    static String pointer(String pointer) {
        return pointer.isEmpty() ? "/" : pointer;
    }

    static String count(int n) {
        return n == 1 ? "1 violation" : n + " violations";
    }
}
