package io.github.gcmdata.cli;

import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.json.GcmJsonException;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.validation.GcmValidator;
import io.github.gcmdata.validation.Violation;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads one input and validates it: a {@code .json} file as one dataset (record constraints,
 * unique identifiers, resolved references); an NDJSON file line by line, each record alone (its
 * constraints only: references point into other files), as {@link GcmValidator#validateLines}
 * does.
 */
final class Checker {

    /** The longest dataset that {@link #check} reads, in bytes: GcmJson's default. */
    static final long MAX_DOCUMENT_LENGTH = GcmJson.DEFAULT_MAX_DOCUMENT_LENGTH;

    /** Datasets larger than this are validated while they are read, without holding their records. */
    static final long STREAMING_THRESHOLD = 16L * 1024 * 1024;

    private final GcmJson json = GcmJson.standard();
    private final GcmValidator validator;

    Checker(GcmValidator validator) {
        this.validator = validator.withJson(json);
    }

    /**
     * Checks standard input: JSON lines a line at a time; a dataset read whole, up to the read
     * limit and one byte more, so that a longer one is reported as too long.
     *
     * @throws IOException if the input cannot be read
     */
    FileReport check(Input input, InputStream in) throws IOException {
        if (input.kind() != null) {
            return lines(input, in);
        }
        return dataset(input, in.readNBytes((int) MAX_DOCUMENT_LENGTH + 1));
    }

    /**
     * Checks a file without reading it whole: JSON lines one line at a time, a dataset larger than
     * {@link #STREAMING_THRESHOLD} element by element; a smaller dataset whole.
     *
     * @throws IOException if the file cannot be read
     */
    FileReport check(Input input, Path file) throws IOException {
        if (input.kind() != null) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                return lines(input, in);
            }
        }
        if (Files.size(file) <= STREAMING_THRESHOLD) {
            return dataset(input, Files.readAllBytes(file));
        }
        try {
            return new FileReport(input.name(), validator.validateStreaming(file).violations());
        } catch (GcmJsonException e) {
            return new FileReport(input.name(), List.of(Violation.unreadable("", e)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private FileReport lines(Input input, InputStream in) throws IOException {
        try {
            return new FileReport(input.name(), validator.validateLines(in, input.kind().type()).violations());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private FileReport dataset(Input input, byte[] content) {
        Dataset dataset;
        try {
            dataset = json.read(content, Dataset.class);
        } catch (GcmJsonException e) {
            return new FileReport(input.name(), List.of(Violation.unreadable("", e)));
        }
        return new FileReport(input.name(), validator.validate(dataset).violations());
    }
}
