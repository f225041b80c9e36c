package io.github.gcmdata.identifier;

import java.util.List;
import java.util.Locale;

/**
 * The one rule by which the numbered identifiers ({@link Isbn}, {@link Issn}) read text as pages
 * print it.
 *
 * <ol>
 * <li>The text is at most {@value #MAX_LENGTH} characters long, more than any printed form of these
 *     standards needs ({@code ISBN-13: 978-92-9068-780-1} has 26); longer text is rejected before
 *     it is looked at.
 * <li>Spaces around it are ignored. A space is U+0020 or the no-break space U+00A0, which web pages
 *     often print between a label and its number.
 * <li>It may start with the standard's own label, in any case, followed by a colon, spaces, or
 *     both: {@code ISSN 1726-2224}, {@code ISBN: 978-92-9068-780-1}. ISO 3297 and ISO 2108 print
 *     the label that way; ISBN also has the labels {@code ISBN-10} and {@code ISBN-13} of its
 *     transition to 13 digits, and publishers print {@code e-ISBN}, {@code e-ISSN} and
 *     {@code p-ISSN} for a medium.
 * <li>The rest is the identifier with the standard's own separators, as each standard defines
 *     them (an ISBN: hyphens or spaces between its digits, one at a time; an ISSN: a hyphen after
 *     the fourth digit), and nothing else.
 * </ol>
 *
 * @param label  the label as the standard spells it, or empty if the text had none
 * @param body  the identifier with its separators, without label or surrounding spaces
 */
record PrintedForm(String label, String body) {

    /** The longest text read as an identifier, labels and separators included. */
    static final int MAX_LENGTH = 40;

    /**
     * Splits printed text into its label and its body, after the checks of length and spaces.
     *
     * @param text  the text as printed, not null
     * @param standard  the standard's short name, for the exception
     * @param labels  the labels the standard prints, longest first where one starts another
     * @return the label (empty if there is none) and the body, not null
     * @throws IdentifierFormatException if the text is longer than {@link #MAX_LENGTH}
     */
    static PrintedForm of(CharSequence text, String standard, List<String> labels) {
        if (text.length() > MAX_LENGTH) {
            throw new IdentifierFormatException(standard, "longer than " + MAX_LENGTH
                    + " characters, more than any printed form needs", text);
        }
        String trimmed = strip(text.toString());
        for (String label : labels) {
            if (trimmed.regionMatches(true, 0, label, 0, label.length())) {
                int end = label.length();
                int afterColon = end < trimmed.length() && trimmed.charAt(end) == ':' ? end + 1 : end;
                int afterSpaces = afterColon;
                while (afterSpaces < trimmed.length() && isSpace(trimmed.charAt(afterSpaces))) {
                    afterSpaces++;
                }
                // "ISBN-139789..." is not a label: a label ends with a colon, a space or the text.
                if (afterSpaces > end || end == trimmed.length()) {
                    return new PrintedForm(label.toUpperCase(Locale.ROOT), trimmed.substring(afterSpaces));
                }
            }
        }
        return new PrintedForm("", trimmed);
    }

    /** Tells whether a character is a space of the printed form: U+0020 or U+00A0. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0';
    }

    private static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }
}
