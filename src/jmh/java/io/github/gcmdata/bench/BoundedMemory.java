package io.github.gcmdata.bench;

import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.validation.GcmValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Proves that the streaming readers and validators hold one record at a time: streams a generated
 * dataset of 10^6 records (about 1 GB of JSON, about 2.3 GB as records) through {@code
 * GcmJson.readLines} and {@code GcmJson.readDatasetElements}, then validates it with {@code
 * GcmValidator.validateLines} and {@code GcmValidator.validateStreaming}, and prints the rate of
 * each. Run it with a heap far smaller than the dataset, and with the garbage collector's log, from
 * which it prints the heap each phase held after each collection (live data, plus old garbage not
 * collected yet): the largest, and the median.
 *
 * <pre>
 * java -Xmx256m -Xlog:gc:file=target/gc.log -cp target/benchmarks.jar io.github.gcmdata.bench.BoundedMemory 1000000 target/bench-data target/gc.log
 * </pre>
 *
 * <p>The heap after collection is the figure that means what it says: the peaks of the heap's
 * pools, summed, add maxima reached at different moments, and count garbage not collected yet.
 */
public final class BoundedMemory {

    private BoundedMemory() {
    }

    /**
     * Generates the files if missing, streams them, prints one line per reader.
     *
     * @param args  the number of records (default 1000000), the data folder (default target/bench-data)
     *     and the file given to {@code -Xlog:gc:file=}, if any
     */
    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path folder = args.length > 1 ? Path.of(args[1]) : DataFiles.DEFAULT_FOLDER;
        gcLog = args.length > 2 ? Path.of(args[2]) : null;
        DataFiles files = DataFiles.of(size, folder);
        System.out.printf("max heap %d MB; dataset %d bytes, JSON lines %d bytes, %d records%n",
                Runtime.getRuntime().maxMemory() >> 20, files.datasetBytes(), files.lineBytes(), size);

        startPhase();
        long start = System.nanoTime();
        AtomicLong lines = new AtomicLong();
        for (int i = 0; i < files.lines.size(); i++) {
            try (Stream<?> records = Fixture.GCM.readLines(files.lines.get(i), Fixture.LINE_TYPES.get(i))) {
                records.forEach(record -> lines.incrementAndGet());
            }
        }
        report("readLines", lines.get(), files.lineBytes(), start);

        startPhase();
        start = System.nanoTime();
        AtomicLong elements = new AtomicLong();
        // Counted: the generated records, not the metadata and the few records they refer to.
        Fixture.GCM.readDatasetElements(files.dataset, (pointer, element) -> {
            if (Fixture.LINE_TYPES.contains(element.getClass())) {
                elements.incrementAndGet();
            }
        });
        report("readDatasetElements", elements.get(), files.datasetBytes(), start);

        if (lines.get() != size || elements.get() != size) {
            throw new IllegalStateException("expected " + size + " records");
        }

        // Validated, not only read: constraints of every record, and for the dataset its integrity.
        GcmValidator validator = GcmValidator.create();
        startPhase();
        start = System.nanoTime();
        long violations = 0;
        for (int i = 0; i < files.lines.size(); i++) {
            try (InputStream in = Files.newInputStream(files.lines.get(i))) {
                violations += validator.validateLines(in, Fixture.LINE_TYPES.get(i)).violations().size();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        report("validateLines", size, files.lineBytes(), start);

        startPhase();
        start = System.nanoTime();
        violations += validator.validateStreaming(files.dataset).violations().size();
        report("validateStreaming", size, files.datasetBytes(), start);
        if (violations != 0) {
            throw new IllegalStateException("expected no violations, found " + violations);
        }
    }

    /** The garbage collector's log, or null. */
    private static Path gcLog;
    /** A collection in the log: its time since the JVM started, in seconds, and the heap after it, in MB. */
    private static final Pattern COLLECTION = Pattern.compile("^\\[(\\d+\\.\\d+)s\\].*?\\d+M->(\\d+)M\\(\\d+M\\)");

    private static void startPhase() {
        System.gc();
    }

    private static void report(String reader, long records, long bytes, long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        double end = ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
        System.out.printf("%-20s %,d records in %.1f s: %,.0f records/s, %.1f MB/s%s%n", reader, records, seconds,
                records / seconds, bytes / seconds / 1e6, heapAfterCollections(end - seconds, end));
    }

    /** The heap after the collections of the log between two moments, largest and median, in MB. */
    private static String heapAfterCollections(double from, double to) {
        if (gcLog == null) {
            return "";
        }
        List<Integer> after = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(gcLog)) {
                Matcher collection = COLLECTION.matcher(line);
                if (collection.find()) {
                    double at = Double.parseDouble(collection.group(1));
                    if (at >= from && at <= to) {
                        after.add(Integer.parseInt(collection.group(2)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (after.isEmpty()) {
            return ", no collection";
        }
        after.sort(null);
        return String.format(", heap after %d collections: at most %d MB, median %d MB", after.size(),
                after.get(after.size() - 1), after.get(after.size() / 2));
    }
}
