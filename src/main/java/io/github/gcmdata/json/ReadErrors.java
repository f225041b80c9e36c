package io.github.gcmdata.json;

import io.github.gcmdata.json.GcmJsonException.Problem;
import java.time.DateTimeException;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
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

    private static final String REQUIRED_SUFFIX = " is required";

    private ReadErrors() {
    }

    static GcmJsonException nullDocument() {
        return new GcmJsonException(Problem.WRONG_TYPE, "", 1, 1, "expected an object, found null", null);
    }

    static GcmJsonException translate(JacksonException e) {
        String pointer = pointerOf(e);
        TokenStreamLocation location = e.getLocation();
        long line = location == null ? -1 : location.getLineNr();
        long column = location == null ? -1 : location.getColumnNr();
        Problem problem = problemOf(e);
        String reason = reasonOf(e, problem);
        if (problem == Problem.MISSING_PROPERTY) {
            String property = missingPropertyOf(e);
            if (property != null && !pointer.endsWith("/" + escape(property))) {
                pointer = pointer + "/" + escape(property);
            }
        }
        return new GcmJsonException(problem, pointer, line, column, reason, e);
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
            Throwable cause = rootCause(e);
            if (cause instanceof NullPointerException && String.valueOf(cause.getMessage()).endsWith(REQUIRED_SUFFIX)) {
                return Problem.MISSING_PROPERTY;
            }
            return Problem.INVALID_VALUE;
        }
        if (e instanceof InvalidFormatException) {
            return Problem.INVALID_VALUE;
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
                String property = missingPropertyOf(e);
                return "required property '" + property + "' is missing or null";
            case INVALID_VALUE:
                Throwable cause = rootCause(e);
                return cause != e ? firstLine(cause.getMessage()) : firstLine(e.getOriginalMessage());
            default:
                return firstLine(e.getOriginalMessage());
        }
    }

    private static String missingPropertyOf(JacksonException e) {
        Throwable cause = rootCause(e);
        if (cause instanceof NullPointerException && cause.getMessage() != null
                && cause.getMessage().endsWith(REQUIRED_SUFFIX)) {
            return cause.getMessage().substring(0, cause.getMessage().length() - REQUIRED_SUFFIX.length());
        }
        String message = String.valueOf(e.getOriginalMessage());
        int open = message.indexOf('\'');
        int close = message.indexOf('\'', open + 1);
        return open >= 0 && close > open ? message.substring(open + 1, close) : null;
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
        return line.strip();
    }
}
