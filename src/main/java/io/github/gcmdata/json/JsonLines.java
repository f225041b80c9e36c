package io.github.gcmdata.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;

/**
 * JSON lines: one record per line, read and written one at a time. The one place that reads them,
 * whether as a stream of records or line by line with a handler.
 *
 * <p>The input is cut into lines here, on raw bytes ({@link LineReader}), and each line is handed
 * to Jackson as one document. So each line is checked as strictly as a whole document (one value,
 * nothing after it), an error names the line of the input, and a bad line never swallows the next.
 * Blank lines are skipped.
 */
final class JsonLines {

    private JsonLines() {
    }

    static <T> Stream<T> read(GcmJson json, ObjectReader reader, InputStream in) {
        LineReader lines = new LineReader(in, json.maxDocumentLength());
        Spliterator<T> records = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super T> action) {
                LineReader.Line line = lines.next();
                if (line == null) {
                    return false;
                }
                action.accept(parse(json, reader, line));
                return true;
            }
        };
        return StreamSupport.stream(records, false);
    }

    static <T> void read(GcmJson json, ObjectReader reader, InputStream in, JsonLinesHandler<? super T> handler) {
        LineReader lines = new LineReader(in, json.maxDocumentLength());
        for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
            T record;
            try {
                record = parse(json, reader, line);
            } catch (GcmJsonException e) {
                handler.unreadable(line.number(), e);
                continue;
            }
            handler.record(line.number(), record);
        }
    }

    static void write(ObjectWriter writer, Stream<?> values, OutputStream out) {
        ObjectWriter lines = writer.without(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .without(StreamWriteFeature.FLUSH_PASSED_TO_STREAM);
        values.forEachOrdered(value -> {
            try {
                lines.writeValue(out, value);
                out.write('\n');
            } catch (JacksonIOException e) {
                throw unchecked(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static UncheckedIOException unchecked(JacksonIOException e) {
        return new UncheckedIOException(e.getCause() != null ? e.getCause() : new IOException(e));
    }

    private static <T> T parse(GcmJson json, ObjectReader reader, LineReader.Line line) {
        if (line.tooLong()) {
            throw atLine(json.documentTooLong(), line, null);
        }
        T value;
        try {
            json.requireUtf8(line.content());
            value = reader.readValue(line.content());
        } catch (JacksonIOException e) {
            throw unchecked(e);
        } catch (JacksonException e) {
            throw atLine(json.translate(e, line.content()), line, e);
        } catch (GcmJsonException e) {
            throw atLine(e, line, null);
        }
        if (value == null) {
            throw atLine(ReadErrors.nullDocument(), line, null);
        }
        return value;
    }

    /** The same error, placed on the line of the input instead of the line of the record. */
    private static GcmJsonException atLine(GcmJsonException error, LineReader.Line line, Throwable cause) {
        return new GcmJsonException(error.problem(), error.jsonPointer(), line.number(), error.column(),
                error.reason(), cause == null ? error : cause);
    }
}
