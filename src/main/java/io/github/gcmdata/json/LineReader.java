package io.github.gcmdata.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Cuts input into lines on raw bytes, one line at a time, for JSON lines: {@code \n} or
 * {@code \r\n} ends a line, a final line end is optional, and blank lines (spaces, tabs, a
 * {@code \r}) are skipped but counted, so that a line keeps the number it has in the input.
 *
 * <p>A line longer than the limit is not buffered: its bytes are skipped up to its end, and
 * {@link #next()} hands it over without content, so that reading goes on with the next line.
 */
final class LineReader {

    /** One non-blank line: its number in the input, counted from 1, and its bytes, or null if it was too long. */
    record Line(long number, byte[] content) {

        boolean tooLong() {
            return content == null;
        }
    }

    private static final int INITIAL_BUFFER = 1 << 16;

    private final InputStream in;
    private final long maxLineLength;
    private byte[] buffer = new byte[INITIAL_BUFFER];
    /** Where the next line starts in the buffer. */
    private int start;
    /** Where the bytes read so far end in the buffer. */
    private int end;
    /** Where the search for the next line end resumes. */
    private int scan;
    private boolean endOfInput;
    /** Whether the line being read is past the limit, so its bytes are dropped as they come. */
    private boolean skipping;
    private long lineNumber;

    LineReader(InputStream in, long maxLineLength) {
        this.in = in;
        this.maxLineLength = maxLineLength;
    }

    /**
     * Returns the next non-blank line, or null at the end of the input.
     *
     * @throws UncheckedIOException if the input cannot be read
     */
    Line next() {
        while (true) {
            while (scan < end) {
                if (buffer[scan++] == '\n') {
                    Line line = cut(scan - 1);
                    start = scan;
                    if (line != null) {
                        return line;
                    }
                }
            }
            if (endOfInput) {
                if (start == end && !skipping) {
                    return null;
                }
                Line line = cut(end);
                start = end;
                return line;
            }
            fill();
        }
    }

    /** The line from {@code start} to {@code stop}, or null if it is blank. */
    private Line cut(int stop) {
        lineNumber++;
        if (skipping) {
            skipping = false;
            return new Line(lineNumber, null);
        }
        int to = stop > start && buffer[stop - 1] == '\r' ? stop - 1 : stop;
        for (int i = start; i < to; i++) {
            if (buffer[i] != ' ' && buffer[i] != '\t' && buffer[i] != '\r') {
                return new Line(lineNumber, Arrays.copyOfRange(buffer, start, to));
            }
        }
        return null;
    }

    private void fill() {
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            scan -= start;
            start = 0;
        }
        if (end > maxLineLength) {
            // Past the limit the line is refused, not buffered: drop what is held and skip to its end.
            skipping = true;
            end = 0;
            scan = 0;
        } else if (end == buffer.length) {
            buffer = Arrays.copyOf(buffer, (int) Math.min((long) buffer.length * 2, maxLineLength + 2));
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
}
