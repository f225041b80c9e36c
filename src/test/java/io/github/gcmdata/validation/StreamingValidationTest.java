package io.github.gcmdata.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.json.GcmJsonException;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.Event;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The streaming validators return what the validators of records in memory return. */
class StreamingValidationTest {

    private static final JsonMapper TREE = JsonMapper.builder().build();
    private static final GcmValidator VALIDATOR = GcmValidator.create();
    /** The validator that validates while it reads, on a second thread: every test checks it against the one-thread one. */
    private static final GcmValidator TWO_THREADS = VALIDATOR.withSecondThread(true);
    private static final GcmValidator ONE_THREAD = VALIDATOR.withSecondThread(false);

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    private static ValidationReport inMemory(byte[] json) {
        return VALIDATOR.validate(GcmJson.standard().read(json, Dataset.class));
    }

    /** The streamed report, the same on two threads as on one. */
    private static ValidationReport streamed(byte[] json) {
        return streamed(VALIDATOR, json);
    }

    private static ValidationReport streamed(GcmValidator validator, byte[] json) {
        ValidationReport alone = validator.withSecondThread(false).validateStreaming(new ByteArrayInputStream(json));
        ValidationReport beside = validator.withSecondThread(true).validateStreaming(new ByteArrayInputStream(json));
        assertThat(beside.violations()).as("on two threads").isEqualTo(alone.violations());
        return beside;
    }

    /** The report of JSON lines, the same on two threads as on one. */
    private static ValidationReport lines(GcmValidator validator, byte[] lines, Class<?> kind) {
        ValidationReport alone = validator.withSecondThread(false).validateLines(new ByteArrayInputStream(lines), kind);
        ValidationReport beside = validator.withSecondThread(true).validateLines(new ByteArrayInputStream(lines), kind);
        assertThat(beside.violations()).as("on two threads").isEqualTo(alone.violations());
        return beside;
    }

    @ParameterizedTest
    @MethodSource("examples")
    void reportsWhatValidateReportsForEachExample(Path example) {
        ValidationReport expected = VALIDATOR.validate(GcmJson.standard().readDataset(example));
        assertThat(TWO_THREADS.validateStreaming(example).violations()).isEqualTo(expected.violations());
        assertThat(ONE_THREAD.validateStreaming(example).violations()).isEqualTo(expected.violations());
    }

    @ParameterizedTest
    @MethodSource("examples")
    void reportsWhatValidateReportsForDefectiveCopiesOfEachExample(Path example) throws IOException {
        ObjectNode root = (ObjectNode) TREE.readTree(Files.readAllBytes(example));
        for (long seed = 1; seed <= 5; seed++) {
            ObjectNode copy = root.deepCopy();
            Random random = new Random(seed * 31 + example.hashCode());
            doubleSomeLists(copy, random);
            breakSomeValues(copy, random);
            byte[] json = TREE.writeValueAsBytes(reorder(copy, random));
            ValidationReport expected = inMemory(json);
            assertThat(expected.isValid()).as("defects were made").isFalse();
            assertThat(streamed(json).violations()).as("seed %d", seed).isEqualTo(expected.violations());
        }
    }

    @Test
    void reportsWhatValidateReportsForGeneratedDatasetsWithDefects() throws IOException {
        Random random = new Random(20261122);
        for (int run = 0; run < 20; run++) {
            byte[] json = generated(random, 30 + random.nextInt(50));
            assertThat(streamed(json).violations()).isEqualTo(inMemory(json).violations());
            assertThat(inMemory(json).isValid()).isFalse();
        }
    }

    @Test
    void reportsWhatValidateReportsForAGeneratedDatasetOfManyBatches() throws IOException {
        int elements = ValidationThread.BATCH_SIZE * (ValidationThread.BATCHES_IN_FLIGHT + 4) + 3;
        byte[] json = generated(new Random(20261126), elements);
        ValidationReport expected = inMemory(json);
        assertThat(expected.violations()).hasSizeGreaterThan(elements / 10);
        assertThat(streamed(json).violations()).isEqualTo(expected.violations());
    }

    @Test
    void reportsForwardReferencesAsResolvedAndDanglingOnesAsUnresolved() {
        String json = "{\"metadata\":" + metadata() + ",\"events\":[" + event("e1", "e3") + "," + event("e3", "nowhere") + "]"
                + ",\"publications\":[],\"persons\":[]}";
        String reordered = "{\"events\":[" + event("e2", "e1") + "],\"metadata\":" + metadata() + "}";
        for (String text : List.of(json, reordered)) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            assertThat(streamed(bytes).violations()).isEqualTo(inMemory(bytes).violations());
        }
        assertThat(streamed(json.getBytes(StandardCharsets.UTF_8)).violations())
                .extracting(Violation::jsonPointer, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/events/1/superEventRef", "reference.unresolved"));
    }

    @Test
    void stopsAtTheFirstReadingError() {
        byte[] json = ("{\"metadata\":" + metadata() + ",\"events\":[" + event("e1", null) + ",{\"id\":1}]}")
                .getBytes(StandardCharsets.UTF_8);
        for (GcmValidator validator : List.of(ONE_THREAD, TWO_THREADS)) {
            assertThatThrownBy(() -> validator.validateStreaming(new ByteArrayInputStream(json)))
                    .isInstanceOf(GcmJsonException.class)
                    .satisfies(e -> assertThat(((GcmJsonException) e).jsonPointer()).startsWith("/events/1"));
        }
    }

    @Test
    void validatesJsonLinesWithTheIndexOfTheLineInFrontOfEachPath() throws IOException {
        ObjectNode root = (ObjectNode) TREE.readTree(generated(new Random(7), 60));
        ArrayNode events = root.has("events") ? (ArrayNode) root.get("events") : root.putArray("events");
        for (int i = 0; i < 3; i++) {
            events.add(TREE.readTree(event("broken-" + i, null)));
            ((ObjectNode) events.get(events.size() - 1)).put("endDate", "1901-01-01");
        }
        Dataset dataset = GcmJson.standard().read(TREE.writeValueAsBytes(root), Dataset.class);
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        GcmJson.standard().writeLines(dataset.events().stream(), lines);
        List<Violation> expected = new ArrayList<>();
        for (int i = 0; i < dataset.events().size(); i++) {
            for (Violation violation : VALIDATOR.validate(dataset.events().get(i)).violations()) {
                expected.add(new Violation("/" + i + violation.jsonPointer(), violation.code(), violation.invalidValue(),
                        "line " + (i + 1) + ": " + violation.message()));
            }
        }
        ValidationReport report = lines(VALIDATOR, lines.toByteArray(), Event.class);
        assertThat(report.violations()).isEqualTo(new ValidationReport(expected).violations()).isNotEmpty();
    }

    @Test
    void reportsALineThatCannotBeReadAtItsPointerAndReadsOn() throws IOException {
        ObjectNode endsTooEarly = (ObjectNode) TREE.readTree(event("e2", null));
        endsTooEarly.put("endDate", "1901-01-01");
        byte[] lines = (event("e1", null) + "\n{\"id\":1}\n\n" + endsTooEarly + "\n")
                .getBytes(StandardCharsets.UTF_8);

        ValidationReport report = lines(VALIDATOR, lines, Event.class);

        assertThat(report.violations()).extracting(Violation::jsonPointer, Violation::code).containsExactly(
                tuple("/1/id", "json.wrong_type"),
                tuple("/3/endDate", "date.endBeforeStart"));
        assertThat(report.violations().get(0).message()).startsWith("line 2, column ");
        assertThat(report.violations().get(1).message()).startsWith("line 4: endDate: ");
    }

    @Test
    void readsLinesWithTheValidatorsOwnGcmJson() {
        byte[] lines = (event("e1", null) + "\n").getBytes(StandardCharsets.UTF_8);
        GcmJson tiny = GcmJson.builder().maxDocumentLength(10).maxStringLength(1).build();

        ValidationReport report = lines(VALIDATOR.withJson(tiny), lines, Event.class);

        assertThat(report.violations()).extracting(Violation::jsonPointer, Violation::code)
                .containsExactly(tuple("/0", "json.limit_exceeded"));
        assertThatThrownBy(() -> VALIDATOR.withJson(tiny).validateStreaming(new ByteArrayInputStream(
                GcmJson.standard().write(Fixtures.dataset(List.of(), List.of(), List.of(Fixtures.event("e1")), List.of())).getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(GcmJsonException.class);
        assertThat(VALIDATOR.validateStreaming(new ByteArrayInputStream(
                GcmJson.standard().write(Fixtures.dataset(List.of(), List.of(), List.of(Fixtures.event("e1")), List.of())).getBytes(StandardCharsets.UTF_8))).isValid()).isTrue();
    }

    @Test
    void reportsNothingForAnEmptyInputOfLines() {
        assertThat(lines(VALIDATOR, new byte[0], Event.class).isValid()).isTrue();
    }

    // ---- generated data ----

    private static String metadata() {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            Path first = files.filter(file -> file.toString().endsWith(".json")).sorted().findFirst().orElseThrow();
            return TREE.readTree(Files.readAllBytes(first)).get("metadata").toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The first event of the first example, with another identifier and super-event, and no references. */
    private static String event(String id, String superEvent) {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            Path first = files.filter(file -> file.toString().endsWith(".json")).sorted().findFirst().orElseThrow();
            ObjectNode event = (ObjectNode) TREE.readTree(Files.readAllBytes(first)).get("events").get(0);
            for (String name : new ArrayList<>(event.propertyNames())) {
                if (name.endsWith("Ref") || name.endsWith("Refs") || name.equals("organizers")
                        || name.equals("performers") || name.equals("agenda") || name.equals("series")
                        || name.equals("relations") || name.equals("participants") || name.equals("about")) {
                    event.remove(name);
                }
            }
            event.put("id", id);
            if (superEvent != null) {
                event.put("superEventRef", superEvent);
            }
            return event.toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Takes random elements of all the examples into one dataset, with defects: duplicated elements,
     * broken references and dates, lists in a random order. Also used by {@link EngineAgreementTest}.
     */
    static byte[] generated(Random random, int elements) throws IOException {
        List<ObjectNode> sources = new ArrayList<>();
        for (Path example : examples().toList()) {
            sources.add((ObjectNode) TREE.readTree(Files.readAllBytes(example)));
        }
        ObjectNode root = TREE.createObjectNode();
        root.set("metadata", sources.get(0).get("metadata"));
        List<String> lists = new ArrayList<>();
        for (ObjectNode source : sources) {
            for (Map.Entry<String, JsonNode> property : source.properties()) {
                if (property.getValue().isArray() && !lists.contains(property.getKey())) {
                    lists.add(property.getKey());
                }
            }
        }
        for (int i = 0; i < elements; i++) {
            ObjectNode source = sources.get(random.nextInt(sources.size()));
            String list = lists.get(random.nextInt(lists.size()));
            JsonNode array = source.get(list);
            if (array == null || array.isEmpty()) {
                continue;
            }
            ArrayNode target = root.has(list) ? (ArrayNode) root.get(list) : root.putArray(list);
            target.add(array.get(random.nextInt(array.size())).deepCopy());
        }
        breakSomeValues(root, random);
        return TREE.writeValueAsBytes(reorder(root, random));
    }

    static void doubleSomeLists(ObjectNode root, Random random) {
        for (Map.Entry<String, JsonNode> property : root.properties()) {
            if (property.getValue().isArray() && random.nextBoolean()) {
                ArrayNode array = (ArrayNode) property.getValue();
                int size = array.size();
                for (int i = 0; i < size; i++) {
                    array.add(array.get(i).deepCopy());
                }
            }
        }
    }

    /** Changes references, identifiers and end dates here and there, keeping their shape. */
    static void breakSomeValues(JsonNode node, Random random) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (String name : new ArrayList<>(object.propertyNames())) {
                JsonNode value = object.get(name);
                if (value.isString() && (name.endsWith("Ref") || name.equals("id")) && random.nextInt(6) == 0) {
                    object.put(name, value.asString() + "-x");
                } else if (value.isString() && name.equals("endDate") && random.nextInt(4) == 0) {
                    object.put(name, "1901-01-01");
                } else if (value.isArray() && name.endsWith("Refs") && random.nextInt(4) == 0) {
                    ((ArrayNode) value).add("missing-" + random.nextInt(3));
                } else {
                    breakSomeValues(value, random);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                breakSomeValues(element, random);
            }
        }
    }

    /** The same dataset with its properties in a random order: the order of a streamed file. */
    static ObjectNode reorder(ObjectNode root, Random random) {
        List<String> names = new ArrayList<>(root.propertyNames());
        Collections.shuffle(names, random);
        ObjectNode reordered = TREE.createObjectNode();
        for (String name : names) {
            reordered.set(name, root.get(name));
        }
        return reordered;
    }
}
