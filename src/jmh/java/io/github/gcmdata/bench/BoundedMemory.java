package io.github.gcmdata.bench;

import io.github.gcmdata.json.GcmJson;
import io.github.gcmdata.validation.GcmValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Proves that the streaming readers and validators hold one record at a time: streams a generated
 * dataset of 10^6 records (about 1 GB of JSON, about 2.3 GB as records) through {@code
 * GcmJson.readLines} and {@code GcmJson.readDatasetElements}, then validates it with {@code
 * GcmValidator.validateLines} and {@code GcmValidator.validateStreaming}, and prints the peak heap
 * of each. Run it with a heap far
 * smaller than the dataset:
 *
 * <pre>
 * java -Xmx256m -cp target/benchmarks.jar io.github.gcmdata.bench.BoundedMemory 1000000
 * </pre>
 */
public final class BoundedMemory {

    private BoundedMemory() {
    }

    /**
     * Generates the files if missing, streams them, prints one line per reader.
     *
     * @param args  the number of records (default 1000000) and the data folder (default target/bench-data)
     */
    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path folder = args.length > 1 ? Path.of(args[1]) : DataFiles.DEFAULT_FOLDER;
        DataFiles files = DataFiles.of(size, folder);
        System.out.printf("max heap %d MB; dataset %d bytes, JSON lines %d bytes, %d records%n",
                Runtime.getRuntime().maxMemory() >> 20, files.datasetBytes(), files.lineBytes(), size);

        resetPeaks();
        long start = System.nanoTime();
        AtomicLong lines = new AtomicLong();
        for (int i = 0; i < files.lines.size(); i++) {
            try (Stream<?> records = GcmJson.standard().readLines(files.lines.get(i), Fixture.LINE_TYPES.get(i))) {
                records.forEach(record -> lines.incrementAndGet());
            }
        }
        report("readLines", lines.get(), files.lineBytes(), start);

        resetPeaks();
        start = System.nanoTime();
        AtomicLong elements = new AtomicLong();
        // Counted: the generated records, not the metadata and the few records they refer to.
        GcmJson.standard().readDatasetElements(files.dataset, (pointer, element) -> {
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
        resetPeaks();
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

        resetPeaks();
        start = System.nanoTime();
        violations += validator.validateStreaming(files.dataset).violations().size();
        report("validateStreaming", size, files.datasetBytes(), start);
        if (violations != 0) {
            throw new IllegalStateException("expected no violations, found " + violations);
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static void report(String reader, long records, long bytes, long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("%-20s %,d records in %.1f s: %,.0f records/s, %.1f MB/s, peak heap %d MB%n",
                reader, records, seconds, records / seconds, bytes / seconds / 1e6, peak >> 20);
    }
}
