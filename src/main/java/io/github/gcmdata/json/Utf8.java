package io.github.gcmdata.json;

/**
 * Checks that input is well-formed UTF-8 as RFC 3629 defines it, and that its escapes stand for
 * text UTF-8 can carry, before Jackson reads it.
 *
 * <p>Jackson's parser rejects most malformed UTF-8, but decodes some sequences that RFC 3629
 * forbids, such as the overlong {@code C0 AF} for {@code /}. An overlong form lets a character slip
 * past checks that look at bytes, so the reader rejects every one of them.
 *
 * <p>JSON lets an escape such as <code>&#92;uD800</code> stand alone, but UTF-8 cannot carry an unpaired
 * surrogate: the writer would turn it into {@code ?}, and reading what was written would no longer
 * give equal records. Every string is checked here, whatever it becomes (text, an identifier, a
 * language tag), so the rule lives in one place.
 */
final class Utf8 {

    private Utf8() {
    }

    /** Returns the offset of the first byte that does not start a well-formed sequence, or -1. */
    static int firstMalformed(byte[] input) {
        int i = 0;
        int n = input.length;
        while (i < n) {
            int b = input[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length;
            int min2 = 0x80;
            int max2 = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                length = 2;
            } else if (b >= 0xE0 && b <= 0xEF) {
                length = 3;
                if (b == 0xE0) {
                    min2 = 0xA0;
                } else if (b == 0xED) {
                    max2 = 0x9F;
                }
            } else if (b >= 0xF0 && b <= 0xF4) {
                length = 4;
                if (b == 0xF0) {
                    min2 = 0x90;
                } else if (b == 0xF4) {
                    max2 = 0x8F;
                }
            } else {
                return i;
            }
            if (i + length > n) {
                return i;
            }
            int second = input[i + 1] & 0xFF;
            if (second < min2 || second > max2) {
                return i;
            }
            for (int k = 2; k < length; k++) {
                if ((input[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += length;
        }
        return -1;
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
