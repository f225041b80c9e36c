package io.github.gcmdata.json;

import io.github.gcmdata.internal.MissingComponentException;
import io.github.gcmdata.json.GcmJsonException.Problem;
import java.time.DateTimeException;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/** Turns Jackson's exceptions into one {@link GcmJsonException} that a person can act on. */
final class ReadErrors {

    /** Jackson's description of where a token started, which repeats what line and column say. */
    private static final Pattern SOURCE_NOISE = Pattern.compile("\\s*\\(?(?:start marker )?at \\[Source:.*$");

    private ReadErrors() {
    }

    static GcmJsonException nullDocument() {
        return new GcmJsonException(Problem.WRONG_TYPE, "", 1, 1, "expected an object, found null", null);
    }

    static GcmJsonException translate(JacksonException e, byte[] input) {
        String pointer = pointerOf(e);
        TokenStreamLocation location = locationOf(e);
        if ((location == null || location.getLineNr() <= 0) && input != null) {
            location = Locator.locate(input, pointer);
        }
        long line = location == null ? -1 : location.getLineNr();
        long column = location == null ? -1 : location.getColumnNr();
        MissingComponentException missing = missingComponentOf(e);
        if (missing != null) {
            String place = pointer + "/" + escape(missing.component());
            if (missing.index() >= 0) {
                return new GcmJsonException(Problem.WRONG_TYPE, place + "/" + missing.index(), line, column,
                        "null is not allowed in the list '" + missing.component() + "'", e);
            }
            return new GcmJsonException(Problem.MISSING_PROPERTY, place, line, column,
                    "required property '" + missing.component() + "' is null", e);
        }
        Problem problem = problemOf(e);
        return new GcmJsonException(problem, pointer, line, column, reasonOf(e, problem), e);
    }

    private static TokenStreamLocation locationOf(JacksonException e) {
        if (e.getLocation() != null) {
            return e.getLocation();
        }
        if (e.processor() instanceof JsonParser) {
            return ((JsonParser) e.processor()).currentTokenLocation();
        }
        return null;
    }

    private static MissingComponentException missingComponentOf(JacksonException e) {
        Throwable cause = rootCause(e);
        return cause instanceof MissingComponentException ? (MissingComponentException) cause : null;
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
        if (e instanceof StreamReadException) {
            if (message.startsWith("Duplicate ")) {
                return Problem.DUPLICATE_PROPERTY;
            }
            if (e instanceof UnexpectedEndOfInputException && e.getLocation() != null
                    && e.getLocation().getCharOffset() <= 0 && e.getLocation().getByteOffset() <= 0) {
                return Problem.EMPTY_INPUT;
            }
            return Problem.MALFORMED_JSON;
        }
        if (rootCause(e) instanceof DateTimeException) {
            return Problem.INVALID_VALUE;
        }
        return Problem.MALFORMED_JSON;
    }

    private static String reasonOf(JacksonException e, Problem problem) {
        switch (problem) {
            case EMPTY_INPUT:
                return "the input is empty; expected one JSON value";
            case UNKNOWN_PROPERTY:
                return "unknown property '" + ((UnrecognizedPropertyException) e).getPropertyName()
                        + "' (the format allows " + ((UnrecognizedPropertyException) e).getKnownPropertyIds() + ")";
            case MISSING_PROPERTY:
                return "required property '" + missingPropertyOf(e) + "' is missing";
            case INVALID_VALUE:
                if (e instanceof InvalidFormatException && ((InvalidFormatException) e).getTargetType() != null
                        && ((InvalidFormatException) e).getTargetType().isEnum()) {
                    return "'" + ((InvalidFormatException) e).getValue() + "' is not one of "
                            + JsonTypes.enumValues(((InvalidFormatException) e).getTargetType());
                }
                Throwable cause = rootCause(e);
                return cause != e ? firstLine(cause.getMessage()) : firstLine(e.getOriginalMessage());
            case WRONG_TYPE:
                return wrongTypeReason(e);
            default:
                return firstLine(e.getOriginalMessage());
        }
    }

    private static String wrongTypeReason(JacksonException e) {
        if (!(e instanceof MismatchedInputException) || !(e.processor() instanceof JsonParser)) {
            return firstLine(e.getOriginalMessage());
        }
        Class<?> target = ((MismatchedInputException) e).getTargetType();
        JsonToken found = ((JsonParser) e.processor()).currentToken();
        if (target == null || found == null) {
            return firstLine(e.getOriginalMessage());
        }
        return "expected " + JsonTypes.expected(target) + ", found " + JsonTypes.found(found, (JsonParser) e.processor());
    }

    private static String missingPropertyOf(JacksonException e) {
        String message = String.valueOf(e.getOriginalMessage());
        int open = message.indexOf('\'');
        int close = message.indexOf('\'', open + 1);
        return open >= 0 && close > open ? message.substring(open + 1, close) : "?";
    }

    private static String pointerOf(JacksonException e) {
        List<JacksonException.Reference> path = e.getPath();
        if (!path.isEmpty()) {
            StringBuilder pointer = new StringBuilder();
            for (JacksonException.Reference reference : path) {
                pointer.append('/');
                if (reference.getPropertyName() != null) {
                    pointer.append(escape(reference.getPropertyName()));
                } else if (reference.getIndex() >= 0) {
                    pointer.append(reference.getIndex());
                } else {
                    pointer.append('-');
                }
            }
            return pointer.toString();
        }
        if (e.processor() instanceof JsonParser) {
            return ((JsonParser) e.processor()).streamReadContext().pathAsPointer().toString();
        }
        return "";
    }

    private static String escape(String property) {
        return property.replace("~", "~0").replace("/", "~1");
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
