package io.github.gcmdata.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.json.GcmJsonException;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.LocalizedText;
import io.github.gcmdata.model.PartialDate;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Coverage-guided fuzzing of {@link GcmValidator} with Jazzer: whatever records it is given, it
 * returns a report and never throws, and every violation has a pointer, a code of the catalogue
 * {@link ViolationCode} and a message, in English, French and Spanish alike.
 *
 * <p>In a normal build each {@code @FuzzTest} only replays its inputs under
 * {@code src/test/resources/io/github/gcmdata/validation/GcmValidatorFuzzTestInputs/<method>/}: the
 * seeds and every finding kept as a regression input. To fuzz, see "Fuzzing" in the README.
 */
class GcmValidatorFuzzTest {

    private static final GcmJson JSON = GcmJson.standard();
    private static final Clock JUNE_2026 = Clock.fixed(Instant.parse("2026-06-15T12:00:00Z"), ZoneOffset.UTC);
    private static final List<GcmValidator> VALIDATORS = List.of(
            GcmValidator.create(Locale.ENGLISH).withClock(JUNE_2026),
            GcmValidator.create(Locale.FRENCH).withClock(JUNE_2026),
            GcmValidator.create(Locale.forLanguageTag("es")).withClock(JUNE_2026));
    /** The longest one input may take; see GcmJsonFuzzTest for why this is no JUnit timeout. */
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    /**
     * Arbitrary bytes that read into a dataset are validated; bytes that do not read are the
     * reader's business (GcmJsonFuzzTest) and end here.
     */
    @FuzzTest(maxDuration = "10m")
    @DictionaryEntries({"\"metadata\"", "\"id\"", "\"name\"", "\"en\"", "\"fr\"", "\"es\"", "\"events\"",
        "\"publications\"", "\"persons\"", "\"organisations\"", "\"memberships\"", "\"states\"", "\"kind\"",
        "\"startDate\"", "\"endDate\"", "\"agenda\"", "\"items\"", "\"startTime\"", "\"endTime\"", "\"speakers\"",
        "\"personRef\"", "\"organisationRef\"", "\"member\"", "\"tableOfContents\"", "\"entries\"", "\"editions\"",
        "\"inLanguage\"", "\"isbns\"", "\"isbn\"", "\"issn\"", "\"participantCount\"", "\"value\"",
        "\"precision\"", "\"timeZone\"", "\"relatedObjectives\"", "\"workshop\"", "\"panel\"", "\"exact\"",
        "\"in_person\"", "\"attendanceMode\"", "\"alpha2\"", "\"alpha3\"", "\"email\"", "\"telephone\"",
        "\"e164\"", "\"url\"", "\"2022-02-20\"", "\"2099\"", "\"09:00\"", "\"Europe/Zurich\"", "\"+01:00\"",
        "\"978-92-9068-780-2\"", "\"1726-4031\"", "\"\"", "\" \""})
    void validateReadDataset(byte[] input) {
        long start = System.nanoTime();
        Dataset dataset;
        try {
            dataset = JSON.read(input, Dataset.class);
        } catch (GcmJsonException e) {
            return;
        }
        validateInEveryLanguage(dataset);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(PATIENCE);
    }

    /**
     * A dataset built from the fuzzer's choices, through the canonical constructors of the records
     * (so also values that no JSON reads into, such as dates in year 999999999): references and
     * identifiers drawn mostly from a few names, so that they collide and resolve; strings, dates,
     * times, time zones, ISBN and ISSN digits, country codes, language maps, nested tables of
     * contents and organisational units as the fuzzer likes.
     */
    @FuzzTest(maxDuration = "10m")
    void validateGeneratedDataset(FuzzedDataProvider data) {
        long start = System.nanoTime();
        Dataset dataset;
        try {
            dataset = new Generator(data).record(Dataset.class, 0);
        } catch (Unbuildable e) {
            return;
        }
        validateInEveryLanguage(dataset);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(PATIENCE);
    }

    /** Validates in each language: same paths and codes, each well formed, the same with either engine. */
    private static void validateInEveryLanguage(Dataset dataset) {
        List<String> english = null;
        for (GcmValidator validator : VALIDATORS) {
            ValidationReport report = validator.validate(dataset);
            assertThat(report).isNotNull();
            assertThat(report.violations()).as("the planned engine agrees with Hibernate Validator's (EngineAgreementTest)")
                    .isEqualTo(validator.withEngine(GcmValidator.Engine.HIBERNATE_VALIDATOR).validate(dataset).violations());
            for (Violation violation : report.violations()) {
                assertThat(violation.jsonPointer()).as("pointer of %s", violation).startsWith("/");
                assertThat(violation.violationCode()).as("code of %s", violation).isPresent();
                assertThat(violation.message()).as("message of %s", violation).isNotBlank();
                if (violation.invalidValue() != null) {
                    assertThat(violation.invalidValue().length()).as("value of %s", violation).isLessThanOrEqualTo(80);
                }
            }
            List<String> places = report.violations().stream()
                    .map(violation -> violation.jsonPointer() + " " + violation.code())
                    .collect(Collectors.toList());
            if (english == null) {
                english = places;
            } else {
                assertThat(places).as(validator.locale().toString()).isEqualTo(english);
            }
        }
    }

    /** The fuzzer's data ran out, or chose values that a required component refuses. */
    private static final class Unbuildable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Unbuildable(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Builds any record of the model from the fuzzer's choices, by reflection over the record
     * components, so that every record the validator sees can be reached.
     */
    private static final class Generator {

        /** Identifiers and references: few, so that they collide and resolve. */
        private static final List<String> IDS = List.of("a", "b", "iom", "p-1", "e.1", "x:y", "", " ", "-a",
                "a_b", "ü", "a".repeat(129));
        private static final List<String> TAGS = List.of("en", "fr", "es", "de", "zh-Hans", "qaa", "xx", "und",
                "en-GB", "i-klingon", "x-private", "ar");
        private static final List<String> ZONES = List.of("Europe/Zurich", "America/New_York", "UTC", "Z",
                "+01:00", "-12:00", "GMT", "GMT+1", "UT+05:30", "Etc/GMT-14", "SystemV/AST4", "EST");
        private static final Map<Class<?>, List<String>> SAMPLES = Map.of(
                io.github.gcmdata.identifier.CountryCode.class, List.of("CH", "che", "756", "XK", "AA", "ZZZ", "000",
                        "FX", "UK", "EU", "GB", "826"),
                io.github.gcmdata.identifier.EmailAddress.class, List.of("a@iom.int", "a..b@iom.int", "a@b",
                        "\"a b\"@iom.int", "a@-iom.int", "a@iom..int", "a@localhost"),
                io.github.gcmdata.identifier.LanguageTag.class, TAGS,
                io.github.gcmdata.identifier.Url.class, List.of("https://www.iom.int/", "http://x", "ftp://iom.int/",
                        "mailto:a@iom.int", "https:///nohost", "urn:isbn:123", "file:/etc/passwd"),
                io.github.gcmdata.identifier.UnDocumentSymbol.class, List.of("A/RES/73/195", "A/AC.293/2022/L.1",
                        "S/1"),
                io.github.gcmdata.identifier.Doi.class, List.of("10.18356/9789210026659", "10.1234/x"));
        /** Records built in all, so that a few bytes cannot ask for millions. */
        private static final int MAX_RECORDS = 400;
        private static final int MAX_DEPTH = 14;

        private final FuzzedDataProvider data;
        private int records;

        Generator(FuzzedDataProvider data) {
            this.data = data;
        }

        <T> T record(Class<T> type, int depth) {
            if (++records > MAX_RECORDS || depth > MAX_DEPTH) {
                throw new Unbuildable("too many records");
            }
            RecordComponent[] components = type.getRecordComponents();
            Object[] arguments = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                RecordComponent component = components[i];
                types[i] = component.getType();
                JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
                boolean required = component.getType().isPrimitive() || List.class.equals(component.getType())
                        || property != null && property.required();
                if (!required && data.consumeInt(0, 3) == 0) {
                    continue;
                }
                arguments[i] = value(component.getGenericType(), depth + 1, required);
            }
            try {
                Constructor<T> constructor = type.getDeclaredConstructor(types);
                return constructor.newInstance(arguments);
            } catch (InvocationTargetException e) {
                // A constructor that refuses a combination (a null where one is required, seconds in
                // an agenda time): the input is uninteresting, not a finding.
                throw new Unbuildable(type.getSimpleName() + ": " + e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }

        private Object value(Type type, int depth, boolean required) {
            if (type instanceof ParameterizedType) {
                ParameterizedType parameterized = (ParameterizedType) type;
                if (!List.class.equals(parameterized.getRawType())) {
                    throw new AssertionError("no generator for " + type);
                }
                Type element = parameterized.getActualTypeArguments()[0];
                int size = data.consumeInt(0, depth < 4 ? 4 : 1);
                List<Object> list = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    Object value = value(element, depth, true);
                    if (value != null) {
                        list.add(value);
                    }
                }
                return list;
            }
            Class<?> raw = (Class<?>) type;
            if (raw == String.class) {
                return string();
            }
            if (raw == int.class || raw == Integer.class) {
                return data.consumeBoolean() ? data.consumeInt(-2, 30) : data.consumeInt();
            }
            if (raw == long.class || raw == Long.class) {
                return data.consumeBoolean() ? data.consumeLong(-2, 1000) : data.consumeLong();
            }
            if (raw == boolean.class || raw == Boolean.class) {
                return data.consumeBoolean();
            }
            if (raw.isEnum()) {
                return data.pickValue(raw.getEnumConstants());
            }
            if (raw == LocalDate.class) {
                return date();
            }
            if (raw == LocalTime.class) {
                // Agenda times are to the minute; a constructor refuses any other.
                return LocalTime.ofSecondOfDay(60L * data.consumeInt(0, 24 * 60 - 1));
            }
            if (raw == ZoneId.class) {
                return zone();
            }
            if (raw == PartialDate.class) {
                return partialDate(required);
            }
            if (raw == LocalizedText.class) {
                return localizedText();
            }
            if (raw == io.github.gcmdata.identifier.Isbn.class) {
                return parsed(raw, data.consumeBoolean() ? digits(13) : digits(9) + data.pickValue(List.of("0", "5", "X")),
                        required);
            }
            if (raw == io.github.gcmdata.identifier.Issn.class) {
                return parsed(raw, digits(4) + "-" + digits(3) + data.pickValue(List.of("0", "7", "X")), required);
            }
            if (raw == io.github.gcmdata.identifier.PhoneNumber.class) {
                String printed = data.consumeBoolean() ? "+41 22 717 " + digits(4) : string();
                String e164 = data.consumeBoolean() ? null : "+" + data.consumeInt(1, 9) + digits(data.consumeInt(1, 14));
                io.github.gcmdata.identifier.CountryCode country = data.consumeBoolean() ? null
                        : io.github.gcmdata.identifier.CountryCode.parse(data.pickValue(List.of("CH", "US", "XX", "CHE", "756")));
                return new io.github.gcmdata.identifier.PhoneNumber(printed, country, e164);
            }
            if (SAMPLES.containsKey(raw)) {
                String text = data.consumeBoolean() ? data.pickValue(SAMPLES.get(raw)) : data.consumeString(40);
                return parsed(raw, text, required);
            }
            if (raw.isRecord()) {
                return record(raw, depth);
            }
            throw new AssertionError("no generator for " + type);
        }

        private String string() {
            switch (data.consumeInt(0, 3)) {
                case 0:
                    return data.pickValue(IDS);
                case 1:
                    return data.pickValue(List.of("", " ", "\t\n", "\u00a0", "\u2003", "x", "\ud800", "a\u0000b",
                            "<script>", "%s", "{0}", "${x}", "'", "\"", "~1/0"));
                default:
                    return data.consumeString(data.consumeBoolean() ? 20 : 300);
            }
        }

        private LocalDate date() {
            switch (data.consumeInt(0, 3)) {
                case 0:
                    return LocalDate.ofEpochDay(data.consumeLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()));
                case 1:
                    return LocalDate.ofEpochDay(data.consumeLong(LocalDate.of(0, 1, 1).toEpochDay(),
                            LocalDate.of(9999, 12, 31).toEpochDay()));
                default:
                    return LocalDate.of(2021, 12, 25).plusDays(data.consumeInt(0, 30));
            }
        }

        private Object partialDate(boolean required) {
            try {
                switch (data.consumeInt(0, 2)) {
                    case 0:
                        return PartialDate.ofYear(data.consumeBoolean() ? data.consumeInt(2020, 2030) : data.consumeInt());
                    case 1:
                        return PartialDate.of(YearMonth.of(data.consumeInt(-5, 10_000), data.consumeInt(1, 12)));
                    default:
                        return PartialDate.of(date());
                }
            } catch (DateTimeException e) {
                // A year outside 0 to 9999, which no partial date holds.
                return required ? PartialDate.ofYear(2022) : null;
            }
        }

        private ZoneId zone() {
            if (data.consumeBoolean()) {
                return ZoneOffset.ofTotalSeconds(data.consumeInt(-18 * 3600, 18 * 3600));
            }
            try {
                return ZoneId.of(data.pickValue(ZONES));
            } catch (DateTimeException e) {
                return ZoneOffset.UTC;
            }
        }

        private LocalizedText localizedText() {
            int size = data.consumeInt(0, 4);
            Map<String, String> texts = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                texts.put(data.consumeBoolean() ? data.pickValue(TAGS) : data.consumeString(12), string());
            }
            try {
                return LocalizedText.of(texts);
            } catch (IllegalArgumentException e) {
                // Not well-formed tags, or one tag twice in different case: what a reader refuses too.
                return LocalizedText.of(Map.of("en", string()));
            }
        }

        private String digits(int count) {
            StringBuilder digits = new StringBuilder(count);
            for (int i = 0; i < count; i++) {
                digits.append((char) ('0' + data.consumeInt(0, 9)));
            }
            return digits.toString();
        }

        /** An identifier parsed from text; null for a text it refuses, unless it is required. */
        private Object parsed(Class<?> type, String text, boolean required) {
            try {
                Method parse = type.getMethod("parse", CharSequence.class);
                if (!Modifier.isStatic(parse.getModifiers())) {
                    throw new AssertionError(type + ".parse is not static");
                }
                return parse.invoke(null, text);
            } catch (InvocationTargetException e) {
                return refused(required, e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }

        private static Object refused(boolean required, Throwable cause) {
            if (required) {
                throw new Unbuildable(String.valueOf(cause));
            }
            return null;
        }
    }
}
