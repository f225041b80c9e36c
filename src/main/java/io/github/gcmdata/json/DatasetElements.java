package io.github.gcmdata.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.gcmdata.internal.JsonNames;
import io.github.gcmdata.internal.JsonPointers;
import io.github.gcmdata.json.GcmJsonException.Problem;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.RecordKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;

/**
 * Reads a dataset element by element: the top-level object by hand, each record of its lists by
 * the mapper, so that only one record is held at a time.
 *
 * <p>The top-level properties and their element types come from {@link RecordKind} and from
 * {@link Dataset}'s metadata component, so this class knows no property name of its own.
 */
final class DatasetElements {

    /** Each top-level property of a dataset: the type of its value, or of its elements for a list. */
    private static final Map<String, Part> PARTS = parts();

    private DatasetElements() {
    }

    /** One top-level property: the type of its value, or of its elements for a list. */
    private record Part(Class<?> type, boolean list, boolean required) {
    }

    /** The dataset's metadata, then one list per {@link RecordKind}, in the order of its components. */
    private static Map<String, Part> parts() {
        Map<String, Part> parts = new LinkedHashMap<>();
        for (RecordComponent component : Dataset.class.getRecordComponents()) {
            if (component.getType() != List.class) {
                JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
                parts.put(JsonNames.of(component), new Part(component.getType(), false, property != null && property.required()));
            }
        }
        for (RecordKind kind : RecordKind.values()) {
            parts.put(kind.datasetProperty(), new Part(kind.type(), true, false));
        }
        return Collections.unmodifiableMap(parts);
    }

    static void read(GcmJson json, ObjectMapper mapper, InputStream in, DatasetElementHandler handler) {
        // Elements are read from the middle of the input: what follows one is the next, not trailing content.
        ObjectReader reader = mapper.reader().without(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try (JsonParser parser = reader.createParser(withoutLoneByteOrderMark(in))) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw ReadErrors.emptyInput();
            }
            if (token != JsonToken.START_OBJECT) {
                throw error(Problem.WRONG_TYPE, "", parser, "expected an object, found " + JsonTypes.found(token, parser, null));
            }
            Map<String, Boolean> seen = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                Part part = PARTS.get(name);
                String pointer = "/" + JsonPointers.escape(name);
                if (part == null) {
                    throw error(Problem.UNKNOWN_PROPERTY, pointer, parser,
                            "unknown property '" + name + "' (the format allows " + PARTS.keySet() + ")");
                }
                seen.put(name, true);
                JsonToken value = parser.nextToken();
                if (part.list()) {
                    readList(json, reader.forType(part.type()), parser, value, name, pointer, handler);
                } else if (value == JsonToken.VALUE_NULL) {
                    if (part.required()) {
                        throw error(Problem.MISSING_PROPERTY, pointer, parser, "required property '" + name + "' is null");
                    }
                } else {
                    handler.element(pointer, readElement(json, reader.forType(part.type()), parser, name, -1));
                }
            }
            for (Map.Entry<String, Part> part : PARTS.entrySet()) {
                if (part.getValue().required() && !seen.containsKey(part.getKey())) {
                    throw error(Problem.MISSING_PROPERTY, "/" + JsonPointers.escape(part.getKey()), parser,
                            "required property '" + part.getKey() + "' is missing");
                }
            }
            if (parser.nextToken() != null) {
                throw error(Problem.TRAILING_CONTENT, "", parser, JsonTypes.trailing(parser.currentToken(), "the dataset"));
            }
        } catch (JacksonIOException e) {
            throw JsonLines.unchecked(e);
        } catch (JacksonException e) {
            throw json.translate(e, null);
        }
    }

    /** The input, unless it is a byte-order mark alone, which is an empty input (see {@link Utf8#isByteOrderMarkAlone}). */
    private static InputStream withoutLoneByteOrderMark(InputStream in) {
        PushbackInputStream start = new PushbackInputStream(in, 4);
        try {
            byte[] first = start.readNBytes(4);
            if (Utf8.isByteOrderMarkAlone(first)) {
                throw ReadErrors.emptyInput();
            }
            start.unread(first);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return start;
    }

    private static void readList(GcmJson json, ObjectReader reader, JsonParser parser, JsonToken value, String name,
            String pointer, DatasetElementHandler handler) {
        if (value == JsonToken.VALUE_NULL) {
            return;
        }
        if (value != JsonToken.START_ARRAY) {
            throw error(Problem.WRONG_TYPE, pointer, parser, "expected an array, found " + JsonTypes.found(value, parser, null));
        }
        int index = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            String elementPointer = pointer + "/" + index;
            if (token == JsonToken.VALUE_NULL) {
                throw error(Problem.WRONG_TYPE, elementPointer, parser, ReadErrors.nullInList(name));
            }
            handler.element(elementPointer, readElement(json, reader, parser, name, index));
            index++;
        }
    }

    private static Object readElement(GcmJson json, ObjectReader reader, JsonParser parser, String name, int index) {
        TokenStreamLocation start = parser.currentTokenLocation();
        try {
            return reader.readValue(parser);
        } catch (JacksonIOException e) {
            throw e;
        } catch (JacksonException e) {
            // Databind's path starts at the element: complete it as reading the whole dataset would.
            if (index >= 0) {
                e.prependPath(List.class, index);
            }
            e.prependPath(Dataset.class, name);
            GcmJsonException error = json.translate(e, null);
            if (error.line() > 0) {
                throw error;
            }
            throw new GcmJsonException(error.problem(), error.jsonPointer(), start.getLineNr(), start.getColumnNr(),
                    error.reason(), e);
        }
    }

    private static GcmJsonException error(Problem problem, String pointer, JsonParser parser, String reason) {
        TokenStreamLocation location = parser.currentTokenLocation();
        return new GcmJsonException(problem, pointer, location.getLineNr(), location.getColumnNr(), reason, null);
    }
}
