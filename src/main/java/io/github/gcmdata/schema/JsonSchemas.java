package io.github.gcmdata.schema;

import io.github.gcmdata.model.RecordKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The JSON Schemas (draft 2020-12) of the library's JSON format, as bundled in the jar: one for a
 * whole {@code Dataset} and one for each kind of top-level record.
 *
 * <pre>{@code
 * String schema = JsonSchemas.dataset();        // the schema of a dataset document
 * String events = JsonSchemas.of("event");      // the schema of one event record
 * JsonSchemas.kinds();                          // [dataset, organisation, state, ...]
 * }</pre>
 *
 * <p>Each schema is self-contained (its sub-schemas are under {@code $defs}) and has an
 * {@code $id} under {@value #BASE_URI}. In the jar, the schema of kind {@code k} is the resource
 * {@code io/github/gcmdata/schema/k.schema.json}; in the repository it is under
 * {@code src/main/resources/io/github/gcmdata/schema/}.
 *
 * <p>A schema describes the shape of the JSON that {@code GcmJson} writes: property names, types,
 * required properties, no unknown properties, enum constants, the shapes of identifiers, dates and
 * language tags, and numeric ranges. Rules that need more than a shape, such as check digits,
 * references between records or an end before its start, are checked by {@code GcmValidator} only.
 *
 * <p>This class holds no state; every call reads the schema from the jar.
 */
public final class JsonSchemas {

    /** The URI under which the schemas' {@code $id}s lie; it changes with the format's version. */
    public static final String BASE_URI = "https://gcmdata.github.io/gcm-reference-data/schema/0.2/";

    /** The kind of the schema of a whole dataset. */
    public static final String DATASET = "dataset";

    /** {@value #DATASET}, then the kind name of each {@link RecordKind}. */
    private static final List<String> KINDS = Stream.concat(Stream.of(DATASET),
            Arrays.stream(RecordKind.values()).map(RecordKind::kindName)).toList();

    private JsonSchemas() {
    }

    /**
     * Returns the kinds there is a schema for: {@code dataset}, then the {@link RecordKind#kindName()
     * kind name} of each record kind, in the order of a dataset's lists ({@code organisation},
     * {@code state}, {@code person}, ...).
     *
     * @return the kinds, immutable, not null
     */
    public static List<String> kinds() {
        return KINDS;
    }

    /**
     * Returns the schema of a whole dataset document.
     *
     * @return the schema as JSON text, not null
     * @throws IllegalStateException if the schema cannot be read from the jar, which means the jar is broken
     */
    public static String dataset() {
        return of(DATASET);
    }

    /**
     * Returns the schema of one kind.
     *
     * @param kind  one of {@link #kinds()}, such as {@code "event"}, not null
     * @return the schema as JSON text, not null
     * @throws IllegalArgumentException if there is no schema of that kind; the message lists the kinds
     * @throws IllegalStateException if the schema cannot be read from the jar, which means the jar is broken
     */
    public static String of(String kind) {
        try (InputStream in = JsonSchemas.class.getResourceAsStream(fileName(kind))) {
            if (in == null) {
                throw new IllegalStateException("The JSON Schema " + resourcePath(kind) + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the JSON Schema " + resourcePath(kind), e);
        }
    }

    /**
     * Returns the {@code $id} of the schema of one kind, such as
     * {@code https://gcmdata.github.io/gcm-reference-data/schema/0.2/event.schema.json}.
     *
     * @param kind  one of {@link #kinds()}, not null
     * @return the absolute URI, not null
     * @throws IllegalArgumentException if there is no schema of that kind; the message lists the kinds
     */
    public static String id(String kind) {
        return BASE_URI + fileName(kind);
    }

    /**
     * Returns where the schema of one kind lies in the jar, such as
     * {@code io/github/gcmdata/schema/event.schema.json}.
     *
     * @param kind  one of {@link #kinds()}, not null
     * @return the resource path, without a leading slash, not null
     * @throws IllegalArgumentException if there is no schema of that kind; the message lists the kinds
     */
    public static String resourcePath(String kind) {
        return "io/github/gcmdata/schema/" + fileName(kind);
    }

    private static String fileName(String kind) {
        if (kind == null || !KINDS.contains(kind)) {
            throw new IllegalArgumentException("No JSON Schema of kind '" + kind + "'; the kinds are "
                    + String.join(", ", KINDS));
        }
        return kind + ".schema.json";
    }
}
