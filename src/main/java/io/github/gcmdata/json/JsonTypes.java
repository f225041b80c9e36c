package io.github.gcmdata.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.internal.Ellipsis;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** Names Java types and JSON tokens the way a person writing JSON thinks of them. */
final class JsonTypes {

    private static final int MAX_QUOTED_LENGTH = 40;

    private JsonTypes() {
    }

    static String expected(Class<?> target) {
        if (target.isEnum()) {
            return "one of " + enumValues(target);
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "a whole number";
        }
        if (target == BigDecimal.class) {
            return "a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "an array";
        }
        if (target.isRecord() || Map.class.isAssignableFrom(target)) {
            return "an object";
        }
        return "text";
    }

    /**
     * Says what follows a value that should have been the last: by its kind only, since the text
     * of a string there may be cut off, and the whole-document reader has closed its parser.
     */
    static String trailing(JsonToken token, String value) {
        String found = switch (token) {
            case VALUE_STRING -> "a text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            default -> kind(token);
        };
        return "found " + found + " after " + value;
    }

    static String found(JsonToken token, JsonParser parser, byte[] input) {
        switch (token) {
            case VALUE_STRING:
                // The parser reads a string only when asked: this throws if the input ends inside it.
                String text = parser.getString();
                return "the text \"" + Ellipsis.after(text, MAX_QUOTED_LENGTH) + "\"";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                String number = numberText(parser, input);
                return number.isEmpty() ? "a number"
                        : "the number " + Ellipsis.after(number, MAX_QUOTED_LENGTH);
            default:
                return kind(token);
        }
    }

    /** Names a token that is not a string or a number. */
    private static String kind(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : token.asString();
        };
    }

    /**
     * Returns a number token's text, or an empty string. Once the parser has failed and closed, it
     * may no longer hold the text, and asking it to convert the value can fail inside Jackson; so
     * the text is taken from the input where the token starts.
     */
    private static String numberText(JsonParser parser, byte[] input) {
        String text = parser.getString();
        if (text != null && !text.isEmpty()) {
            return text;
        }
        long start = parser.currentTokenLocation().getByteOffset();
        StringBuilder number = new StringBuilder();
        for (long i = Math.max(start, 0); input != null && start >= 0 && i < input.length
                && number.length() <= MAX_QUOTED_LENGTH && "+-.eE0123456789".indexOf(input[(int) i]) >= 0; i++) {
            number.append((char) input[(int) i]);
        }
        return number.toString();
    }

    /** Quotes a name or value from the input in single quotes, shortened if it is long. */
    static String quote(String text) {
        return "'" + Ellipsis.after(text, MAX_QUOTED_LENGTH) + "'";
    }

    static List<String> enumValues(Class<?> type) {
        List<String> values = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            try {
                JsonProperty property = type.getField(name).getAnnotation(JsonProperty.class);
                values.add(property != null ? property.value() : name);
            } catch (NoSuchFieldException e) {
                throw new AssertionError("an enum constant is a public field", e);
            }
        }
        return values;
    }
}
