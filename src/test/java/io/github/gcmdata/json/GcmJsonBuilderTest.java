package io.github.gcmdata.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.Event;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.ObjectMapper;

class GcmJsonBuilderTest {

    @Nested
    class Builder {

        @Test
        void startsFromTheDocumentedDefaults() {
            GcmJson json = GcmJson.builder().build();

            assertThat(json.maxNestingDepth()).isEqualTo(64);
            assertThat(json.maxStringLength()).isEqualTo(1024 * 1024);
            assertThat(json.maxNumberLength()).isEqualTo(20);
            assertThat(json.maxDocumentLength()).isEqualTo(64L * 1024 * 1024);
            assertThat(json.isPrettyPrint()).isFalse();
            assertThat(GcmJson.standard().maxNestingDepth()).isEqualTo(64);
            assertThat(GcmJson.pretty().isPrettyPrint()).isTrue();
        }

        @Test
        void writesAsStandardOrAsPretty() {
            Dataset dataset = SampleRecords.dataset();

            assertThat(GcmJson.builder().build().write(dataset)).isEqualTo(GcmJson.standard().write(dataset));
            assertThat(GcmJson.builder().prettyPrint(true).build().write(dataset)).isEqualTo(GcmJson.pretty().write(dataset));
        }

        @Test
        void keepsTheLimitsItWasGiven() {
            GcmJson json = GcmJson.builder().maxNestingDepth(200).maxStringLength(5).maxNumberLength(7)
                    .maxDocumentLength(9).build();

            assertThat(List.of(json.maxNestingDepth(), json.maxStringLength(), json.maxNumberLength()))
                    .containsExactly(200, 5, 7);
            assertThat(json.maxDocumentLength()).isEqualTo(9);
        }

        @Test
        void acceptsTheBoundsOfEachRange() {
            GcmJson lowest = GcmJson.builder().maxNestingDepth(1).maxStringLength(1).maxNumberLength(1)
                    .maxDocumentLength(1).build();
            GcmJson highest = GcmJson.builder().maxNestingDepth(GcmJson.MAX_NESTING_DEPTH_LIMIT)
                    .maxStringLength(Integer.MAX_VALUE).maxNumberLength(Integer.MAX_VALUE)
                    .maxDocumentLength(GcmJson.MAX_DOCUMENT_LENGTH_LIMIT).build();

            assertThat(List.of(lowest.maxNestingDepth(), lowest.maxStringLength(), lowest.maxNumberLength()))
                    .containsExactly(1, 1, 1);
            assertThat(lowest.maxDocumentLength()).isEqualTo(1);
            assertThat(List.of(highest.maxNestingDepth(), highest.maxStringLength(), highest.maxNumberLength()))
                    .containsExactly(1000, Integer.MAX_VALUE, Integer.MAX_VALUE);
            assertThat(highest.maxDocumentLength()).isEqualTo(Integer.MAX_VALUE - 8);
        }

        @Test
        void refusesLimitsOutOfRangeAndNamesThem() {
            assertThatThrownBy(() -> GcmJson.builder().maxNestingDepth(0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("maxNestingDepth must be from 1 to 1000, was 0");
            assertThatThrownBy(() -> GcmJson.builder().maxNestingDepth(1001))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("maxNestingDepth must be from 1 to 1000, was 1001");
            assertThatThrownBy(() -> GcmJson.builder().maxStringLength(-1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxStringLength");
            assertThatThrownBy(() -> GcmJson.builder().maxNumberLength(0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxNumberLength");
            assertThatThrownBy(() -> GcmJson.builder().maxDocumentLength(Integer.MAX_VALUE))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxDocumentLength");
        }
    }

    @Nested
    class NoPolymorphicTyping {

        @Test
        void theMappersHaveNoDefaultTyping() {
            for (GcmJson json : List.of(GcmJson.standard(), GcmJson.pretty(), GcmJson.builder().build())) {
                ObjectMapper mapper = json.mapper();
                for (Class<?> type : List.of(Object.class, Dataset.class, Event.class, List.class)) {
                    assertThat(mapper.deserializationConfig().getDefaultTyper(mapper.constructType(type)))
                            .as(type.getName()).isNull();
                    assertThat(mapper.serializationConfig().getDefaultTyper(mapper.constructType(type)))
                            .as(type.getName()).isNull();
                }
            }
        }

        @Test
        void noRecordReachableFromADatasetTakesItsTypeFromTheInput() {
            Set<Class<?>> seen = reachableTypes(Dataset.class);

            assertThat(seen).hasSizeGreaterThan(20);
            for (Class<?> type : seen) {
                assertThat(type.getAnnotation(JsonTypeInfo.class)).as(type.getName()).isNull();
                if (type.isRecord()) {
                    for (RecordComponent component : type.getRecordComponents()) {
                        assertThat(component.getAccessor().getAnnotation(JsonTypeInfo.class))
                                .as(type.getName() + "." + component.getName()).isNull();
                        assertThat(component.getType()).as(type.getName() + "." + component.getName())
                                .isNotEqualTo(Object.class);
                    }
                }
            }
        }

        private Set<Class<?>> reachableTypes(Class<?> root) {
            Set<Class<?>> seen = new HashSet<>();
            Deque<Type> work = new ArrayDeque<>(List.of(root));
            while (!work.isEmpty()) {
                Type type = work.pop();
                if (type instanceof ParameterizedType) {
                    work.addAll(List.of(((ParameterizedType) type).getActualTypeArguments()));
                    continue;
                }
                Class<?> raw = (Class<?>) type;
                if (!raw.getName().startsWith("io.github.gcmdata") || !seen.add(raw)) {
                    continue;
                }
                if (raw.isRecord()) {
                    for (RecordComponent component : raw.getRecordComponents()) {
                        work.push(component.getGenericType());
                    }
                }
            }
            return seen;
        }
    }

    @Nested
    class Concurrency {

        @Test
        void eightThreadsSharingOneInstanceGetWhatOneThreadGets() throws Exception {
            GcmJson json = GcmJson.builder().prettyPrint(true).build();
            List<String> inputs = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Dataset dataset = SampleRecords.dataset();
                inputs.add(json.write(dataset.toBuilder()
                        .events(SampleRecords.idm2022().toBuilder().relatedObjectives(i % 23 + 1).build())
                        .build()));
            }
            inputs.add("{\"metadata\": {\"id\": \"m\", \"name\": {}}, \"colour\": 1}");
            inputs.add("{\"metadata\": {\"id\": \"m\", \"name\": {\"en\": \"x\"}}, \"events\": [null]}");
            List<String> alone = new ArrayList<>();
            for (String input : inputs) {
                alone.add(roundTrip(json, input));
            }

            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<List<String>>> results = new ArrayList<>();
                for (int thread = 0; thread < 8; thread++) {
                    Callable<List<String>> task = () -> {
                        List<String> outcomes = new ArrayList<>();
                        for (int round = 0; round < 25; round++) {
                            for (String input : inputs) {
                                outcomes.add(roundTrip(json, input));
                            }
                        }
                        return outcomes;
                    };
                    results.add(pool.submit(task));
                }
                List<String> expected = new ArrayList<>();
                for (int round = 0; round < 25; round++) {
                    expected.addAll(alone);
                }
                for (Future<List<String>> result : results) {
                    assertThat(result.get()).isEqualTo(expected);
                }
            } finally {
                pool.shutdownNow();
            }
        }

        private String roundTrip(GcmJson json, String input) {
            try {
                return json.write(json.readDataset(input));
            } catch (GcmJsonException e) {
                return e.problem() + " " + e.getMessage();
            }
        }
    }

    @Nested
    class AtomicFileWrites {

        @Test
        void writesTheFileAndLeavesNoTemporaryFileBehind(@TempDir Path folder) throws Exception {
            Path file = folder.resolve("dataset.json");

            GcmJson.pretty().write(SampleRecords.dataset(), file);

            assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(GcmJson.pretty().write(SampleRecords.dataset()));
            assertThat(listing(folder)).containsExactly("dataset.json");
        }

        @Test
        void replacesAnExistingFileWhole(@TempDir Path folder) throws Exception {
            Path file = folder.resolve("dataset.json");
            Files.writeString(file, "x".repeat(100_000));

            GcmJson.standard().write(SampleRecords.idm2022(), file);

            assertThat(GcmJson.standard().read(file, Event.class)).isEqualTo(SampleRecords.idm2022());
            assertThat(listing(folder)).containsExactly("dataset.json");
        }

        @Test
        void aValueThatCannotBeWrittenLeavesTheOldFileIntact(@TempDir Path folder) throws Exception {
            Path file = folder.resolve("dataset.json");
            Files.writeString(file, "old content");

            assertThatThrownBy(() -> GcmJson.standard().write(new Exploding(), file))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("cannot write a " + Exploding.class.getName() + " as JSON");

            assertThat(Files.readString(file)).isEqualTo("old content");
            assertThat(listing(folder)).containsExactly("dataset.json");
        }

        @Test
        void aFailedMoveLeavesTheOldContentIntactAndNoTemporaryFile(@TempDir Path folder) throws Exception {
            Path target = Files.createDirectory(folder.resolve("dataset.json"));
            Files.writeString(target.resolve("inside.txt"), "old content");

            assertThatThrownBy(() -> GcmJson.standard().write(SampleRecords.dataset(), target))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("dataset.json");

            assertThat(Files.readString(target.resolve("inside.txt"))).isEqualTo("old content");
            assertThat(listing(folder)).containsExactly("dataset.json");
        }

        @Test
        void aMissingDirectoryIsAnIoErrorNamingTheFile(@TempDir Path folder) {
            assertThatThrownBy(() -> GcmJson.standard().write(SampleRecords.dataset(), folder.resolve("no/such.json")))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("such.json");
        }

        /** Not a record of this library: Jackson fails while writing it. */
        public final class Exploding {
            /**
             * Fails, as a value that cannot be written does.
             *
             * @return nothing
             */
            public String getValue() {
                throw new IllegalStateException("cannot be written");
            }
        }

        private List<String> listing(Path folder) throws Exception {
            try (Stream<Path> files = Files.list(folder)) {
                return files.map(path -> path.getFileName().toString()).sorted().collect(java.util.stream.Collectors.toList());
            }
        }
    }
}
