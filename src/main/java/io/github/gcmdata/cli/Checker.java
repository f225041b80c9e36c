package io.github.gcmdata.cli;

import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.json.GcmJsonException;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.validation.GcmValidator;
import io.github.gcmdata.validation.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads the bytes of one input and validates them: a {@code .json} file as one dataset (record
 * constraints, unique identifiers, resolved references); an NDJSON file line by line, each record
 * alone (its constraints only: references point into other files).
 */
final class Checker {

    /** The longest dataset that {@link #check} reads, in bytes: GcmJson's default. */
    static final long MAX_DOCUMENT_LENGTH = GcmJson.DEFAULT_MAX_DOCUMENT_LENGTH;

    private final GcmJson json = GcmJson.standard();
    private final GcmValidator validator;

    Checker(GcmValidator validator) {
        this.validator = validator;
    }

    FileReport check(Input input, byte[] content) {
        List<Violation> violations = input.kind() == null ? checkDataset(content) : checkLines(content, input.kind());
        return new FileReport(input.name(), violations);
    }

    private List<Violation> checkDataset(byte[] content) {
        Dataset dataset;
        try {
            dataset = json.read(content, Dataset.class);
        } catch (GcmJsonException e) {
            return List.of(readError(e, "", e.line()));
        }
        return validator.validate(dataset).violations();
    }

    /**
     * Checks each non-blank line. Pointers start with the line's index from 0, as if the file
     * were an array of its lines ({@code /2/endDate} is on line 3); messages start with the line.
     */
    private List<Violation> checkLines(byte[] content, RecordKind kind) {
        List<Violation> violations = new ArrayList<>();
        int start = 0;
        int index = 0;
        while (start < content.length) {
            int end = start;
            while (end < content.length && content[end] != '\n') {
                end++;
            }
            int stop = end > start && content[end - 1] == '\r' ? end - 1 : end;
            byte[] line = Arrays.copyOfRange(content, start, stop);
            if (!isBlank(line)) {
                violations.addAll(checkLine(line, kind, index));
            }
            start = end + 1;
            index++;
        }
        return violations;
    }

    private List<Violation> checkLine(byte[] line, RecordKind kind, int index) {
        String prefix = "/" + index;
        long lineNumber = index + 1L;
        Object record;
        try {
            record = json.read(line, kind.type());
        } catch (GcmJsonException e) {
            return List.of(readError(e, prefix, lineNumber));
        }
        List<Violation> violations = new ArrayList<>();
        for (Violation violation : validator.validate(record).violations()) {
            violations.add(new Violation(prefix + violation.path(), violation.code(), violation.invalidValue(),
                    "line " + lineNumber + ": " + violation.message()));
        }
        return violations;
    }

    private static Violation readError(GcmJsonException e, String prefix, long line) {
        String code = "json." + e.problem().name().toLowerCase(Locale.ROOT);
        String place = line > 0 ? "line " + line + (e.column() > 0 ? ", column " + e.column() : "") + ": " : "";
        return new Violation(prefix + e.jsonPointer(), code, null, place + e.reason());
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
