package io.github.gcmdata.identifier;

/**
 * The check character that ISO 2108 (ISBN-10) and ISO 3297 (ISSN) compute alike: the digits
 * weighted from one more than their count down to 2, the sum taken modulo 11, and its complement
 * written as a digit, or {@code X} for 10.
 */
final class CheckCharacters {

    private CheckCharacters() {
    }

    /**
     * Computes the modulus 11 check character of the first digits of text, hyphens skipped.
     *
     * @param text  the digits, possibly with hyphens between them, not null
     * @param count  how many digits the check character covers
     * @return {@code '0'} to {@code '9'} or {@code 'X'}
     */
    static char mod11(CharSequence text, int count) {
        int sum = 0;
        int position = 0;
        for (int i = 0; position < count; i++) {
            char c = text.charAt(i);
            if (c != '-') {
                sum += (count + 1 - position) * (c - '0');
                position++;
            }
        }
        int check = (11 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }
}
