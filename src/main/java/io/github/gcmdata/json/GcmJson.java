package io.github.gcmdata.json;

import io.github.gcmdata.model.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes GCM records as JSON, strictly and without loss.
 *
 * <pre>{@code
 * GcmJson json = GcmJson.standard();
 * Dataset dataset = json.readDataset(Path.of("examples/idm-2022.json"));
 * String compact = json.write(dataset);
 * String pretty = GcmJson.pretty().write(dataset.events().get(0));
 * }</pre>
 *
 * <p><b>Strict.</b> Unknown properties, duplicate keys, anything after the single top-level value,
 * a value of the wrong JSON type (a number where text belongs, text where a number belongs), a
 * missing required property, and a value that cannot be represented (see {@link Dataset}) are all
 * errors. Each is reported by one {@link GcmJsonException}, which names the JSON Pointer, line and
 * column; no half-built record is ever returned.
 *
 * <p><b>Deterministic and lossless.</b> Properties are written in the order of the records'
 * components, language maps in tag order, absent values and empty lists left out. Reading what was
 * written gives equal records, and writing what was read gives the same bytes.
 *
 * <p>The format is described in {@code docs/json-format.md}. The records carry only
 * {@code com.fasterxml.jackson.annotation} annotations, so a Jackson 2 mapper with its java.time
 * module reads and writes the same JSON.
 *
 * <p>Instances are immutable and thread-safe: build one and share it.
 */
public final class GcmJson {

    private static final GcmJson STANDARD = new GcmJson(false);
    private static final GcmJson PRETTY = new GcmJson(true);

    private final ObjectMapper mapper;
    private final boolean pretty;

    private GcmJson(boolean pretty) {
        this.pretty = pretty;
        this.mapper = newMapper(pretty);
    }

    /**
     * Returns the strict reader and compact writer.
     *
     * @return the shared instance, not null
     */
    public static GcmJson standard() {
        return STANDARD;
    }

    /**
     * Returns the strict reader and pretty writer: two-space indentation, {@code "name": value},
     * {@code \n} line ends, and a final line end.
     *
     * @return the shared instance, not null
     */
    public static GcmJson pretty() {
        return PRETTY;
    }

    private static ObjectMapper newMapper(boolean pretty) {
        JsonMapper.Builder builder = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // Error messages name the token found, which the parser must still hold after closing.
                .disable(StreamReadFeature.CLEAR_CURRENT_TOKEN_ON_CLOSE)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
                .withCoercionConfigDefaults(coercion -> coercion
                        .setAcceptBlankAsEmpty(false)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail));
        if (pretty) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            Separators separators = Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator("");
            builder.defaultPrettyPrinter(new DefaultPrettyPrinter(separators)
                            .withObjectIndenter(indenter)
                            .withArrayIndenter(indenter))
                    .enable(SerializationFeature.INDENT_OUTPUT);
        }
        return builder.build();
    }

    /**
     * Reads a dataset from a file.
     *
     * @param file  a UTF-8 JSON file holding one dataset, not null
     * @return the dataset, not null
     * @throws GcmJsonException if the content cannot be read as a dataset
     * @throws UncheckedIOException if the file cannot be read
     */
    public Dataset readDataset(Path file) {
        return read(file, Dataset.class);
    }

    /**
     * Reads a dataset from text.
     *
     * @param json  the JSON text of one dataset, not null
     * @return the dataset, not null
     * @throws GcmJsonException if the text cannot be read as a dataset
     */
    public Dataset readDataset(String json) {
        return read(json, Dataset.class);
    }

    /**
     * Reads one record of the given type from text.
     *
     * @param <T>  the type of record
     * @param json  the JSON text of one record, not null
     * @param type  the record type, such as {@code Event.class}, not null
     * @return the record, not null
     * @throws GcmJsonException if the text cannot be read as that type
     */
    public <T> T read(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        return read(json.getBytes(StandardCharsets.UTF_8), type);
    }

    /**
     * Reads one record of the given type from UTF-8 bytes.
     *
     * @param <T>  the type of record
     * @param json  the UTF-8 JSON of one record, not null
     * @param type  the record type, not null
     * @return the record, not null
     * @throws GcmJsonException if the bytes cannot be read as that type
     */
    public <T> T read(byte[] json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(type, "type");
        try {
            return requireValue(mapper.readValue(json, type));
        } catch (JacksonException e) {
            throw ReadErrors.translate(e, json);
        }
    }

    /**
     * Reads one record of the given type from a stream of UTF-8 bytes. The stream is not closed.
     *
     * @param <T>  the type of record
     * @param in  the stream, not null
     * @param type  the record type, not null
     * @return the record, not null
     * @throws GcmJsonException if the content cannot be read as that type
     * @throws UncheckedIOException if the stream cannot be read
     */
    public <T> T read(InputStream in, Class<T> type) {
        Objects.requireNonNull(in, "in");
        try {
            return read(in.readAllBytes(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads one record of the given type from a UTF-8 file.
     *
     * @param <T>  the type of record
     * @param file  the file, not null
     * @param type  the record type, not null
     * @return the record, not null
     * @throws GcmJsonException if the content cannot be read as that type
     * @throws UncheckedIOException if the file cannot be read
     */
    public <T> T read(Path file, Class<T> type) {
        Objects.requireNonNull(file, "file");
        try {
            return read(Files.readAllBytes(file), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T requireValue(T value) {
        if (value == null) {
            throw ReadErrors.nullDocument();
        }
        return value;
    }

    /**
     * Writes a record, or a dataset, as JSON text.
     *
     * @param value  a record of this library, or a Jackson tree of one, not null
     * @return the JSON, ending with a line end when pretty, not null
     */
    public String write(Object value) {
        Objects.requireNonNull(value, "value");
        String json = mapper.writeValueAsString(value);
        return pretty ? json + "\n" : json;
    }

    /**
     * Writes a record, or a dataset, as UTF-8 JSON to a stream. The stream is not closed.
     *
     * @param value  a record of this library, not null
     * @param out  the stream, not null
     * @throws UncheckedIOException if the stream cannot be written
     */
    public void write(Object value, OutputStream out) {
        Objects.requireNonNull(out, "out");
        try {
            out.write(write(value).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
