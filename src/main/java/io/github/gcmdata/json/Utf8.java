package io.github.gcmdata.json;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks that input is well-formed UTF-8 as RFC 3629 defines it, and that its escapes stand for
 * text UTF-8 can carry, before Jackson reads it.
 *
 * <p>Jackson's parser rejects most malformed UTF-8, but decodes some sequences that RFC 3629
 * forbids, such as the overlong {@code C0 AF} for {@code /}. An overlong form lets a character slip
 * past checks that look at bytes, so the reader rejects every one of them, with the JDK's own
 * strict decoder.
 *
 * <p>JSON lets an escape such as <code>&#92;uD800</code> stand alone, but UTF-8 cannot carry an unpaired
 * surrogate: the writer would turn it into {@code ?}, and reading what was written would no longer
 * give equal records. Every string is checked here, whatever it becomes (text, an identifier, a
 * language tag), so the rule lives in one place.
 */
final class Utf8 {

    /** The characters decoded at a time: only errors matter, so the text is dropped chunk by chunk. */
    private static final int DECODE_CHUNK = 8192;

    private Utf8() {
    }

    /**
     * Returns the offset of the first byte that does not start a well-formed sequence, or -1. The
     * JDK's decoder, set to report errors rather than replace them, already refuses what RFC 3629
     * forbids: overlong forms, encoded surrogates, code points above U+10FFFF, truncated sequences.
     */
    static int firstMalformed(byte[] input) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(input);
        CharBuffer out = CharBuffer.allocate(Math.min(input.length, DECODE_CHUNK) + 1);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return -1;
            }
            out.clear();
        }
    }

    /**
     * Returns the offset of the first <code>&#92;uXXXX</code> escape of a surrogate that is not part of a
     * pair, or -1. Other escapes are skipped whole, so <code>&#92;&#92;uD800</code> (an escaped backslash
     * and the letters {@code uD800}) is not one. Escapes outside strings are left to the parser,
     * which rejects them anyway.
     */
    static int firstUnpairedSurrogateEscape(byte[] input) {
        int i = 0;
        while (i < input.length) {
            if (input[i] != '\\' || i + 1 >= input.length) {
                i++;
                continue;
            }
            int unit = escapedUnit(input, i);
            if (unit < 0) {
                i += 2;
                continue;
            }
            if (Character.isHighSurrogate((char) unit)) {
                int next = escapedUnit(input, i + 6);
                if (next < 0 || !Character.isLowSurrogate((char) next)) {
                    return i;
                }
                i += 12;
            } else if (Character.isLowSurrogate((char) unit)) {
                return i;
            } else {
                i += 6;
            }
        }
        return -1;
    }

    /** Returns the code unit of a <code>&#92;uXXXX</code> escape at the offset, or -1 if there is none. */
    private static int escapedUnit(byte[] input, int at) {
        if (at + 6 > input.length || input[at] != '\\' || input[at + 1] != 'u') {
            return -1;
        }
        int unit = 0;
        for (int k = at + 2; k < at + 6; k++) {
            int digit = Character.digit(input[k], 16);
            if (digit < 0) {
                return -1;
            }
            unit = unit * 16 + digit;
        }
        return unit;
    }
}
