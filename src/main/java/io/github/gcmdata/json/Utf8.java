package io.github.gcmdata.json;

/**
 * Checks that input is well-formed UTF-8 as RFC 3629 defines it, and that its escapes stand for
 * text UTF-8 can carry, before Jackson reads it.
 *
 * <p>Jackson's parser rejects most malformed UTF-8, but decodes some sequences that RFC 3629
 * forbids, such as the overlong {@code C0 AF} for {@code /}. An overlong form lets a character slip
 * past checks that look at bytes, so the reader rejects every one of them.
 *
 * <p>The check is the table of well-formed byte sequences of the Unicode Standard (section 3.9,
 * table 3-7), written out rather than left to the JDK's {@code CharsetDecoder}: the decoder turns
 * every byte into a character only to drop it, and took a sixth of the time of reading a dataset
 * (JFR, {@code SideBySideBenchmark.readGcmJson}). {@code Utf8Test} holds this check to the
 * decoder's answer, set to report errors, on every kind of sequence.
 *
 * <p>JSON lets an escape such as <code>&#92;uD800</code> stand alone, but UTF-8 cannot carry an unpaired
 * surrogate: the writer would turn it into {@code ?}, and reading what was written would no longer
 * give equal records. Every string is checked here, whatever it becomes (text, an identifier, a
 * language tag), so the rule lives in one place.
 */
final class Utf8 {

    private Utf8() {
    }

    /**
     * Tells whether the first bytes of an input, as many as there are up to four, are a UTF-8
     * byte-order mark and nothing else: an empty document, which Jackson, needing four bytes to
     * see the mark, would read as the character U+FEFF.
     */
    static boolean isByteOrderMarkAlone(byte[] first) {
        return first.length == 3 && first[0] == (byte) 0xEF && first[1] == (byte) 0xBB && first[2] == (byte) 0xBF;
    }

    /**
     * Returns the offset of the first byte that does not start a well-formed sequence, or -1:
     * overlong forms, encoded surrogates, code points above U+10FFFF, stray continuation bytes and
     * truncated sequences are all ill-formed.
     */
    static int firstMalformed(byte[] input) {
        int i = 0;
        while (i < input.length) {
            int lead = input[i] & 0xFF;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int length = wellFormedLength(input, i, lead);
            if (length == 0) {
                return i;
            }
            i += length;
        }
        return -1;
    }

    /** The length of the well-formed sequence that starts with the lead byte at the offset, or 0. */
    private static int wellFormedLength(byte[] input, int at, int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return continues(input, at + 1, 0x80, 0xBF) ? 2 : 0;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            // E0 must not be overlong, ED must not encode a surrogate (D800 to DFFF).
            int low = lead == 0xE0 ? 0xA0 : 0x80;
            int high = lead == 0xED ? 0x9F : 0xBF;
            return continues(input, at + 1, low, high) && continues(input, at + 2, 0x80, 0xBF) ? 3 : 0;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            // F0 must not be overlong, F4 must not pass U+10FFFF.
            int low = lead == 0xF0 ? 0x90 : 0x80;
            int high = lead == 0xF4 ? 0x8F : 0xBF;
            return continues(input, at + 1, low, high) && continues(input, at + 2, 0x80, 0xBF)
                    && continues(input, at + 3, 0x80, 0xBF) ? 4 : 0;
        }
        // 80 to C1 (a continuation byte, or the lead of an overlong pair) and F5 to FF lead nothing.
        return 0;
    }

    private static boolean continues(byte[] input, int at, int low, int high) {
        if (at >= input.length) {
            return false;
        }
        int value = input[at] & 0xFF;
        return value >= low && value <= high;
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
            if (input[i] != '\\') {
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
