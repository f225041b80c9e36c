package io.github.gcmdata.cli;

import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.json.GcmJsonException;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.validation.GcmValidator;
import io.github.gcmdata.validation.Violation;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

    /** Datasets larger than this are validated while they are read, without holding their records. */
    static final long STREAMING_THRESHOLD = 16L * 1024 * 1024;

    FileReport check(Input input, byte[] content) {
        List<Violation> violations = input.kind() == null ? checkDataset(content) : checkLines(content, input.kind());
        return new FileReport(input.name(), violations);
    }

    /**
     * Checks a file without reading it whole: JSON lines one line at a time, a dataset larger than
     * {@link #STREAMING_THRESHOLD} element by element; a smaller dataset as {@link #check(Input,
     * byte[])} does.
     *
     * @throws IOException if the file cannot be read
     */
    FileReport check(Input input, Path file) throws IOException {
        if (input.kind() == null) {
            if (Files.size(file) <= STREAMING_THRESHOLD) {
                return check(input, Files.readAllBytes(file));
            }
            List<Violation> violations;
            try {
                violations = validator.validateStreaming(file).violations();
            } catch (GcmJsonException e) {
                violations = List.of(Violation.ofUnreadableJson(e, "", e.line()));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            return new FileReport(input.name(), violations);
        }
        List<Violation> violations = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int index = 0;
            boolean more = true;
            while (more) {
                int b = in.read();
                if (b == '\n' || b == -1) {
                    more = b != -1;
                    if (b == -1 && line.size() == 0) {
                        break;
                    }
                    byte[] bytes = line.toByteArray();
                    int stop = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                    byte[] content = stop == bytes.length ? bytes : Arrays.copyOf(bytes, stop);
                    if (!isBlank(content)) {
                        violations.addAll(checkLine(content, input.kind(), index));
                    }
                    line.reset();
                    index++;
                } else if (line.size() > MAX_DOCUMENT_LENGTH) {
                    // A line is one document; the rest of the file cannot be split into lines
                    // without reading past the limit, so checking stops at this one.
                    violations.add(Violation.ofUnreadableJson(GcmJsonException.Problem.LIMIT_EXCEEDED, "/" + index,
                            "line " + (index + 1) + ": the document is longer than " + MAX_DOCUMENT_LENGTH
                            + " bytes, the limit maxDocumentLength; the rest of the file was not read"));
                    break;
                } else {
                    line.write(b);
                }
            }
        }
        return new FileReport(input.name(), violations);
    }

    private List<Violation> checkDataset(byte[] content) {
        Dataset dataset;
        try {
            dataset = json.read(content, Dataset.class);
        } catch (GcmJsonException e) {
            return List.of(Violation.ofUnreadableJson(e, "", e.line()));
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
            return List.of(Violation.ofUnreadableJson(e, prefix, lineNumber));
        }
        List<Violation> violations = new ArrayList<>();
        for (Violation violation : validator.validate(record).violations()) {
            violations.add(new Violation(prefix + violation.jsonPointer(), violation.code(), violation.invalidValue(),
                    "line " + lineNumber + ": " + violation.message()));
        }
        return violations;
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
