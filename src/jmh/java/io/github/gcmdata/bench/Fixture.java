package io.github.gcmdata.bench;

import io.github.gcmdata.json.GcmJson;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.HibernateValidator;
import java.util.ArrayList;
import jakarta.validation.Validator;
import jakarta.validation.Validation;
import io.github.gcmdata.validation.GcmValidator;
import io.github.gcmdata.model.RecordKind;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.Event;
import io.github.gcmdata.model.Membership;
import io.github.gcmdata.model.Person;
import io.github.gcmdata.model.Publication;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data and the contenders of the benchmarks, built once per size: the same bytes for every
 * reader, the same records for every writer.
 */
public final class Fixture {

    /** The kinds of record in the JSON lines, in the order of their files. */
    static final List<Class<?>> LINE_TYPES = List.of(Person.class, Membership.class, Event.class, Publication.class);

    /**
     * GcmJson's standard settings, with a document length limit above the largest generated dataset
     * (10^6 records, about 1 GB) instead of the default 64 MiB, which 10^5 records pass: its maximum.
     */
    public static final GcmJson GCM = GcmJson.builder().maxDocumentLength(Integer.MAX_VALUE - 8).build();

    /** Plain Jackson 3 with its default settings: the baseline. */
    static final ObjectMapper PLAIN = JsonMapper.builder().build();

    final int records;
    final Dataset dataset;
    final byte[] json;
    final String jsonText;
    /** The JSON lines of each kind of record, in the order of {@link #LINE_TYPES}. */
    final byte[][] lines;

    /**
     * Generates the dataset of the given size and checks that both readers see the same records.
     *
     * @param records  the number of records
     * @param withText  whether to keep the JSON as a String too
     */
    Fixture(int records, boolean withText) {
        SyntheticData data = SyntheticData.of(records);
        this.records = records;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        data.writeDataset(out);
        this.json = out.toByteArray();
        this.dataset = GCM.read(json, Dataset.class);
        this.jsonText = withText ? new String(json, java.nio.charset.StandardCharsets.UTF_8) : null;
        this.lines = new byte[LINE_TYPES.size()][];
        lines[0] = lines(dataset.persons().stream());
        lines[1] = lines(dataset.memberships().stream());
        lines[2] = lines(dataset.events().stream());
        lines[3] = lines(dataset.publications().stream());
        check();
    }

    /** The metadata and every top-level record of a dataset, in order: what bare Hibernate Validator validates. */
    static List<Object> topLevel(Dataset dataset) {
        List<Object> records = new ArrayList<>();
        records.add(dataset.metadata());
        for (RecordKind kind : RecordKind.values()) {
            records.addAll(kind.records(dataset));
        }
        return records;
    }

    /**
     * Bare Hibernate Validator, as a user would set it up without the library: its own
     * {@code ParameterMessageInterpolator}, no expression language.
     */
    static Validator bareValidator() {
        return Validation.byProvider(HibernateValidator.class)
                .providerResolver(() -> List.of(new HibernateValidator()))
                .configure()
                .externalClassLoader(GcmValidator.class.getClassLoader())
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
    }

    private static byte[] lines(Stream<?> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GcmJson.standard().writeLines(records, out);
        return out.toByteArray();
    }

    private void check() {
        int total = dataset.persons().size() + dataset.memberships().size() + dataset.events().size()
                + dataset.publications().size();
        if (total != records) {
            throw new IllegalStateException("generated " + total + " records, not " + records);
        }
        if (!PLAIN.readValue(json, Dataset.class).equals(dataset)) {
            throw new IllegalStateException("plain Jackson reads other records than GcmJson");
        }
        if (!Arrays.equals(GcmJson.standard().write(dataset).getBytes(java.nio.charset.StandardCharsets.UTF_8), json)) {
            throw new IllegalStateException("the generator's bytes differ from GcmJson's");
        }
        System.out.printf("%n# fixture: %d records, dataset %d bytes, JSON lines %d bytes%n", records, json.length,
                Arrays.stream(lines).mapToLong(l -> l.length).sum());
    }

    /** Reads every token of the JSON and returns a checksum: the ceiling for any reader. */
    static long scanTokens(byte[] json) {
        long checksum = 0;
        try (JsonParser parser = PLAIN.createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                checksum += token.ordinal();
                if (token == JsonToken.VALUE_STRING || token == JsonToken.PROPERTY_NAME) {
                    checksum += parser.getStringLength();
                }
            }
        }
        return checksum;
    }

    /** Reads JSON lines of one type with plain Jackson's own reader of value sequences. */
    static long readPlainLines(byte[] lines, Class<?> type, java.util.function.Consumer<Object> sink) {
        ObjectReader reader = PLAIN.readerFor(type);
        long count = 0;
        try (MappingIterator<Object> values = reader.readValues(lines)) {
            while (values.hasNext()) {
                sink.accept(values.next());
                count++;
            }
        }
        return count;
    }
}
