package io.github.gcmdata.json;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Reads strings as Jackson does, and rejects those holding an unpaired surrogate.
 *
 * <p>JSON lets an escape such as {@code "\uD800"} stand alone, but UTF-8 cannot carry it: the
 * writer would turn it into {@code ?}, and reading what was written would no longer give equal
 * records. Such a string cannot be represented, so reading stops at it.
 */
final class StrictStringDeserializer extends StringDeserializer {

    private static final long serialVersionUID = 1L;

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
        String text = super.deserialize(parser, context);
        if (text != null) {
            int unpaired = unpairedSurrogate(text);
            if (unpaired >= 0) {
                throw InvalidFormatException.from(parser, String.format(
                        "the text holds an unpaired surrogate (\\u%04X at index %d), which UTF-8 cannot carry",
                        (int) text.charAt(unpaired), unpaired), text, String.class);
            }
        }
        return text;
    }

    /** Returns the index of the first surrogate that is not part of a pair, or -1. */
    static int unpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
