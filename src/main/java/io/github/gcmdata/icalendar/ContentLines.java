package io.github.gcmdata.icalendar;

import java.nio.charset.StandardCharsets;

/**
 * iCalendar content lines exactly as RFC 5545 section 3.1 writes them: each ended by CR LF, folded
 * so that no line is longer than 75 octets of UTF-8 (a continuation line starts with one space,
 * which counts), never inside a character; TEXT values escaped as section 3.3.11 says and
 * parameter values quoted or caret-encoded (RFC 6868) where they need it.
 */
final class ContentLines {

    static final String CRLF = "\r\n";
    /** The longest line RFC 5545 allows, in octets, without its line break. */
    static final int MAX_OCTETS = 75;

    private final StringBuilder out = new StringBuilder();

    /** A property whose value is written as it is (dates, URIs, numbers, names of components). */
    ContentLines raw(String name, String value) {
        return line(name + ":" + value);
    }

    /** A property with one parameter, the value written as it is. */
    ContentLines raw(String name, String parameter, String parameterValue, String value) {
        return line(name + ";" + parameter + "=" + parameterValue(parameterValue) + ":" + value);
    }

    /** A property of value type TEXT. */
    ContentLines text(String name, String value) {
        return value == null ? this : raw(name, text(value));
    }

    String build() {
        return out.toString();
    }

    /**
     * Escapes a TEXT value: backslash, semicolon and comma get a backslash, a line break becomes
     * {@code \n}; other control characters, which TEXT cannot hold, become spaces.
     */
    static String text(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        String lines = value.replace("\r\n", "\n").replace('\r', '\n');
        lines.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                default -> escaped.appendCodePoint(c != '\t' && Character.isISOControl(c) ? ' ' : c);
            }
        });
        return escaped.toString();
    }

    /**
     * A parameter value: caret-encoded as RFC 6868 says (a double quote as {@code ^'}, a line break
     * as {@code ^n}, a caret as {@code ^^}), and in double quotes where it holds {@code :;,}.
     */
    static String parameterValue(String value) {
        StringBuilder encoded = new StringBuilder(value.length() + 2);
        value.replace("\r\n", "\n").replace('\r', '\n').codePoints().forEach(c -> {
            switch (c) {
                case '^' -> encoded.append("^^");
                case '"' -> encoded.append("^'");
                case '\n' -> encoded.append("^n");
                default -> encoded.appendCodePoint(c != '\t' && Character.isISOControl(c) ? ' ' : c);
            }
        });
        String text = encoded.toString();
        return text.matches(".*[:;,].*") ? "\"" + text + "\"" : text;
    }

    /** Appends one logical line, folded at 75 octets between characters. */
    private ContentLines line(String line) {
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int c = line.codePointAt(i);
            int size = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(c);
            octets += size;
            i += Character.charCount(c);
        }
        out.append(CRLF);
        return this;
    }
}
