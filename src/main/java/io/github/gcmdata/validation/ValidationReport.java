package io.github.gcmdata.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What validating a record found: every violation, in a deterministic order (by JSON Pointer, array
 * indices compared as numbers, then by code).
 *
 * <pre>{@code
 * ValidationReport report = GcmValidator.create().validate(dataset);
 * if (!report.isValid()) {
 *     System.err.println(report);
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ValidationReport {

    private static final Comparator<Violation> ORDER = Comparator
            .comparing(Violation::jsonPointer, ValidationReport::comparePointers)
            .thenComparing(Violation::code)
            .thenComparing(Violation::message);

    private final List<Violation> violations;

    ValidationReport(List<Violation> violations) {
        List<Violation> sorted = new ArrayList<>(violations);
        sorted.sort(ORDER);
        this.violations = List.copyOf(sorted);
    }

    /**
     * Tells whether nothing was found.
     *
     * @return true if there are no violations
     */
    public boolean isValid() {
        return violations.isEmpty();
    }

    /**
     * Returns every violation, by JSON Pointer then code.
     *
     * @return the violations, unmodifiable, not null
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * Returns the violations at one JSON Pointer exactly.
     *
     * @param jsonPointer  the JSON Pointer, such as {@code /events/0/endDate}, not null
     * @return the violations at that JSON Pointer, by code, unmodifiable, not null
     */
    public List<Violation> violationsAt(String jsonPointer) {
        return violations.stream().filter(v -> v.jsonPointer().equals(jsonPointer))
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns one violation per line, JSON Pointer first; or a line saying there is none.
     *
     * @return the report as text, not null
     */
    @Override
    public String toString() {
        if (violations.isEmpty()) {
            return "no violations";
        }
        return violations.stream().map(Violation::toString).collect(Collectors.joining("\n"));
    }

    private static int comparePointers(String a, String b) {
        String[] left = a.split("/", -1);
        String[] right = b.split("/", -1);
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int byToken = compareTokens(left[i], right[i]);
            if (byToken != 0) {
                return byToken;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    private static int compareTokens(String a, String b) {
        boolean numbers = isIndex(a) && isIndex(b);
        if (numbers && a.length() != b.length()) {
            return Integer.compare(a.length(), b.length());
        }
        return a.compareTo(b);
    }

    /** Tells whether a token is an array index; the empty token sorts first either way. */
    private static boolean isIndex(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
