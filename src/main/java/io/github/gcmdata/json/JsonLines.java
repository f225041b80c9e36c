package io.github.gcmdata.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
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
 * JSON lines: one record per line, read and written one at a time.
 *
 * <p>The input is cut into lines here, on raw bytes, and each line is handed to Jackson as one
 * document. So each line is checked as strictly as a whole document (one value, nothing after it),
 * an error names the line of the input, and a bad line never swallows the next.
 */
final class JsonLines {

    private JsonLines() {
    }

    static <T> Stream<T> read(GcmJson json, ObjectReader reader, InputStream in) {
        return StreamSupport.stream(new LineSpliterator<T>(json, reader, in), false);
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

    /** Reads the next line on each advance; the buffer grows to the longest line. */
    private static final class LineSpliterator<T> extends Spliterators.AbstractSpliterator<T> {

        private static final int INITIAL_BUFFER = 1 << 16;

        private final GcmJson json;
        private final ObjectReader reader;
        private final InputStream in;
        private byte[] buffer = new byte[INITIAL_BUFFER];
        /** Where the next line starts in the buffer. */
        private int start;
        /** Where the bytes read so far end in the buffer. */
        private int end;
        /** Where the search for the next line end resumes. */
        private int scan;
        private boolean endOfInput;
        private long lineNumber;

        LineSpliterator(GcmJson json, ObjectReader reader, InputStream in) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.json = json;
            this.reader = reader;
            this.in = in;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            while (true) {
                for (; scan < end; scan++) {
                    if (buffer[scan] == '\n') {
                        int lineStart = start;
                        int lineEnd = scan;
                        start = ++scan;
                        action.accept(parse(lineStart, lineEnd));
                        return true;
                    }
                }
                if (endOfInput) {
                    if (start == end) {
                        return false;
                    }
                    int lineStart = start;
                    start = end;
                    action.accept(parse(lineStart, end));
                    return true;
                }
                fill();
            }
        }

        private void fill() {
            if (start > 0) {
                System.arraycopy(buffer, start, buffer, 0, end - start);
                end -= start;
                scan -= start;
                start = 0;
            }
            if (end == buffer.length) {
                // A line is one document: past the document limit it is refused, not buffered.
                if (end > json.maxDocumentLength()) {
                    lineNumber++;
                    throw atLine(json.documentTooLong(), null);
                }
                buffer = Arrays.copyOf(buffer, (int) Math.min((long) buffer.length * 2, json.maxDocumentLength() + 1));
            }
            try {
                int read = in.read(buffer, end, buffer.length - end);
                if (read < 0) {
                    endOfInput = true;
                } else {
                    end += read;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private T parse(int from, int to) {
            lineNumber++;
            byte[] line = Arrays.copyOfRange(buffer, from, to);
            try {
                json.requireUtf8(line);
                T value = reader.readValue(line);
                if (value == null) {
                    throw atLine(ReadErrors.nullDocument(), null);
                }
                return value;
            } catch (JacksonIOException e) {
                throw unchecked(e);
            } catch (JacksonException e) {
                throw atLine(json.translate(e, line), e);
            }
        }

        /** The same error, placed on the line of the input instead of the line of the record. */
        private GcmJsonException atLine(GcmJsonException error, Throwable cause) {
            return new GcmJsonException(error.problem(), error.jsonPointer(), lineNumber,
                    error.column() > 0 ? error.column() : 1, error.reason(), cause == null ? error : cause);
        }
    }
}
