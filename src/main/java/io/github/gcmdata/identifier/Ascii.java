package io.github.gcmdata.identifier;

/**
 * The character classes and the case folding of ASCII, which identifier standards define their
 * codes in. Only ASCII letters change case here: other letters can upper-case to ASCII ones
 * ({@code ß} to {@code SS}, the dotless {@code ı} to {@code I}), which would let text that is no
 * code pass for one.
 */
final class Ascii {

    private Ascii() {
    }

    /**
     * Upper-cases the ASCII letters of text and leaves every other character as it is.
     *
     * @param text  the text, not null
     * @return the text with {@code a} to {@code z} upper-cased, the same instance if it has none
     */
    static String toUpperCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isLowerCaseLetter(text.charAt(i))) {
                char[] upper = text.toCharArray();
                for (int j = i; j < upper.length; j++) {
                    if (isLowerCaseLetter(upper[j])) {
                        upper[j] = (char) (upper[j] - ('a' - 'A'));
                    }
                }
                return new String(upper);
            }
        }
        return text;
    }

    /**
     * Tells whether every character of text lies in a range.
     *
     * @param text  the text, not null
     * @param low  the lowest character allowed
     * @param high  the highest character allowed
     * @return true if every character is from {@code low} to {@code high}, true for empty text
     */
    static boolean allBetween(String text, char low, char high) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < low || text.charAt(i) > high) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLowerCaseLetter(char c) {
        return c >= 'a' && c <= 'z';
    }
}
