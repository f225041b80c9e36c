package io.github.gcmdata.json;

import io.github.gcmdata.internal.Ellipsis;
import io.github.gcmdata.internal.JsonPointers;
import io.github.gcmdata.internal.MissingComponentException;
import io.github.gcmdata.json.GcmJsonException.Problem;
import io.github.gcmdata.model.Dataset;
import java.time.DateTimeException;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/** Turns Jackson's exceptions into one {@link GcmJsonException} that a person can act on. */
final class ReadErrors {

    /** Jackson's description of where a token started, which repeats what line and column say. */
    private static final Pattern SOURCE_NOISE = Pattern.compile("\\s*\\(?(?:start marker )?at \\[Source:.*$");

    private ReadErrors() {
    }

    /** The longest reason a message holds: a value quoted from hostile input can be megabytes long. */
    private static final int MAX_REASON_LENGTH = 300;
    static final String EMPTY_INPUT_REASON = "the input is empty; expected one JSON value";

    static GcmJsonException nullDocument() {
        return new GcmJsonException(Problem.WRONG_TYPE, "", 1, 1, "expected an object, found null", null);
    }

    /** The longest text that may be a file name given where JSON text belongs. */
    private static final int MAX_FILE_NAME_LENGTH = 4096;
    /**
     * Adds, to the error of text that is not JSON but looks like a file name, how to read the file:
     * {@code readDataset("examples/idm-no-28.json")} parses the name as JSON.
     */
    static GcmJsonException withFileNameHint(GcmJsonException e, String text, Class<?> type) {
        String name = text.strip();
        if (e.problem() != Problem.MALFORMED_JSON || e.line() != 1 || !looksLikeFileName(name)) {
            return e;
        }
        String javaString = "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        String call = type == Dataset.class ? "readDataset(Path.of(" + javaString + "))"
                : "read(Path.of(" + javaString + "), " + type.getSimpleName() + ".class)";
        String method = type == Dataset.class ? "readDataset(String)" : "read(String, Class)";
        return new GcmJsonException(Problem.MALFORMED_JSON, e.jsonPointer(), e.line(), e.column(),
                shorten("expected JSON text, found " + JsonTypes.quote(name) + ", which looks like a file name: "
                        + method + " reads JSON text; to read the file, pass a Path: " + call), e);
    }

    /** One line that JSON text cannot start with, with a path separator or ending in a file extension. */
    private static boolean looksLikeFileName(String text) {
        if (text.isEmpty() || text.length() > MAX_FILE_NAME_LENGTH || "{[\"".indexOf(text.charAt(0)) >= 0
                || text.contains("\n") || text.contains("\r")) {
            return false;
        }
        int dot = text.lastIndexOf('.');
        boolean extension = dot > 0 && dot >= text.length() - 7 && dot < text.length() - 1
                && text.substring(dot + 1).chars().allMatch(Character::isLetter);
        return extension || text.indexOf('/') >= 0 || text.indexOf('\\') >= 0;
    }

    /** The reason for a null element of a list, which both readers give. */
    static String nullInList(String listName) {
        return "null is not allowed in the list '" + listName + "'";
    }

    /** The error for an input without a value: nothing, white space, or a byte-order mark alone. */
    static GcmJsonException emptyInput() {
        return new GcmJsonException(Problem.EMPTY_INPUT, "", 1, 1, EMPTY_INPUT_REASON, null);
    }

    static GcmJsonException documentTooLong(ReadLimits limits) {
        return new GcmJsonException(Problem.LIMIT_EXCEEDED, "", -1, -1, "the document is longer than "
                + limits.maxDocumentLength() + " bytes, the limit maxDocumentLength"
                + "; raise it with GcmJson.builder().maxDocumentLength(...)", null);
    }

    /**
     * Rejects input that is not well-formed UTF-8, or escapes text UTF-8 cannot carry, before
     * Jackson reads it: Jackson would detect UTF-16 and UTF-32 and read them, decodes some
     * malformed UTF-8, and takes unpaired surrogate escapes (see {@link Utf8}). A UTF-8
     * byte-order mark is allowed (RFC 8259, section 8.1) and Jackson skips it. UTF-8 JSON never
     * holds a zero byte outside a string, and a document starts outside one, so a zero byte among
     * the first four, or a UTF-16 or UTF-32 byte-order mark, means another encoding.
     */
    static void requireUtf8(byte[] input, JsonFactory factory) {
        boolean utf16Bom = input.length >= 2 && ((input[0] == (byte) 0xFE && input[1] == (byte) 0xFF)
                || (input[0] == (byte) 0xFF && input[1] == (byte) 0xFE));
        boolean zero = false;
        for (int i = 0; i < Math.min(4, input.length); i++) {
            zero |= input[i] == 0;
        }
        if (utf16Bom || zero) {
            throw new GcmJsonException(Problem.MALFORMED_JSON, "", 1, 1,
                    "the input is not UTF-8 (it looks like UTF-16 or UTF-32); the format is UTF-8", null);
        }
        if (Utf8.isByteOrderMarkAlone(input)) {
            throw emptyInput();
        }
        int malformed = Utf8.firstMalformed(input);
        if (malformed >= 0) {
            throw at(Problem.MALFORMED_JSON, input, malformed, factory, String.format(
                    "invalid UTF-8: byte 0x%02X at offset %d does not start a well-formed sequence",
                    input[malformed] & 0xFF, malformed));
        }
        int unpaired = Utf8.firstUnpairedSurrogateEscape(input);
        if (unpaired >= 0) {
            throw at(Problem.INVALID_VALUE, input, unpaired, factory, "the escape "
                    + new String(input, unpaired, 6, java.nio.charset.StandardCharsets.US_ASCII)
                    + " is half of a surrogate pair, without the other half; UTF-8 cannot carry it");
        }
    }

    /** An error at a byte offset of the input, with its line, column and the pointer of its value. */
    private static GcmJsonException at(Problem problem, byte[] input, int offset, JsonFactory factory, String reason) {
        long line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (input[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new GcmJsonException(problem, Locator.pointerAt(factory, input, offset), line, offset - lineStart + 1,
                reason, null);
    }

    static GcmJsonException translate(JacksonException e, byte[] input, ReadLimits limits, JsonFactory factory) {
        String pointer = pointerOf(e);
        TokenStreamLocation location = locationOf(e);
        if ((location == null || location.getLineNr() <= 0) && input != null) {
            location = Locator.locate(factory, input, pointer);
        }
        long line = location == null ? -1 : location.getLineNr();
        long column = location == null ? -1 : line > 0 ? Math.max(1, location.getColumnNr()) : -1;
        MissingComponentException missing = missingComponentOf(e);
        if (missing != null) {
            String place = pointer + "/" + JsonPointers.escape(missing.component());
            if (missing.index() >= 0) {
                return new GcmJsonException(Problem.WRONG_TYPE, place + "/" + missing.index(), line, column,
                        nullInList(missing.component()), e);
            }
            return new GcmJsonException(Problem.MISSING_PROPERTY, place, line, column,
                    "required property '" + missing.component() + "' is null", e);
        }
        Problem problem = problemOf(e);
        String reason;
        try {
            reason = problem == Problem.LIMIT_EXCEEDED ? limitReason(e, limits) : reasonOf(e, problem, input, pointer);
        } catch (UnexpectedEndOfInputException cutOff) {
            // Describing the value found asked the parser to finish a string the input cuts off.
            problem = Problem.MALFORMED_JSON;
            reason = "the input ends inside a string";
        } catch (RuntimeException unreadable) {
            // Describing the error must never hide it: fall back to Jackson's own words.
            reason = shorten(firstLine(e.getOriginalMessage()));
        }
        // The list of allowed properties comes from the model, not the input: it is shown whole.
        return new GcmJsonException(problem, pointer, line, column,
                problem == Problem.UNKNOWN_PROPERTY ? reason : shorten(reason), e);
    }

    private static TokenStreamLocation locationOf(JacksonException e) {
        if (e.getLocation() != null) {
            return e.getLocation();
        }
        if (e.processor() instanceof JsonParser parser) {
            return parser.currentTokenLocation();
        }
        return null;
    }

    private static MissingComponentException missingComponentOf(JacksonException e) {
        Throwable cause = rootCause(e);
        return cause instanceof MissingComponentException missing ? missing : null;
    }

    private static Problem problemOf(JacksonException e) {
        if (e instanceof StreamConstraintsException) {
            return Problem.LIMIT_EXCEEDED;
        }
        if (e instanceof UnrecognizedPropertyException) {
            return Problem.UNKNOWN_PROPERTY;
        }
        String message = String.valueOf(e.getOriginalMessage());
        if (e instanceof ValueInstantiationException) {
            return Problem.INVALID_VALUE;
        }
        if (e instanceof InvalidFormatException) {
            return message.startsWith("Cannot coerce") ? Problem.WRONG_TYPE : Problem.INVALID_VALUE;
        }
        if (e instanceof InvalidNullException) {
            return Problem.WRONG_TYPE;
        }
        if (e instanceof MismatchedInputException) {
            if (message.startsWith("No content to map")) {
                return Problem.EMPTY_INPUT;
            }
            if (message.startsWith("Trailing token")) {
                return Problem.TRAILING_CONTENT;
            }
            if (message.startsWith("Missing required creator property")) {
                return Problem.MISSING_PROPERTY;
            }
            if (rootCause(e) instanceof DateTimeException) {
                return Problem.INVALID_VALUE;
            }
            return Problem.WRONG_TYPE;
        }
        if (e instanceof InputCoercionException) {
            return Problem.INVALID_VALUE;
        }
        if (e instanceof StreamReadException) {
            if (message.startsWith("Duplicate ")) {
                return Problem.DUPLICATE_PROPERTY;
            }
            return Problem.MALFORMED_JSON;
        }
        if (rootCause(e) instanceof DateTimeException) {
            return Problem.INVALID_VALUE;
        }
        return Problem.MALFORMED_JSON;
    }

    private static String reasonOf(JacksonException e, Problem problem, byte[] input, String pointer) {
        return switch (problem) {
            case EMPTY_INPUT -> EMPTY_INPUT_REASON;
            case UNKNOWN_PROPERTY -> unknownPropertyReason((UnrecognizedPropertyException) e);
            case MISSING_PROPERTY -> "required property '" + missingPropertyOf(e) + "' is missing";
            case INVALID_VALUE -> invalidValueReason(e);
            case WRONG_TYPE -> wrongTypeReason(e, input, pointer);
            case TRAILING_CONTENT -> trailingContentReason((MismatchedInputException) e);
            case MALFORMED_JSON, DUPLICATE_PROPERTY, LIMIT_EXCEEDED -> firstLine(e.getOriginalMessage());
        };
    }

    /** What follows the document's value, in the words {@code readDatasetElements} uses. */
    private static String trailingContentReason(MismatchedInputException e) {
        return JsonTypes.trailing(((JsonParser) e.processor()).currentToken(),
                e.getTargetType() == Dataset.class ? "the dataset" : "the value");
    }

    private static String unknownPropertyReason(UnrecognizedPropertyException e) {
        return "unknown property " + JsonTypes.quote(e.getPropertyName()) + " (the format allows "
                + e.getKnownPropertyIds() + ")";
    }

    private static String invalidValueReason(JacksonException e) {
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return JsonTypes.quote(String.valueOf(invalid.getValue())) + " is not one of "
                    + JsonTypes.enumValues(invalid.getTargetType());
        }
        Throwable cause = rootCause(e);
        return cause != e ? firstLine(cause.getMessage()) : firstLine(e.getOriginalMessage());
    }

    /** Names the limit that Jackson's {@link StreamConstraintsException} is about, and how to raise it. */
    private static String limitReason(JacksonException e, ReadLimits limits) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.startsWith("Document nesting depth")) {
            return limit("arrays and objects nest deeper than " + limits.maxNestingDepth() + " levels",
                    "maxNestingDepth");
        }
        if (message.startsWith("Name length")) {
            return "a property name is longer than " + StreamReadConstraints.DEFAULT_MAX_NAME_LEN + " characters";
        }
        if (message.startsWith("String value length")) {
            return limit("a string is longer than " + limits.maxStringLength() + " characters", "maxStringLength");
        }
        if (message.startsWith("Number value length")) {
            return limit("a number is longer than " + limits.maxNumberLength() + " digits", "maxNumberLength");
        }
        if (message.startsWith("Document length")) {
            return limit("the document is longer than " + limits.maxDocumentLength() + " bytes", "maxDocumentLength");
        }
        return firstLine(message);
    }

    private static String limit(String what, String name) {
        return what + ", the limit " + name + "; raise it with GcmJson.builder()." + name + "(...)";
    }

    /** Keeps a message readable when it quotes a huge value from the input. */
    private static String shorten(String reason) {
        return Ellipsis.after(reason, MAX_REASON_LENGTH);
    }

    private static String wrongTypeReason(JacksonException e, byte[] input, String pointer) {
        if (e instanceof InvalidNullException) {
            // Jackson refuses a null element of a list at the element's pointer, such as /organizers/1.
            int last = pointer.lastIndexOf('/');
            String token = pointer.substring(last + 1);
            if (last > 0 && !token.isEmpty() && token.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return nullInList(pointer.substring(pointer.lastIndexOf('/', last - 1) + 1, last));
            }
            return "null is not allowed here; leave the entry out instead";
        }
        if (!(e instanceof MismatchedInputException mismatched) || !(e.processor() instanceof JsonParser parser)) {
            return firstLine(e.getOriginalMessage());
        }
        Class<?> target = mismatched.getTargetType();
        JsonToken found = parser.currentToken();
        if (target == null || found == null) {
            return firstLine(e.getOriginalMessage());
        }
        return "expected " + JsonTypes.expected(target) + ", found " + JsonTypes.found(found, parser, input);
    }

    /**
     * The name Jackson quotes in "Missing required creator property 'name' (index 1)". A message
     * without it throws here, and {@link #translate} falls back to Jackson's own words.
     */
    private static String missingPropertyOf(JacksonException e) {
        String message = String.valueOf(e.getOriginalMessage());
        int open = message.indexOf('\'');
        return message.substring(open + 1, message.indexOf('\'', open + 1));
    }

    private static String pointerOf(JacksonException e) {
        List<JacksonException.Reference> path = e.getPath();
        if (!path.isEmpty()) {
            StringBuilder pointer = new StringBuilder();
            for (JacksonException.Reference reference : path) {
                pointer.append('/');
                if (reference.getPropertyName() != null) {
                    pointer.append(JsonPointers.escape(reference.getPropertyName()));
                } else if (reference.getIndex() >= 0) {
                    pointer.append(reference.getIndex());
                } else {
                    pointer.append('-');
                }
            }
            return pointer.toString();
        }
        if (e.processor() instanceof JsonParser parser) {
            return parser.streamReadContext().pathAsPointer().toString();
        }
        return "";
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable JSON";
        }
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        return SOURCE_NOISE.matcher(line).replaceFirst("").strip();
    }
}
