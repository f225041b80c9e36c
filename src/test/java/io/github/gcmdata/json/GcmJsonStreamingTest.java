package io.github.gcmdata.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.gcmdata.json.GcmJsonException.Problem;
import io.github.gcmdata.model.Dataset;
import io.github.gcmdata.model.DatasetMetadata;
import io.github.gcmdata.model.Event;
import io.github.gcmdata.model.LocalizedText;
import io.github.gcmdata.model.Person;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;

class GcmJsonStreamingTest {

    private static final GcmJson JSON = GcmJson.standard();
    private static final String PERSON = "{\"id\":\"p\",\"name\":\"P\"}";

    private static List<Person> persons(int count) {
        Person template = SampleRecords.pressContact();
        return IntStream.range(0, count)
                .mapToObj(i -> Person.builder("person-" + i, "Person " + i).positions(template.positions())
                        .contactPoints(template.contactPoints()).build())
                .toList();
    }

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] lines(Stream<?> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.writeLines(records, out);
        return out.toByteArray();
    }

    /** An input stream that remembers whether it was closed. */
    private static final class Watched extends ByteArrayInputStream {
        final AtomicBoolean closed = new AtomicBoolean();

        Watched(byte[] bytes) {
            super(bytes);
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }

    @Nested
    class WriteToStream {

        @Test
        void writesTheSameBytesAsTheStringWithoutClosingTheStream() {
            for (GcmJson json : List.of(GcmJson.standard(), GcmJson.pretty())) {
                AtomicBoolean closed = new AtomicBoolean();
                ByteArrayOutputStream out = new ByteArrayOutputStream() {
                    @Override
                    public void close() {
                        closed.set(true);
                    }
                };

                json.write(SampleRecords.dataset(), out);

                assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(json.write(SampleRecords.dataset()));
                assertThat(closed).isFalse();
            }
        }

        @Test
        void reportsAFailingStreamAsAnIoError() {
            OutputStream broken = new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    throw new IOException("disk full");
                }
            };

            assertThatThrownBy(() -> JSON.write(SampleRecords.dataset(), broken))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("disk full");
        }

        @Test
        void reportsTheStreamsOwnIoExceptionAsTheCause() {
            IOException full = new IOException("disk full");
            OutputStream broken = new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    throw full;
                }
            };

            assertThatThrownBy(() -> JSON.write(SampleRecords.dataset(), broken))
                    .isInstanceOf(UncheckedIOException.class).cause().isSameAs(full);
            assertThatThrownBy(() -> JSON.writeLines(persons(2).stream(), broken))
                    .isInstanceOf(UncheckedIOException.class).cause().isSameAs(full);
        }

        @Test
        void flushesTheStreamAfterTheLastLine() {
            ByteArrayOutputStream sink = new ByteArrayOutputStream();
            OutputStream buffered = new BufferedOutputStream(sink, 1 << 16);

            JSON.writeLines(persons(3).stream(), buffered);

            assertThat(sink.toByteArray()).isEqualTo(lines(persons(3).stream()));
        }
    }

    @Nested
    class Lines {

        @Test
        void refusesALineLongerThanTheDocumentLimitWithoutHoldingIt() {
            GcmJson small = GcmJson.builder().maxDocumentLength(1000).build();
            byte[] oneLongLine = ("{\"id\":\"" + "p".repeat(100_000) + "\",\"name\":\"P\"}\n").getBytes(StandardCharsets.UTF_8);

            GcmJsonException error = catchThrowableOfType(GcmJsonException.class,
                    () -> small.readLines(new ByteArrayInputStream(oneLongLine), Person.class).count());

            assertThat(error.problem()).isEqualTo(GcmJsonException.Problem.LIMIT_EXCEEDED);
            assertThat(error.line()).isEqualTo(1);
            assertThat(error.reason()).startsWith("the document is longer than 1000 bytes");
        }

        @Test
        void writesOneCompactRecordPerLineEvenWhenPretty() {
            byte[] written = lines(Stream.of(SampleRecords.idm2022(), SampleRecords.idm2022()));
            ByteArrayOutputStream pretty = new ByteArrayOutputStream();
            GcmJson.pretty().writeLines(Stream.of(SampleRecords.idm2022(), SampleRecords.idm2022()), pretty);

            String line = JSON.write(SampleRecords.idm2022());
            assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(line + "\n" + line + "\n");
            assertThat(pretty.toByteArray()).isEqualTo(written);
        }

        @Test
        void readsTenThousandRecordsBackInOrder() {
            List<Person> persons = persons(10_000);

            List<Person> read = JSON.readLines(new ByteArrayInputStream(lines(persons.stream())), Person.class).toList();

            assertThat(read).hasSize(10_000).isEqualTo(persons);
        }

        @Test
        void readsLazilyFromAnEndlessInput() {
            byte[] line = (PERSON + "\n").getBytes(StandardCharsets.UTF_8);
            AtomicLong served = new AtomicLong();
            InputStream endless = new InputStream() {
                @Override
                public int read() {
                    return line[(int) (served.getAndIncrement() % line.length)];
                }
            };

            assertThat(JSON.readLines(endless, Person.class).limit(3).count()).isEqualTo(3);
            assertThat(served.get()).isLessThan(1 << 17);
        }

        @Test
        void acceptsCrLfLineEndsAndAMissingFinalLineEnd() {
            String text = PERSON + "\r\n" + PERSON;

            assertThat(JSON.readLines(utf8(text), Person.class).count()).isEqualTo(2);
        }

        @Test
        void aCrLfLineEndIsNotPartOfTheRecord() {
            GcmJsonException error = catchThrowableOfType(GcmJsonException.class,
                    () -> JSON.readLines(utf8(PERSON + "\r\n{\"id\":\"p\",\"name\":\"P\"\r\n"), Person.class).toList());

            assertThat(error.problem()).isEqualTo(Problem.MALFORMED_JSON);
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.column()).isEqualTo(21);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "\r", " "})
        void countsBlankLinesBeforeTheFirstRecordAndBlankLinesThatFollowEachOther(String blank) {
            String twoBlankLines = blank + "\n" + blank + "\n";
            String text = twoBlankLines + PERSON + "\n" + twoBlankLines + twoBlankLines + PERSON + "\n{\"id\":1}\n";
            List<Long> records = new ArrayList<>();
            List<Long> errors = new ArrayList<>();

            JSON.readLines(utf8(text), Person.class, new JsonLinesHandler<Person>() {
                @Override
                public void record(long line, Person person) {
                    records.add(line);
                }

                @Override
                public void unreadable(long line, GcmJsonException error) {
                    errors.add(error.line());
                }
            });

            assertThat(records).containsExactly(3L, 8L);
            assertThat(errors).containsExactly(9L);
        }

        /**
         * The limit lies between one and two buffers: the buffer grows to hold the line, and the
         * stream hands over the line and its line end in separate reads.
         */
        @Test
        void readsALineAsLongAsTheLimitAndRefusesOneByteMore() {
            int limit = 100_000;
            String line = PERSON.substring(0, PERSON.length() - 1) + " ".repeat(limit - PERSON.length()) + "}";
            GcmJson json = GcmJson.builder().maxDocumentLength(limit).build();

            assertThat(json.readLines(new SequenceInputStream(utf8(line), utf8("\n" + PERSON)), Person.class).count())
                    .isEqualTo(2);
            GcmJsonException error = catchThrowableOfType(GcmJsonException.class, () -> json.readLines(
                    new SequenceInputStream(utf8(line + " "), utf8("\n" + PERSON)), Person.class).count());
            assertThat(error.problem()).isEqualTo(Problem.LIMIT_EXCEEDED);
            assertThat(error.line()).isEqualTo(1);
        }

        @Test
        void refusesATooLongLastLineWithoutALineEnd() {
            GcmJson small = GcmJson.builder().maxDocumentLength(1000).build();
            List<Long> records = new ArrayList<>();
            List<GcmJsonException> errors = new ArrayList<>();

            small.readLines(utf8(PERSON + "\n" + "x".repeat(100_000)), Person.class, new JsonLinesHandler<Person>() {
                @Override
                public void record(long line, Person person) {
                    records.add(line);
                }

                @Override
                public void unreadable(long line, GcmJsonException error) {
                    errors.add(error);
                }
            });

            assertThat(records).containsExactly(1L);
            assertThat(errors).extracting(GcmJsonException::line, GcmJsonException::problem)
                    .containsExactly(tuple(2L, Problem.LIMIT_EXCEEDED));
        }

        @Test
        void keepsJacksonsExceptionAsTheCauseOfALineError() {
            GcmJsonException error = catchThrowableOfType(GcmJsonException.class,
                    () -> JSON.readLines(utf8(PERSON + "\n{\"id\":\n"), Person.class).toList());

            assertThat(error.line()).isEqualTo(2);
            assertThat(error.getCause()).isInstanceOf(JacksonException.class);
        }

        @Test
        void readsLinesLongerThanTheBuffer() {
            String name = "x".repeat(200_000);
            Person long1 = Person.builder("long", name).build();

            List<Person> read = JSON.readLines(new ByteArrayInputStream(lines(Stream.of(long1, long1, long1))),
                    Person.class).toList();

            assertThat(read).containsExactly(long1, long1, long1);
        }

        @Test
        void readsNothingFromAnEmptyInput() {
            assertThat(JSON.readLines(utf8(""), Person.class).count()).isZero();
        }

        @Test
        void doesNotCloseTheInputStream() {
            Watched in = new Watched(lines(persons(3).stream()));

            assertThat(JSON.readLines(in, Person.class).count()).isEqualTo(3);
            assertThat(in.closed).isFalse();
        }

        @Test
        void readsAFileAndClosesItWithTheStream(@TempDir Path folder) throws IOException {
            Path file = folder.resolve("persons.ndjson");
            Files.write(file, lines(persons(100).stream()));

            try (Stream<Person> read = JSON.readLines(file, Person.class)) {
                assertThat(read.map(Person::id)).startsWith("person-0", "person-1").hasSize(100);
            }
        }

        @Test
        void closesAFileReadOnlyInPartWhenTheStreamIsClosed(@TempDir Path folder) throws IOException {
            Path file = folder.resolve("persons.ndjson");
            Files.write(file, lines(persons(100).stream()));

            try (Stream<Person> read = JSON.readLines(file, Person.class)) {
                // AssertJ closes a stream it is given, so the records are collected first.
                List<String> ids = read.limit(2).map(Person::id).toList();
                assertThat(ids).containsExactly("person-0", "person-1");
                assertThat(isOpen(file)).as("open until the stream is closed").isTrue();
            }
            assertThat(isOpen(file)).as("closed with the stream").isFalse();
        }

        /** Whether this process holds the file open, from the list of its file descriptors Linux keeps. */
        private static boolean isOpen(Path file) throws IOException {
            Path descriptors = Path.of("/proc/self/fd");
            assumeTrue(Files.isDirectory(descriptors), "needs /proc to see which files are open");
            Path real = file.toRealPath();
            try (Stream<Path> open = Files.list(descriptors)) {
                return open.anyMatch(descriptor -> {
                    try {
                        return Files.readSymbolicLink(descriptor).equals(real);
                    } catch (IOException closedMeanwhile) {
                        return false;
                    }
                });
            }
        }

        @Test
        void handsOverTheGoodLinesBeforeTheBadOne() {
            Iterator<Person> read = JSON.readLines(utf8(PERSON + "\n{\"id\":\"p\"}\n" + PERSON), Person.class).iterator();

            assertThat(read.next().id()).isEqualTo("p");
            GcmJsonException error = catchThrowableOfType(GcmJsonException.class, read::next);
            assertThat(error.problem()).isEqualTo(Problem.MISSING_PROPERTY);
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.jsonPointer()).isEqualTo("/name");
            assertThat(error).hasMessageStartingWith("/name (line 2, column ");
        }

        @Test
        void namesTheLineOfAnUnknownProperty() {
            String text = PERSON + "\n" + PERSON + "\n{\"id\":\"p\",\"name\":\"P\",\"nickname\":\"Q\"}\n";

            GcmJsonException error = catchThrowableOfType(GcmJsonException.class,
                    () -> JSON.readLines(utf8(text), Person.class).toList());

            assertThat(error.problem()).isEqualTo(Problem.UNKNOWN_PROPERTY);
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.column()).isGreaterThan(20);
            assertThat(error.jsonPointer()).isEqualTo("/nickname");
        }

        @Test
        void namesTheLineOfMalformedJson() {
            GcmJsonException error = catchThrowableOfType(GcmJsonException.class,
                    () -> JSON.readLines(utf8(PERSON + "\n{\"id\":\n" + PERSON), Person.class).toList());

            assertThat(error.problem()).isEqualTo(Problem.MALFORMED_JSON);
            assertThat(error.line()).isEqualTo(2);
        }

        /** Jackson reads an unpaired surrogate escape without complaint: each line is checked as a document is. */
        @Test
        void rejectsALineThatUtf8CannotCarry() {
            GcmJsonException error = catchThrowableOfType(GcmJsonException.class,
                    () -> JSON.readLines(utf8(PERSON + "\n{\"id\":\"p\",\"name\":\"\\uDC00\"}\n"), Person.class).toList());

            assertThat(error.problem()).isEqualTo(Problem.INVALID_VALUE);
            assertThat(error.line()).isEqualTo(2);
            assertThat(error.reason()).startsWith("the escape \\uDC00 is half of a surrogate pair");
        }

        @Test
        void rejectsTwoRecordsOnOneLine() {
            GcmJsonException error = catchThrowableOfType(GcmJsonException.class,
                    () -> JSON.readLines(utf8(PERSON + " " + PERSON + "\n"), Person.class).toList());

            assertThat(error.problem()).isEqualTo(Problem.TRAILING_CONTENT);
            assertThat(error.line()).isEqualTo(1);
            assertThat(error.reason()).isEqualTo("found an object after the value");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "  ", "\r", " \t "})
        void skipsBlankLinesButCountsThem(String blank) {
            String text = PERSON + "\n" + blank + "\n" + PERSON + "\n" + blank + "\n{\"id\":1}\n";

            GcmJsonException error = catchThrowableOfType(GcmJsonException.class,
                    () -> JSON.readLines(utf8(text), Person.class).toList());

            assertThat(error.line()).isEqualTo(5);
            assertThat(JSON.readLines(utf8(PERSON + "\n" + blank + "\n" + PERSON + "\n" + blank), Person.class).count())
                    .isEqualTo(2);
        }

        @Test
        void handsEveryRecordAndEveryUnreadableLineToAHandlerAndReadsOn() {
            String text = PERSON + "\n{\"id\":\n\n" + PERSON + "\nnull\n" + "x".repeat(300) + "\n" + PERSON;
            GcmJson small = GcmJson.builder().maxDocumentLength(200).build();
            List<Long> records = new ArrayList<>();
            List<GcmJsonException> errors = new ArrayList<>();

            small.readLines(utf8(text), Person.class, new JsonLinesHandler<Person>() {
                @Override
                public void record(long line, Person person) {
                    records.add(line);
                }

                @Override
                public void unreadable(long line, GcmJsonException error) {
                    assertThat(error.line()).isEqualTo(line);
                    errors.add(error);
                }
            });

            assertThat(records).containsExactly(1L, 4L, 7L);
            assertThat(errors).extracting(GcmJsonException::line, GcmJsonException::problem).containsExactly(
                    tuple(2L, Problem.MALFORMED_JSON), tuple(5L, Problem.WRONG_TYPE), tuple(6L, Problem.LIMIT_EXCEEDED));
            assertThat(errors.get(2).column()).isEqualTo(-1);
            assertThat(errors.get(2).reason()).isEqualTo("the document is longer than 200 bytes, the limit"
                    + " maxDocumentLength; raise it with GcmJson.builder().maxDocumentLength(...)");
        }

        @Test
        void aHandlerGivenAsALambdaStopsAtTheFirstUnreadableLine() {
            List<Person> read = new ArrayList<>();

            GcmJsonException error = catchThrowableOfType(GcmJsonException.class, () -> JSON.readLines(
                    utf8(PERSON + "\n{\"id\":1}\n" + PERSON), Person.class, (line, person) -> read.add(person)));

            assertThat(error.line()).isEqualTo(2);
            assertThat(read).hasSize(1);
        }

        @Test
        void rejectsNullAsARecord() {
            GcmJsonException error = catchThrowableOfType(GcmJsonException.class,
                    () -> JSON.readLines(utf8(PERSON + "\nnull\n"), Person.class).toList());

            assertThat(error.problem()).isEqualTo(Problem.WRONG_TYPE);
            assertThat(error.line()).isEqualTo(2);
        }

        @Test
        void reportsAFailingStreamAsAnIoError() {
            InputStream broken = new InputStream() {
                @Override
                public int read() throws IOException {
                    throw new IOException("cable pulled");
                }
            };

            assertThatThrownBy(() -> JSON.readLines(broken, Person.class).count())
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("cable pulled");
        }
    }

    @Nested
    class DatasetElements {

        private Map<String, Object> elements(String json) {
            Map<String, Object> elements = new LinkedHashMap<>();
            JSON.readDatasetElements(utf8(json), elements::put);
            return elements;
        }

        private GcmJsonException streamingError(String json) {
            return catchThrowableOfType(GcmJsonException.class, () -> elements(json));
        }

        @Test
        void handsOverEachElementWithItsPointerInOrder() {
            Dataset dataset = SampleRecords.dataset();

            Map<String, Object> elements = elements(JSON.write(dataset));

            assertThat(elements.keySet()).containsExactly("/metadata", "/persons/0", "/events/0", "/publications/0");
            assertThat(elements.values()).containsExactly(dataset.metadata(), dataset.persons().get(0),
                    dataset.events().get(0), dataset.publications().get(0));
        }

        @Test
        void readsTenThousandElementsOneAtATime() {
            List<Person> persons = persons(10_000);
            Dataset dataset = Dataset.builder(SampleRecords.dataset().metadata()).persons(persons).build();
            List<Object> read = new ArrayList<>();
            List<String> pointers = new ArrayList<>();

            JSON.readDatasetElements(utf8(JSON.write(dataset)), (pointer, element) -> {
                pointers.add(pointer);
                read.add(element);
            });

            assertThat(read).hasSize(10_001).startsWith(dataset.metadata());
            assertThat(read.subList(1, read.size())).isEqualTo(persons);
            assertThat(pointers).endsWith("/persons/9999");
        }

        @Test
        void acceptsTheMetadataAfterTheLists() {
            String json = "{\"persons\":[" + PERSON + "],\"metadata\":{\"id\":\"m\",\"name\":{\"en\":\"M\"}}}";

            assertThat(elements(json).keySet()).containsExactly("/persons/0", "/metadata");
        }

        @Test
        void acceptsNullAndEmptyListsAsTheReaderDoes() {
            String json = "{\"metadata\":{\"id\":\"m\",\"name\":{\"en\":\"M\"}},\"events\":[],\"persons\":null}";

            assertThat(elements(json).values()).containsExactly(JSON.readDataset(json).metadata());
        }

        @Test
        void doesNotCloseTheInputStream() {
            Watched in = new Watched(JSON.write(SampleRecords.dataset()).getBytes(StandardCharsets.UTF_8));

            JSON.readDatasetElements(in, (pointer, element) -> { });

            assertThat(in.closed).isFalse();
        }

        @Test
        void readsAFile(@TempDir Path folder) throws IOException {
            Path file = folder.resolve("dataset.json");
            Files.writeString(file, JSON.write(SampleRecords.dataset()));
            List<String> pointers = new ArrayList<>();

            JSON.readDatasetElements(file, (pointer, element) -> pointers.add(pointer));

            assertThat(pointers).hasSize(4);
        }

        @Test
        void handsOverTheElementsBeforeAnError() {
            Event good = SampleRecords.idm2022();
            String bad = JSON.write(good).replace("\"startDate\":\"2022-02-28\"", "\"startDate\":\"2022-02-30\"");
            String json = "{\"metadata\":" + JSON.write(metadata()) + ",\"events\":[" + JSON.write(good) + ","
                    + JSON.write(good) + "," + bad + "]}";
            List<String> pointers = new ArrayList<>();

            GcmJsonException error = catchThrowableOfType(GcmJsonException.class,
                    () -> JSON.readDatasetElements(utf8(json), (pointer, element) -> pointers.add(pointer)));

            assertThat(pointers).containsExactly("/metadata", "/events/0", "/events/1");
            assertThat(error.problem()).isEqualTo(Problem.INVALID_VALUE);
            assertThat(error.jsonPointer()).isEqualTo("/events/2/startDate");
            assertThat(error.line()).isEqualTo(1);
            assertThat(error.column()).isGreaterThan(json.indexOf(bad));
        }

        @Test
        void letsTheHandlersExceptionThrough() {
            IllegalStateException stop = new IllegalStateException("enough");

            assertThatThrownBy(() -> JSON.readDatasetElements(utf8(JSON.write(SampleRecords.dataset())),
                    (pointer, element) -> {
                        throw stop;
                    })).isSameAs(stop);
        }

        private DatasetMetadata metadata() {
            return DatasetMetadata.builder("m", LocalizedText.of("en", "M")).dateModified(LocalDate.of(2026, 1, 1)).build();
        }

        @Test
        void namesTheNumberFoundWhereTextBelongs() {
            GcmJsonException error = streamingError("{\"metadata\":{\"id\":\"m\",\"name\":{\"en\":\"M\"}},"
                    + "\"persons\":[{\"id\":\"q\",\"name\":-7.5e1}]}");

            assertThat(error.problem()).isEqualTo(Problem.WRONG_TYPE);
            assertThat(error.jsonPointer()).isEqualTo("/persons/0/name");
            assertThat(error.reason()).isEqualTo("expected text, found the number -7.5e1");
        }

        /** Each broken dataset fails streaming with the same problem and at the same place as whole. */
        @ParameterizedTest
        @ValueSource(strings = {
            "",
            "[]",
            "{}",
            "{\"metadata\":null}",
            "{\"metadata\":{\"id\":\"m\",\"name\":{\"en\":\"M\"}},\"colour\":1}",
            "{\"metadata\":{\"id\":\"m\",\"name\":{\"en\":\"M\"}}} {}",
            "{\"metadata\":{\"id\":\"m\",\"name\":{\"en\":\"M\"}},\"persons\":{}}",
            "{\"metadata\":{\"id\":\"m\",\"name\":{\"en\":\"M\"}},\"persons\":[" + PERSON + ",null]}",
            "{\"metadata\":{\"id\":\"m\",\"name\":{\"en\":\"M\"}},\"persons\":[" + PERSON + ",{\"id\":\"q\"}]}",
            "{\"metadata\":{\"id\":\"m\",\"name\":{\"en\":\"M\"}},\"persons\":[" + PERSON + ",{\"id\":\"q\",\"name\":7}]}",
            "{\"metadata\":{\"id\":\"m\",\"name\":{\"en\":\"M\"}},\"persons\":[{\"id\":\"q\",\"name\":\"Q\",\"id\":\"r\"}]}",
            "{\"metadata\":{\"id\":\"m\",\"name\":{\"en\":\"M\"}},\"persons\":[{\"id\":\"q\",\"name\":\"Q\",\"x\":1}]}",
            "{\"metadata\":{\"id\":\"m\",\"name\":{\"en\":\"M\"}},\"persons\":[" + PERSON + ",{\"id\":\"q\",\"name\":\"Q\","
                + "\"positions\":[{\"jobTitle\":{\"en\":\"J\"},\"startDate\":\"2020-13\"}]}]}",
            "{\"metadata\":{\"id\":\"m\",\"name\":{\"en\":\"M\"}},\"persons\":[" + PERSON + ",{\"id\":\"q\",\"name\":\"Q\","
                + "\"positions\":[{\"affiliation\":{\"kind\":\"organisation\"}}]}]}",
            "{\"metadata\":{\"id\":\"m\",\"name\":{\"en\":\"M\"}},\"persons\":[" + PERSON + ",{\"id\":\"q\",\"name\":\"Q\"",
            "{\"metadata\":{\"id\":\"m\",\"name\":{\"en\":\"M\"}},\"metadata\":{\"id\":\"m\",\"name\":{\"en\":\"M\"}}}",
            "{\"metadata\":{\"id\":\"m\"}}",
            "{\"metadata\":{\"id\":\"m\",\"name\":null}}",
            "{\"metadata\":{\"id\":\"m\",\"name\":{\"en\":\"M\"}},\"persons\":[" + PERSON + ",{\"id\":\"q\",\"name\":null}]}",
            "{\"metadata\":{\"id\":\"m\",\"name\":{\"en\":\"M\"}},\"persons\":[{\"id\":\"q\",\"name\":\"Q\","
                + "\"positions\":[{\"jobTitle\":{\"en\":\"J\",\"en\":\"K\"}}]}]}",
            "{\"metadata\":{\"id\":\"m\",\"name\":{\"en\":\"M\"}},\"persons\":[{\"id\":\"q\",\"name\":\"Q\","
                + "\"positions\":[null]}]}",
        })
        void failsLikeTheWholeReader(String json) {
            GcmJsonException whole = catchThrowableOfType(GcmJsonException.class, () -> JSON.readDataset(json));
            GcmJsonException streaming = streamingError(json);

            assertThat(whole).as("the whole reader rejects %s", json).isNotNull();
            assertThat(streaming).as("the streaming reader rejects %s", json).isNotNull();
            assertThat(streaming.problem()).as(streaming.getMessage()).isEqualTo(whole.problem());
            assertThat(streaming.jsonPointer()).as(streaming.getMessage()).isEqualTo(whole.jsonPointer());
            assertThat(streaming.line()).isPositive();
        }

        /** Where the readers word the error themselves, rather than Jackson, they use the same words. */
        @ParameterizedTest
        @ValueSource(strings = {
            "",
            "  \n ",
            "\uFEFF",
            "{\"metadata\":{\"id\":\"m\",\"name\":{\"en\":\"M\"}}} {}",
            "{\"metadata\":{\"id\":\"m\",\"name\":{\"en\":\"M\"}}}\n[1]",
            "{\"metadata\":{\"id\":\"m\",\"name\":{\"en\":\"M\"}}} \"more\"",
            "{\"metadata\":{\"id\":\"m\",\"name\":{\"en\":\"M\"}}} -7.5e1",
            "{\"metadata\":{\"id\":\"m\",\"name\":{\"en\":\"M\"}}} \"cut off",
            "{\"metadata\":{\"id\":\"m\",\"name\":{\"en\":\"M\"}},\"persons\":[" + PERSON + ",null]}",
            "{\"metadata\":{\"id\":\"m\",\"name\":{\"en\":\"M\"}},\"persons\":[{\"id\":\"q\",\"name\":\"Q\","
                + "\"positions\":[null]}]}",
        })
        void wordsTheErrorLikeTheWholeReader(String json) {
            GcmJsonException whole = catchThrowableOfType(GcmJsonException.class, () -> JSON.readDataset(json));
            GcmJsonException streaming = streamingError(json);

            assertThat(streaming.getMessage()).isEqualTo(whole.getMessage()).doesNotContain("Jackson", "Token", "FEFF");
        }
    }
}
