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
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
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
     * @param value  a record of this library, not null
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
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(out, "out");
        // Straight to the stream: no String, no second copy of the bytes.
        try {
            mapper.writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET).writeValue(out, value);
            if (pretty) {
                out.write('\n');
            }
        } catch (JacksonIOException e) {
            throw JsonLines.unchecked(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes records as JSON lines: each record compact on one line, each line ended by {@code \n}.
     * The records are written one at a time, so the stream may be longer than memory holds; the
     * output stream is not closed. Pretty and standard instances write the same lines.
     *
     * <pre>{@code
     * try (OutputStream out = Files.newOutputStream(Path.of("events.ndjson"))) {
     *     GcmJson.standard().writeLines(events.stream(), out);
     * }
     * }</pre>
     *
     * @param values  the records, none null, not null
     * @param out  the stream, not null
     * @throws UncheckedIOException if the stream cannot be written
     * @see #readLines(InputStream, Class)
     */
    public void writeLines(Stream<?> values, OutputStream out) {
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(out, "out");
        JsonLines.write(mapper.writer().without(SerializationFeature.INDENT_OUTPUT), values, out);
    }

    /**
     * Reads JSON lines, one record per line, lazily: a record is read when the stream asks for it,
     * so a file larger than memory can be processed record by record. The input stream is not
     * closed.
     *
     * <pre>{@code
     * try (InputStream in = Files.newInputStream(Path.of("events.ndjson"))) {
     *     long online = GcmJson.standard().readLines(in, Event.class)
     *             .filter(event -> event.attendanceMode() == AttendanceMode.ONLINE)
     *             .count();
     * }
     * }</pre>
     *
     * <p>Each line is read as strictly as {@link #read(byte[], Class)} reads a document. A line that
     * cannot be read stops the stream with a {@link GcmJsonException} whose {@link
     * GcmJsonException#line() line} is the line of the input, counted from 1, and whose pointer is the
     * place in that line's record. Lines end with {@code \n} or {@code \r\n}; a final line end is
     * optional; an empty line is an error.
     *
     * @param <T>  the type of record
     * @param in  UTF-8 JSON lines, not null
     * @param type  the record type of every line, such as {@code Event.class}, not null
     * @return a sequential, ordered stream of the records, not null
     * @throws GcmJsonException from the stream's terminal operation, if a line cannot be read as that type
     * @throws UncheckedIOException from the stream's terminal operation, if the input cannot be read
     */
    public <T> Stream<T> readLines(InputStream in, Class<T> type) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(type, "type");
        return JsonLines.read(mapper.readerFor(type), in);
    }

    /**
     * Reads a file of JSON lines, one record per line, lazily, as {@link #readLines(InputStream,
     * Class)} does. Close the stream to close the file, with try-with-resources.
     *
     * <pre>{@code
     * try (Stream<Person> persons = GcmJson.standard().readLines(Path.of("persons.ndjson"), Person.class)) {
     *     persons.forEach(index::add);
     * }
     * }</pre>
     *
     * @param <T>  the type of record
     * @param file  a UTF-8 file of JSON lines, not null
     * @param type  the record type of every line, not null
     * @return a sequential, ordered stream of the records that closes the file when closed, not null
     * @throws UncheckedIOException if the file cannot be opened, or later from the stream if it
     *     cannot be read
     * @throws GcmJsonException from the stream's terminal operation, if a line cannot be read as that type
     */
    public <T> Stream<T> readLines(Path file, Class<T> type) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(type, "type");
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return readLines(in, type).onClose(() -> {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Reads a dataset element by element, without holding it: the handler receives the metadata
     * and then each element of each top-level array as soon as it is read, with its JSON Pointer
     * ({@code /metadata}, {@code /events/12345}). Memory use is bounded by the largest single
     * record, whatever the size of the dataset. The stream is not closed.
     *
     * <pre>{@code
     * try (InputStream in = Files.newInputStream(Path.of("dataset.json"))) {
     *     GcmJson.standard().readDatasetElements(in, (pointer, element) -> {
     *         if (element instanceof Event) {
     *             index((Event) element);
     *         }
     *     });
     * }
     * }</pre>
     *
     * <p>Elements are the records of {@link Dataset}'s lists ({@code Event}, {@code Person}, ...)
     * and its {@code DatasetMetadata}, in the order of the input. Reading is as strict as {@link
     * #readDataset(Path)}, and the first error stops it with a {@link GcmJsonException} whose
     * pointer is the place in the whole dataset; the elements handed over before it stay handed
     * over. A missing {@code metadata} is reported at the end of the input.
     *
     * @param in  the UTF-8 JSON of one dataset, not null
     * @param handler  receives each element, not null
     * @throws GcmJsonException if the content cannot be read as a dataset
     * @throws UncheckedIOException if the stream cannot be read
     */
    public void readDatasetElements(InputStream in, DatasetElementHandler handler) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(handler, "handler");
        DatasetElements.read(mapper, in, handler);
    }

    /**
     * Reads a dataset file element by element, without holding it, as {@link
     * #readDatasetElements(InputStream, DatasetElementHandler)} does.
     *
     * @param file  a UTF-8 JSON file holding one dataset, not null
     * @param handler  receives each element, not null
     * @throws GcmJsonException if the content cannot be read as a dataset
     * @throws UncheckedIOException if the file cannot be read
     */
    public void readDatasetElements(Path file, DatasetElementHandler handler) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(handler, "handler");
        try (InputStream in = Files.newInputStream(file)) {
            readDatasetElements(in, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
