package io.github.gcmdata.validation;

import io.github.gcmdata.internal.JsonPointers;
import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.json.GcmJsonException;
import io.github.gcmdata.json.JsonLinesHandler;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.validation.internal.GcmMessageInterpolator;
import io.github.gcmdata.validation.internal.JsonPropertyNames;
import io.github.gcmdata.validation.internal.MessageBundles;
import io.github.gcmdata.validation.internal.RecordValidator;
import io.github.gcmdata.validation.internal.ViolationDetail;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * Validates GCM records and whole datasets, and reports every problem at once.
 *
 * <pre>{@code
 * GcmValidator validator = GcmValidator.create(Locale.FRENCH);
 * ValidationReport report = validator.validate(dataset);
 * for (Violation violation : report.violations()) {
 *     System.out.println(violation.jsonPointer() + " " + violation.code() + " " + violation.message());
 * }
 * }</pre>
 *
 * <p>{@link #validate(Object)} runs the Bean Validation constraints of the records (see
 * {@code io.github.gcmdata.constraints}) through Hibernate Validator, cascading into nested
 * records and list elements. {@link #validate(Dataset)} adds the integrity of the whole: each
 * identifier unique among the records of its kind, and each reference resolved. Invalid data never
 * makes these methods throw; see {@link ViolationCode} for the rules and their codes.
 *
 * <p><b>References to the bundled reference data.</b> A reference resolves first in the dataset,
 * then in the reference data bundled in the library ({@code ReferenceData}): a dataset may refer to
 * IOM as {@code iom}, to Switzerland as {@code CHE} or {@code CH}, to the General Assembly as
 * {@code un-general-assembly} or to A/RES/73/195 by its symbol without holding their records. A
 * reference that neither resolves is {@code reference.unresolved}. A dataset meant to stand alone
 * is checked with {@link #withReferenceData(boolean) withReferenceData(false)}:
 *
 * <pre>{@code
 * GcmValidator.create().validate(dataset);                          // iom resolves
 * GcmValidator.create().withReferenceData(false).validate(dataset); // iom must be in the dataset
 * }</pre>
 *
 * <p>Files too large to hold as records are validated as they are read, in memory that does not
 * grow with the number of records: {@link #validateStreaming(java.nio.file.Path)} for a dataset
 * (the same report as {@code validate(GcmJson.standard().readDataset(file))}), {@link
 * #validateLines(InputStream, Class)} for JSON lines.
 *
 * <p>Messages are in English, French or Spanish, as the locale given to {@link #create(Locale)}
 * asks; any other language (German, say) gets English, silently, and {@link #locale()} tells which
 * language was chosen. They come from the library's own resource bundle, never
 * from the {@code ValidationMessages} bundle that belongs to applications, and need no Expression
 * Language implementation.
 *
 * <p>Instances are immutable and thread-safe: create one and share it. The constraints of the
 * library's records run from a plan read once from their annotations, with the same validators
 * Hibernate Validator would run and the same messages; Hibernate Validator's
 * {@code ValidatorFactory} is built once for the whole JVM, only if a record needs it.
 */
public final class GcmValidator {

    /** Initialization-on-demand holder: the factory is built once, on first use, without locks. */
    private static final class Factory {
        static final ValidatorFactory INSTANCE = Validation.byProvider(HibernateValidator.class)
                .providerResolver(() -> List.of(new HibernateValidator()))
                .configure()
                .externalClassLoader(GcmValidator.class.getClassLoader())
                .messageInterpolator(new GcmMessageInterpolator(Locale.ENGLISH))
                .propertyNodeNameProvider(new JsonPropertyNames())
                .messageParameterEscaping(GcmMessageInterpolator.PARAMETER_ESCAPING)
                .buildValidatorFactory();
    }

    private static final MessageBundles MESSAGES = new MessageBundles();

    /**
     * Which engine runs the constraints of the records: by default the library's own, from a plan
     * read once from the annotations ({@link RecordValidator}), and Hibernate Validator's for a
     * record type the plan does not support; or Hibernate Validator's for every record, which the
     * tests compare the default with. Not public: both give the same report.
     */
    enum Engine {
        /** {@link RecordValidator} where it supports the record type, Hibernate Validator elsewhere. */
        PLANNED,
        /** Hibernate Validator for every record. */
        HIBERNATE_VALIDATOR,
        /**
         * As {@link #PLANNED}, from plans this validator builds for itself instead of those kept for
         * the JVM: mutation testing changes the plan-building code in a running JVM, where the
         * kept plans would hide the change.
         */
        PLANNED_AFRESH
    }

    private final Locale locale;
    private final Clock clock;
    private final GcmJson json;
    private final boolean referenceData;
    private final Engine engine;
    /** Whether the streaming validators validate on a second thread while the caller's reads. */
    private final boolean secondThread;
    private final GcmMessageInterpolator interpolator;
    private final RecordValidator records;
    /** Hibernate Validator's validator, made on first use: the plan needs none. */
    private volatile Validator hibernate;

    private GcmValidator(Locale locale, Clock clock, GcmJson json, boolean referenceData, Engine engine,
            boolean secondThread) {
        this.locale = locale;
        this.clock = clock;
        this.json = json;
        this.referenceData = referenceData;
        this.engine = engine;
        this.secondThread = secondThread;
        this.interpolator = new GcmMessageInterpolator(locale);
        RecordValidator planned = new RecordValidator(interpolator, clock);
        this.records = engine == Engine.PLANNED_AFRESH ? planned.withOwnPlans() : planned;
    }

    private Validator hibernate() {
        Validator validator = hibernate;
        if (validator == null) {
            validator = Factory.INSTANCE.usingContext()
                    .messageInterpolator(interpolator)
                    .clockProvider(() -> clock)
                    .getValidator();
            hibernate = validator;
        }
        return validator;
    }

    /**
     * Returns a validator with messages in English and the system clock.
     *
     * @return the validator, not null
     */
    public static GcmValidator create() {
        return create(Locale.ENGLISH);
    }

    /**
     * Returns a validator with messages in the language of a locale: English, French or Spanish.
     *
     * <p>Any other language gets English messages, without an error: {@code
     * GcmValidator.create(Locale.GERMAN).locale()} is {@link Locale#ENGLISH}. Check {@link #locale()}
     * to know which language the messages are in. The default locale of the JVM plays no part.
     *
     * @param locale  the locale of the messages, not null
     * @return the validator, not null
     */
    public static GcmValidator create(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return new GcmValidator(MessageBundles.supported(locale), Clock.systemDefaultZone(), GcmJson.standard(), true,
                Engine.PLANNED, Runtime.getRuntime().availableProcessors() > 1);
    }

    /**
     * Returns a validator like this one that reads the current date from another clock, which
     * decides what "in the future" means.
     *
     * @param clock  the clock, not null
     * @return the validator, not null
     */
    public GcmValidator withClock(Clock clock) {
        return new GcmValidator(locale, Objects.requireNonNull(clock, "clock"), json, referenceData, engine, secondThread);
    }

    /**
     * Returns a validator like this one that reads the input of {@link #validateStreaming
     * validateStreaming} and {@link #validateLines validateLines} with another {@code GcmJson}, and
     * so with its read limits. By default they read with {@link GcmJson#standard()}.
     *
     * <pre>{@code
     * GcmJson large = GcmJson.builder().maxStringLength(16 * 1024 * 1024).build();
     * ValidationReport report = GcmValidator.create().withJson(large).validateStreaming(file);
     * }</pre>
     *
     * @param json  the reader, not null
     * @return the validator, not null
     */
    public GcmValidator withJson(GcmJson json) {
        return new GcmValidator(locale, clock, Objects.requireNonNull(json, "json"), referenceData, engine, secondThread);
    }

    /**
     * Returns a validator like this one that resolves the references a dataset does not, or not,
     * against the reference data bundled in the library. By default it does; {@code false} checks
     * a dataset meant to stand alone, whose every reference must resolve in itself.
     *
     * @param resolve  true to resolve against the bundled reference data, false for a standalone dataset
     * @return the validator, not null
     */
    public GcmValidator withReferenceData(boolean resolve) {
        return new GcmValidator(locale, clock, json, resolve, engine, secondThread);
    }

    /**
     * Returns a validator like this one that runs the constraints with another engine; for the
     * tests that prove both engines give the same report.
     *
     * @param engine  the engine, not null
     * @return the validator, not null
     */
    GcmValidator withEngine(Engine engine) {
        return new GcmValidator(locale, clock, json, referenceData, Objects.requireNonNull(engine, "engine"),
                secondThread);
    }

    /**
     * Returns a validator like this one whose streaming validators validate on the caller's thread
     * alone, or on a second thread while the caller's reads; for the tests that prove both give the
     * same report. By default a second thread is used where the JVM has more than one processor.
     *
     * @param secondThread  true to validate on a second thread
     * @return the validator, not null
     */
    GcmValidator withSecondThread(boolean secondThread) {
        return new GcmValidator(locale, clock, json, referenceData, engine, secondThread);
    }

    /**
     * Tells whether references a dataset does not resolve are resolved against the bundled
     * reference data.
     *
     * @return true unless {@link #withReferenceData(boolean) withReferenceData(false)} said otherwise
     */
    public boolean resolvesAgainstReferenceData() {
        return referenceData;
    }

    /**
     * Returns the locale of the messages: English, French or Spanish.
     *
     * @return the locale, not null
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Validates a record and everything it holds. A {@link Dataset} is validated as
     * {@link #validate(Dataset)} does.
     *
     * @param record  a record of {@code io.github.gcmdata.model}, such as an {@code Event}, not null
     * @return the report, with paths relative to the record, not null
     * @throws IllegalArgumentException if the object is not a record of {@code io.github.gcmdata.model}
     *     (an {@code Isbn}, a {@code LocalizedText}, a {@code String}): it has no constraints of its
     *     own, which would make any such object look valid; it is checked within its record
     */
    public ValidationReport validate(Object record) {
        Objects.requireNonNull(record, "record");
        if (record instanceof Dataset dataset) {
            return validate(dataset);
        }
        requireModelRecord(record.getClass());
        List<Violation> violations = new ArrayList<>();
        addConstraintViolations(record, "", violations);
        return new ValidationReport(violations);
    }

    /** The one test of what {@link #validate(Object)} takes: a record type of the model package. */
    private static void requireModelRecord(Class<?> type) {
        if (!type.isRecord() || !type.getPackageName().equals(Dataset.class.getPackageName())) {
            throw new IllegalArgumentException("GcmValidator validates the records of " + Dataset.class.getPackageName()
                    + ", such as Event or Dataset; got a " + type.getName()
                    + " (an identifier is checked within the record that holds it)");
        }
    }

    /**
     * Validates a dataset: the constraints of every record it holds, then its integrity (unique
     * identifiers, resolved references).
     *
     * @param dataset  the dataset, not null
     * @return the report, with paths relative to the dataset, not null
     */
    public ValidationReport validate(Dataset dataset) {
        Objects.requireNonNull(dataset, "dataset");
        List<Violation> violations = new ArrayList<>();
        addConstraintViolations(dataset, "", violations);
        DatasetIntegrity integrity = newIntegrity();
        integrity.accept(dataset);
        addIntegrity(violations, integrity);
        return new ValidationReport(violations);
    }

    /**
     * Validates a dataset file while reading it, element by element, without holding its records:
     * returns the same report as {@code validate(json.readDataset(file))}, with the same paths, codes
     * and messages, where {@code json} is {@link GcmJson#standard()} unless {@link #withJson} gave
     * another.
     *
     * <pre>{@code
     * ValidationReport report = GcmValidator.create().validateStreaming(Path.of("dataset.json"));
     * }</pre>
     *
     * <p>Each element ({@code /metadata}, {@code /events/12}, ...) is validated as it is read, and
     * its identifiers and references are checked against those of the elements read before it;
     * only the identifiers, the references to elements not read yet and the violations are kept,
     * so memory grows with the number of identifiers, not with the size of the records. The
     * references still pending at the end are reported as unresolved.
     *
     * <p>Where the JVM has more than one processor, the elements are validated on a second thread,
     * in the order read, while the caller's thread reads the next ones; at most a few hundred
     * records wait between the two. The report is the same, and an exception a validator throws
     * reaches the caller as it would on one thread.
     *
     * <p>Reading is as strict as {@link GcmJson#readDatasetElements(java.nio.file.Path,
     * io.github.gcmdata.json.DatasetElementHandler)}: content that cannot be read as a dataset
     * stops validation with a {@link GcmJsonException}, as it stops reading, and no report is
     * returned, as {@code readDataset} returns no dataset.
     *
     * @param file  a UTF-8 JSON file holding one dataset, not null
     * @return the report, with paths relative to the dataset, not null
     * @throws GcmJsonException if the content cannot be read as a dataset
     * @throws UncheckedIOException if the file cannot be read
     */
    public ValidationReport validateStreaming(java.nio.file.Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return validateStreaming(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Validates a dataset while reading it from a stream, element by element, without holding its
     * records, as {@link #validateStreaming(java.nio.file.Path)} does. The stream is not closed.
     *
     * @param in  the UTF-8 JSON of one dataset, not null
     * @return the report, with paths relative to the dataset, not null
     * @throws GcmJsonException if the content cannot be read as a dataset
     * @throws UncheckedIOException if the stream cannot be read
     */
    public ValidationReport validateStreaming(InputStream in) {
        Objects.requireNonNull(in, "in");
        List<Violation> violations = new ArrayList<>();
        DatasetIntegrity integrity = newIntegrity();
        try (ValidationThread validation = validationThread()) {
            json.readDatasetElements(in, (pointer, element) -> validation.submit(() -> {
                addConstraintViolations(element, pointer, violations);
                integrity.element(pointer, element);
            }));
            validation.finish();
        }
        addIntegrity(violations, integrity);
        return new ValidationReport(violations);
    }

    /**
     * Validates JSON lines, one record of the given kind per line, while reading them, without
     * holding them. Each record is validated alone, as {@link #validate(Object)} does (its
     * constraints: identifiers and references are checked only in datasets), and each path is
     * prefixed with the index of its line, counted from 0, as if the lines were an array: {@code
     * /2/endDate} is the end date of the record on line 3. Each message starts with the line, as in
     * {@code line 3: endDate: end should not be before start 2022-02-28, was 2022-02-27}. Only the
     * violations are kept. The stream is not closed.
     *
     * <pre>{@code
     * try (InputStream in = Files.newInputStream(Path.of("events.ndjson"))) {
     *     ValidationReport report = GcmValidator.create().validateLines(in, Event.class);
     * }
     * }</pre>
     *
     * <p>Lines are read as {@link GcmJson#readLines(InputStream, Class, JsonLinesHandler)} reads
     * them: blank lines are skipped (and counted), and a line that cannot be read is a violation at
     * its pointer, with the code {@code json.} and the problem in lower case (see {@link
     * Violation#unreadable}); reading goes on with the next line. This is also what the command
     * line reports for a {@code .ndjson} file. As in {@link #validateStreaming(InputStream)}, the
     * records are validated on a second thread, in the order read, where the JVM has more than one
     * processor.
     *
     * @param in  UTF-8 JSON lines, not null
     * @param kind  the record type of every line, such as {@code Event.class}, not null
     * @return the report, not null
     * @throws UncheckedIOException if the stream cannot be read
     */
    public ValidationReport validateLines(InputStream in, Class<?> kind) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(kind, "kind");
        List<Violation> violations = new ArrayList<>();
        try (ValidationThread validation = validationThread()) {
            json.readLines(in, kind, new JsonLinesHandler<Object>() {
                @Override
                public void record(long line, Object record) {
                    validation.submit(() -> {
                        String prefix = "/" + (line - 1);
                        for (Violation violation : validate(record).violations()) {
                            violations.add(new Violation(prefix + violation.jsonPointer(), violation.code(),
                                    violation.invalidValue(), "line " + line + ": " + violation.message()));
                        }
                    });
                }

                @Override
                public void unreadable(long line, GcmJsonException error) {
                    validation.submit(() -> violations.add(Violation.unreadable("/" + (line - 1), error)));
                }
            });
            validation.finish();
        }
        return new ValidationReport(violations);
    }

    private ValidationThread validationThread() {
        return secondThread ? ValidationThread.start("gcm-validation") : ValidationThread.onCallersThread();
    }

    private DatasetIntegrity newIntegrity() {
        return new DatasetIntegrity(referenceData ? BundledReferences.RESOLVER : DatasetIntegrity.Resolver.NONE);
    }

    private void addIntegrity(List<Violation> violations, DatasetIntegrity integrity) {
        for (DatasetIntegrity.Problem problem : integrity.finish()) {
            violations.add(new Violation(problem.pointer(), problem.code().code(), ViolationDetail.shorten(problem.value()),
                    problem.field() + ": " + MESSAGES.format(locale, problem.code(), problem.parameters())));
        }
    }

    /** Adds the violations of the constraints of a record, each pointer prefixed with the record's. */
    private void addConstraintViolations(Object record, String jsonPointer, List<Violation> violations) {
        if (engine != Engine.HIBERNATE_VALIDATOR && RecordValidator.supports(record.getClass())) {
            records.validate(record, jsonPointer, (pointer, code, value, message) ->
                    violations.add(new Violation(pointer, code, value, message)));
            return;
        }
        for (ConstraintViolation<Object> violation : hibernate().validate(record)) {
            violations.add(toViolation(violation, jsonPointer));
        }
    }

    private static Violation toViolation(ConstraintViolation<?> violation, String prefix) {
        HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
        ViolationDetail detail = hibernate.getDynamicPayload(ViolationDetail.class);
        StringBuilder pointer = new StringBuilder(prefix);
        String field = "";
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        // A validator that reports below its element adds one last node named by the pointer suffix.
        int ownNodes = detail != null && !detail.pointerSuffix().isEmpty() ? nodes.size() - 1 : nodes.size();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            } else if (node.getKey() != null) {
                pointer.append('/').append(JsonPointers.escape(node.getKey().toString()));
            }
            if (i < ownNodes && node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
                pointer.append('/').append(JsonPointers.escape(node.getName()));
                field = node.getName();
            }
        }
        String code;
        String value;
        if (detail != null) {
            pointer.append(detail.pointerSuffix());
            code = detail.code().code();
            value = detail.value();
            if (detail.field() != null) {
                field = detail.field();
            }
        } else {
            code = codeOf(violation);
            value = ViolationDetail.shorten(violation.getInvalidValue());
        }
        String message = field.isEmpty() ? violation.getMessage() : field + ": " + violation.getMessage();
        return new Violation(pointer.toString(), code, value, message);
    }

    /**
     * The code of a violation of a Jakarta constraint that a record component carries with the
     * message of a code, such as {@code @Positive(message = "{gcm.pages.notPositive}")}: every
     * such constraint of the records names one (ViolationCodeTest checks them all).
     */
    private static String codeOf(ConstraintViolation<?> violation) {
        return MessageBundles.codeOf(violation.getMessageTemplate()).map(ViolationCode::code)
                .orElseThrow(() -> new IllegalStateException("no violation code for the constraint "
                        + violation.getConstraintDescriptor().getAnnotation() + " at " + violation.getPropertyPath()));
    }
}
