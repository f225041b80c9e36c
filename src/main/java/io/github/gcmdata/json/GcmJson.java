package io.github.gcmdata.json;

import com.fasterxml.jackson.annotation.Nulls;
import io.github.gcmdata.internal.AtomicFiles;
import io.github.gcmdata.model.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
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
 * <p><b>Bounded.</b> Hostile input cannot make reading take unbounded memory or time: each
 * instance has read limits, and input beyond one is a {@link GcmJsonException} with the problem
 * {@link GcmJsonException.Problem#LIMIT_EXCEEDED LIMIT_EXCEEDED} that names the limit. The
 * defaults are far above anything a real dataset needs:
 *
 * <table>
 * <caption>Read limits</caption>
 * <tr><th>limit</th><th>default</th><th>what it bounds</th></tr>
 * <tr><td>{@link Builder#maxNestingDepth(int) maxNestingDepth}</td><td>{@value #DEFAULT_MAX_NESTING_DEPTH}</td>
 *     <td>arrays and objects inside each other (a dataset needs 10, plus 2 per level of a table of
 *     contents or of organisational units)</td></tr>
 * <tr><td>{@link Builder#maxStringLength(int) maxStringLength}</td><td>{@value #DEFAULT_MAX_STRING_LENGTH}
 *     (1 MiB)</td><td>characters in one string</td></tr>
 * <tr><td>{@link Builder#maxNumberLength(int) maxNumberLength}</td><td>{@value #DEFAULT_MAX_NUMBER_LENGTH}</td>
 *     <td>digits in one number (the largest value of the format, a {@code long}, has 19)</td></tr>
 * <tr><td>{@link Builder#maxDocumentLength(long) maxDocumentLength}</td><td>{@value #DEFAULT_MAX_DOCUMENT_LENGTH}
 *     (64 MiB)</td><td>bytes in one document</td></tr>
 * </table>
 *
 * <p>Other limits, and pretty printing, come from a builder:
 *
 * <pre>{@code
 * GcmJson large = GcmJson.builder()
 *         .maxDocumentLength(512L * 1024 * 1024)
 *         .prettyPrint(true)
 *         .build();
 * }</pre>
 *
 * <p>The reader never resolves class names from the input: there is no polymorphic typing.
 * A UTF-8 byte-order mark at the start of the input is ignored; UTF-16 and UTF-32 are rejected.
 *
 * <p>The format is described in {@code docs/json-format.md}. The records carry only
 * {@code com.fasterxml.jackson.annotation} annotations, so a Jackson 2 mapper with its java.time
 * module reads and writes the same JSON.
 *
 * <p>Instances are immutable and thread-safe: build one and share it.
 */
public final class GcmJson {

    /** The default of {@link Builder#maxNestingDepth(int)}: arrays and objects inside each other. */
    public static final int DEFAULT_MAX_NESTING_DEPTH = 64;
    /** The default of {@link Builder#maxStringLength(int)}, in characters: 1 MiB. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 1024 * 1024;
    /** The default of {@link Builder#maxNumberLength(int)}, in digits. */
    public static final int DEFAULT_MAX_NUMBER_LENGTH = 20;
    /** The default of {@link Builder#maxDocumentLength(long)}, in bytes: 64 MiB. */
    public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;
    /**
     * The largest nesting depth a builder accepts. Reading recurses once per level, so a deeper
     * limit would let input exhaust the thread's stack instead of failing with a clear error.
     */
    public static final int MAX_NESTING_DEPTH_LIMIT = 1000;
    /** The largest document length a builder accepts: a document is held in one array. */
    public static final long MAX_DOCUMENT_LENGTH_LIMIT = Integer.MAX_VALUE - 8;

    /** What Jackson's read constraints take for no limit on the length of a document. */
    private static final long UNLIMITED_DOCUMENT_LENGTH = -1;

    /**
     * Initialization-on-demand holder of the shared instances: built on first use, after
     * {@link JacksonAnnotations#require()} has passed, so that a too old jackson-annotations is
     * reported by its own message rather than inside an {@code ExceptionInInitializerError}.
     */
    private static final class Shared {
        static final GcmJson STANDARD = builder().build();
        static final GcmJson PRETTY = builder().prettyPrint(true).build();
    }

    private final JsonMapper mapper;
    /** The same mapper without the document limit, for datasets read element by element. */
    private final JsonMapper streamingMapper;
    private final boolean pretty;
    private final ReadLimits limits;

    private GcmJson(Builder builder) {
        JacksonAnnotations.require();
        this.pretty = builder.prettyPrint;
        this.limits = new ReadLimits(builder.maxNestingDepth, builder.maxStringLength, builder.maxNumberLength,
                builder.maxDocumentLength);
        this.mapper = newMapper(pretty, limits);
        this.streamingMapper = newMapper(pretty, new ReadLimits(limits.maxNestingDepth(), limits.maxStringLength(),
                limits.maxNumberLength(), UNLIMITED_DOCUMENT_LENGTH));
    }

    /**
     * Returns the strict reader and compact writer, with the default read limits.
     *
     * @return the shared instance, not null
     * @throws IllegalStateException if the {@code jackson-annotations} on the class or module path
     *     is older than Jackson 3 needs (2.22); the message names the fix
     */
    public static GcmJson standard() {
        JacksonAnnotations.require();
        return Shared.STANDARD;
    }

    /**
     * Returns the strict reader and pretty writer, with the default read limits: two-space
     * indentation, {@code "name": value}, {@code \n} line ends, and a final line end.
     *
     * @return the shared instance, not null
     * @throws IllegalStateException if the {@code jackson-annotations} on the class or module path
     *     is older than Jackson 3 needs (2.22); the message names the fix
     */
    public static GcmJson pretty() {
        JacksonAnnotations.require();
        return Shared.PRETTY;
    }

    /**
     * Starts building a {@code GcmJson} with other read limits or pretty printing. The builder
     * starts from the defaults of {@link #standard()}.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns how deeply arrays and objects may nest in what this instance reads.
     *
     * @return the limit, at least 1
     */
    public int maxNestingDepth() {
        return limits.maxNestingDepth();
    }

    /**
     * Returns how many characters one string may have in what this instance reads.
     *
     * @return the limit, at least 1
     */
    public int maxStringLength() {
        return limits.maxStringLength();
    }

    /**
     * Returns how many digits one number may have in what this instance reads.
     *
     * @return the limit, at least 1
     */
    public int maxNumberLength() {
        return limits.maxNumberLength();
    }

    /**
     * Returns how many bytes one document may have in what this instance reads.
     *
     * @return the limit, at least 1
     */
    public long maxDocumentLength() {
        return limits.maxDocumentLength();
    }

    /**
     * Tells whether this instance writes indented JSON.
     *
     * @return true if it writes pretty JSON
     */
    public boolean isPrettyPrint() {
        return pretty;
    }

    /** The mapper, for tests in this package that check its configuration. */
    ObjectMapper mapper() {
        return mapper;
    }

    private static JsonMapper newMapper(boolean pretty, ReadLimits limits) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .maxDocumentLength(limits.maxDocumentLength())
                .build();
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(constraints).build();
        JsonMapper.Builder builder = JsonMapper.builder(factory)
                .addModule(new RecordCreators())
                // null inside a list or a language map is never a value: fail where it stands.
                .changeDefaultNullHandling(nulls -> nulls.withContentNulls(Nulls.FAIL))
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
                        .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail))
                // An amount of money is a decimal that may be written without a fraction: 2500000.
                // Only BigDecimal takes a whole number; a whole-number field still refuses 2.5.
                .withCoercionConfig(BigDecimal.class, coercion -> coercion
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert));
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
     * Reads a dataset from text. The text is the JSON itself, not a file name: for a file, use
     * {@link #readDataset(Path)}.
     *
     * @param json  the JSON text of one dataset, not null
     * @return the dataset, not null
     * @throws GcmJsonException if the text cannot be read as a dataset; for text that looks like a
     *     file name, the reason says to pass a {@code Path}
     */
    public Dataset readDataset(String json) {
        return read(json, Dataset.class);
    }

    /**
     * Reads one record of the given type from text. The text is the JSON itself, not a file name:
     * for a file, use {@link #read(Path, Class)}.
     *
     * @param <T>  the type of record
     * @param json  the JSON text of one record, not null
     * @param type  the record type, such as {@code Event.class}, not null
     * @return the record, not null
     * @throws GcmJsonException if the text cannot be read as that type; for text that looks like a
     *     file name, the reason says to pass a {@code Path}
     */
    public <T> T read(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        try {
            return read(json.getBytes(StandardCharsets.UTF_8), type);
        } catch (GcmJsonException e) {
            throw ReadErrors.withFileNameHint(e, json, type);
        }
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
        if (json.length > limits.maxDocumentLength()) {
            throw ReadErrors.documentTooLong(limits);
        }
        ReadErrors.requireUtf8(json, mapper.tokenStreamFactory());
        try {
            return requireValue(mapper.readValue(json, type));
        } catch (JacksonException e) {
            throw ReadErrors.translate(e, json, limits, mapper.tokenStreamFactory());
        }
    }

    /**
     * Reads one record of the given type from a stream of UTF-8 bytes. The stream is not closed.
     * At most {@link #maxDocumentLength()} bytes and one more are read from it.
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
        byte[] json;
        try {
            json = in.readNBytes((int) limits.maxDocumentLength() + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(json, type);
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
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, type);
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
     * @throws IllegalArgumentException if the value is not something this library can write
     */
    public String write(Object value) {
        Objects.requireNonNull(value, "value");
        String json;
        try {
            json = mapper.writeValueAsString(value);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("cannot write a " + value.getClass().getName() + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
        return pretty ? json + "\n" : json;
    }

    /**
     * Writes a record, or a dataset, as UTF-8 JSON to a stream. The stream is not closed.
     *
     * @param value  a record of this library, not null
     * @param out  the stream, not null
     * @throws IllegalArgumentException if the value is not something this library can write
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
     * place in that line's record; to read on past such lines, use {@link #readLines(InputStream,
     * Class, JsonLinesHandler)}. Lines end with {@code \n} or {@code \r\n}; a final line end is
     * optional; blank lines are skipped (and counted). A line longer than {@link
     * #maxDocumentLength()} is refused without being held.
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
        return JsonLines.read(this, mapper.readerFor(type), in);
    }

    /**
     * Reads JSON lines, one record per line, and hands each record, or the error of each line that
     * cannot be read, to a handler, in the order of the input. Unlike {@link #readLines(InputStream,
     * Class)}, a line that cannot be read does not stop reading: the handler receives its error and
     * reading goes on with the next line (unless the handler throws). Lines are cut, read and
     * numbered as {@code readLines(InputStream, Class)} does; the input stream is not closed.
     *
     * <pre>{@code
     * try (InputStream in = Files.newInputStream(Path.of("events.ndjson"))) {
     *     json.readLines(in, Event.class, new JsonLinesHandler<Event>() {
     *         public void record(long line, Event event) {
     *             index.add(event);
     *         }
     *
     *         public void unreadable(long line, GcmJsonException error) {
     *             System.err.println("line " + line + ": " + error.reason());
     *         }
     *     });
     * }
     * }</pre>
     *
     * @param <T>  the type of record
     * @param in  UTF-8 JSON lines, not null
     * @param type  the record type of every line, such as {@code Event.class}, not null
     * @param handler  receives each record and each unreadable line, not null
     * @throws UncheckedIOException if the input cannot be read
     */
    public <T> void readLines(InputStream in, Class<T> type, JsonLinesHandler<? super T> handler) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(handler, "handler");
        JsonLines.read(this, mapper.readerFor(type), in, handler);
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
     *         if (element instanceof Event event) {
     *             index(event);
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
        DatasetElements.read(this, streamingMapper, in, handler);
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

    /**
     * Writes a record, or a dataset, as a UTF-8 JSON file, atomically: readers of the file see
     * either its old content or the whole new one, never a part, and a failed write leaves the old
     * file as it was.
     *
     * <p>The JSON goes to a temporary file in the same directory, is forced to the storage device,
     * and is then moved over the target in one atomic step. Only where the file system cannot move
     * atomically is the target replaced by an ordinary move.
     *
     * @param value  a record of this library, not null
     * @param file  the file to create or replace, not null; its directory must exist
     * @throws IllegalArgumentException if the value is not something this library can write
     * @throws UncheckedIOException if the file cannot be written; no temporary file is left behind
     */
    public void write(Object value, Path file) {
        Objects.requireNonNull(file, "file");
        AtomicFiles.write(file, write(value).getBytes(StandardCharsets.UTF_8));
    }

    /** Checks that the bytes of one document are UTF-8, as every read through this instance does. */
    void requireUtf8(byte[] json) {
        ReadErrors.requireUtf8(json, mapper.tokenStreamFactory());
    }

    /** The error for a document longer than this instance's limit. */
    GcmJsonException documentTooLong() {
        return ReadErrors.documentTooLong(limits);
    }

    /** Turns Jackson's exception into this library's, with this instance's limits named in it. */
    GcmJsonException translate(JacksonException e, byte[] input) {
        return ReadErrors.translate(e, input, limits, mapper.tokenStreamFactory());
    }

    /**
     * Builds a {@link GcmJson} with its own read limits and output style. The builder is mutable
     * and not thread-safe; the {@code GcmJson} it builds is immutable and thread-safe.
     *
     * <pre>{@code
     * GcmJson json = GcmJson.builder()
     *         .maxNestingDepth(200)
     *         .maxStringLength(16 * 1024 * 1024)
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
        private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
        private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
        private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
        private boolean prettyPrint;

        private Builder() {
        }

        /**
         * Sets how deeply arrays and objects may nest: {@code {"a": [1]}} has depth 2.
         * Default {@value GcmJson#DEFAULT_MAX_NESTING_DEPTH}.
         *
         * @param maxNestingDepth  the limit, from 1 to {@value GcmJson#MAX_NESTING_DEPTH_LIMIT}
         * @return this builder
         * @throws IllegalArgumentException if the limit is out of that range
         */
        public Builder maxNestingDepth(int maxNestingDepth) {
            this.maxNestingDepth = (int) checkRange("maxNestingDepth", maxNestingDepth, MAX_NESTING_DEPTH_LIMIT);
            return this;
        }

        /**
         * Sets how many characters one string, a property value or a language's text, may have.
         * Default {@value GcmJson#DEFAULT_MAX_STRING_LENGTH} (1 MiB).
         *
         * @param maxStringLength  the limit, at least 1
         * @return this builder
         * @throws IllegalArgumentException if the limit is less than 1
         */
        public Builder maxStringLength(int maxStringLength) {
            this.maxStringLength = (int) checkRange("maxStringLength", maxStringLength, Integer.MAX_VALUE);
            return this;
        }

        /**
         * Sets how many digits one number may have. Default {@value GcmJson#DEFAULT_MAX_NUMBER_LENGTH}.
         *
         * @param maxNumberLength  the limit, at least 1
         * @return this builder
         * @throws IllegalArgumentException if the limit is less than 1
         */
        public Builder maxNumberLength(int maxNumberLength) {
            this.maxNumberLength = (int) checkRange("maxNumberLength", maxNumberLength, Integer.MAX_VALUE);
            return this;
        }

        /**
         * Sets how many bytes one document may have. Default
         * {@value GcmJson#DEFAULT_MAX_DOCUMENT_LENGTH} (64 MiB).
         *
         * @param maxDocumentLength  the limit, from 1 to {@value GcmJson#MAX_DOCUMENT_LENGTH_LIMIT}
         * @return this builder
         * @throws IllegalArgumentException if the limit is out of that range
         */
        public Builder maxDocumentLength(long maxDocumentLength) {
            this.maxDocumentLength = checkRange("maxDocumentLength", maxDocumentLength, MAX_DOCUMENT_LENGTH_LIMIT);
            return this;
        }

        /**
         * Sets whether to write indented JSON, as {@link GcmJson#pretty()} does. Default false.
         *
         * @param prettyPrint  true for two-space indentation and a final line end
         * @return this builder
         */
        public Builder prettyPrint(boolean prettyPrint) {
            this.prettyPrint = prettyPrint;
            return this;
        }

        /**
         * Builds the {@code GcmJson}. Build it once and share it: building is costly, using is not.
         *
         * @return a new instance, not null
         * @throws IllegalStateException if the {@code jackson-annotations} on the class or module
         *     path is older than Jackson 3 needs (2.22); the message names the fix
         */
        public GcmJson build() {
            return new GcmJson(this);
        }

        private static long checkRange(String name, long value, long max) {
            if (value < 1 || value > max) {
                throw new IllegalArgumentException(name + " must be from 1 to " + max + ", was " + value);
            }
            return value;
        }
    }
}
