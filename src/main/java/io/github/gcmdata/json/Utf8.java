package io.github.gcmdata.json;

/**
 * Checks that input is well-formed UTF-8 as RFC 3629 defines it, before Jackson reads it.
 *
 * <p>Jackson's parser rejects most malformed UTF-8, but decodes some sequences that RFC 3629
 * forbids, such as the overlong {@code C0 AF} for {@code /}. An overlong form lets a character slip
 * past checks that look at bytes, so the reader rejects every one of them.
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
}
