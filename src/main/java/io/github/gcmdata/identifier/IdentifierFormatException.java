package io.github.gcmdata.identifier;

import io.github.gcmdata.internal.Ellipsis;

/**
 * Thrown when text does not have the shape of the identifier standard it is parsed as.
 *
 * <p>The message names the standard, the reason and the offending text, for example
 * {@code ISBN: expected 10 or 13 digits, found 12 in "978-92-9068-780"}. The parts are also
 * available as data, so callers can branch without parsing the message.
 *
 * <p>Only the shape is checked when parsing. Whether a well-shaped identifier is also correct (a
 * check digit, a country code that ISO has assigned) is a question for validation, which reports
 * every such problem of a dataset at once instead of stopping at the first.
 */
public final class IdentifierFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The longest stretch of offending text quoted in a message. */
    private static final int MAX_QUOTED_LENGTH = 60;

    /** The standard's short name, such as ISBN. */
    private final String standard;
    /** Why the text or the JSON was rejected. */
    private final String reason;
    /** The rejected text. */
    private final String input;

    /**
     * Creates an exception for text that does not have the shape of a standard.
     *
     * @param standard  the standard's short name, such as {@code "ISBN"}, not null
     * @param reason  why the text was rejected, not null
     * @param input  the rejected text, not null
     */
    public IdentifierFormatException(String standard, String reason, CharSequence input) {
        super(standard + ": " + reason + " in \"" + shorten(input) + "\"");
        this.standard = standard;
        this.reason = reason;
        this.input = input.toString();
    }

    /**
     * Returns the short name of the standard, such as {@code "ISBN"} or {@code "ISO 3166-1"}.
     *
     * @return the standard's name, not null
     */
    public String standard() {
        return standard;
    }

    /**
     * Returns why the text was rejected, without the text itself.
     *
     * @return the reason, not null
     */
    public String reason() {
        return reason;
    }

    /**
     * Returns the rejected text, in full.
     *
     * @return the rejected text, not null
     */
    public String input() {
        return input;
    }

    static String shorten(CharSequence input) {
        String text = input.toString();
        return Ellipsis.after(text, MAX_QUOTED_LENGTH);
    }
}
