package io.github.gcmdata.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The generated dataset of one size on disk, written once and reused: {@code dataset.json} and one
 * {@code .ndjson} file per kind of record, in {@code <folder>/<size>/}.
 */
final class DataFiles {

    /** Where the benchmarks keep their generated data, unless told otherwise. */
    static final Path DEFAULT_FOLDER = Path.of(System.getProperty("gcm.bench.data", "target/bench-data"));

    final Path dataset;
    final List<Path> lines;

    private DataFiles(Path dataset, List<Path> lines) {
        this.dataset = dataset;
        this.lines = lines;
    }

    /** Returns the files of the dataset of that size, generating them if they are missing. */
    static DataFiles of(int size, Path folder) {
        Path home = folder.resolve(String.valueOf(size));
        Path dataset = home.resolve("dataset.json");
        Path done = home.resolve("complete");
        SyntheticData data = SyntheticData.of(size);
        List<String> names = List.of("persons.ndjson", "memberships.ndjson", "events.ndjson", "publications.ndjson");
        List<Path> lines = names.stream().map(home::resolve).toList();
        if (Files.exists(done)) {
            return new DataFiles(dataset, lines);
        }
        try {
            long start = System.nanoTime();
            Files.createDirectories(home);
            Path partial = home.resolve("dataset.json.partial");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                data.writeDataset(out);
            }
            Files.move(partial, dataset, StandardCopyOption.REPLACE_EXISTING);
            List<Path> written = data.writeLines(home);
            if (!written.equals(lines)) {
                throw new IllegalStateException("unexpected files " + written);
            }
            Files.writeString(done, "generated with seed " + SyntheticData.SEED + "\n");
            System.out.printf("# generated %d records in %s (%.1f s)%n", size, home, (System.nanoTime() - start) / 1e9);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DataFiles(dataset, lines);
    }

    /** Returns the bytes of the dataset file. */
    long datasetBytes() {
        return size(dataset);
    }

    /** Returns the bytes of all the JSON lines files. */
    long lineBytes() {
        return lines.stream().mapToLong(DataFiles::size).sum();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
