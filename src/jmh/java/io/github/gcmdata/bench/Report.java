package io.github.gcmdata.bench;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns JMH's JSON results into the Markdown tables of BENCHMARKS.md: time per operation, records
 * and megabytes (10^6 bytes) per second, and each library figure as a ratio to its baseline's
 * (plain Jackson 3, bare Hibernate Validator).
 *
 * <p>Rates and ratios use the median of the measured iterations, which a burst of load on a
 * shared machine moves less than the mean; the mean and its error are shown beside it. Where the
 * run had {@link CpuTimeProfiler}, the CPU time per operation and its ratio are shown too: on a
 * shared machine, the fairer comparison of contenders measured one after the other.
 *
 * <pre>
 * java -cp target/benchmarks.jar io.github.gcmdata.bench.Report target/jmh-results.json [more.json ...]
 * </pre>
 */
public final class Report {

    /** Each contender and the baseline its ratio is taken against; the target of the ratio, if any. */
    private static final String[][] ROWS = {
        {"readGcmJson", "readPlainJackson", "≤ 1.5"},
        {"readPlainJackson", "readPlainJackson", ""},
        {"readTokenScan", "readPlainJackson", "(ceiling)"},
        {"readStringGcmJson", "readStringPlainJackson", ""},
        {"readStringPlainJackson", "readPlainJackson", ""},
        {"readElementsGcmJson", "readPlainJackson", ""},
        {"readLinesGcmJson", "readLinesPlainJackson", ""},
        {"readLinesPlainJackson", "readPlainJackson", ""},
        {"writeGcmJson", "writePlainJackson", "≤ 1.25"},
        {"writePlainJackson", "writePlainJackson", ""},
        {"writeStringGcmJson", "writeStringPlainJackson", ""},
        {"writeStringPlainJackson", "writePlainJackson", ""},
        {"validateGcm", "validateBare", "< 1"},
        {"validateBare", "validateBare", ""},
        {"readValidateGcm", "readValidateBaseline", "< 1"},
        {"readValidateBaseline", "readValidateBaseline", ""},
    };

    private Report() {
    }

    /**
     * Prints the tables.
     *
     * @param args  JMH result files in JSON ({@code -rf json})
     * @throws Exception if a file cannot be read
     */
    public static void main(String[] args) throws Exception {
        JsonMapper mapper = JsonMapper.builder().build();
        // size -> benchmark -> [median ms, mean ms, error of the mean in ms, allocated bytes per op or -1,
        // median CPU ms per op or -1]
        Map<Integer, Map<String, double[]>> results = new TreeMap<>();
        Map<Integer, String> modes = new HashMap<>();
        for (String file : args) {
            for (JsonNode result : mapper.readTree(Path.of(file))) {
                String name = result.get("benchmark").asString();
                String method = name.substring(name.lastIndexOf('.') + 1);
                int size = result.get("params").get("records").asInt();
                JsonNode primary = result.get("primaryMetric");
                double scale = toMillis(primary.get("scoreUnit").asString());
                JsonNode alloc = result.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
                JsonNode cpu = result.path("secondaryMetrics").path("cpu.time.norm");
                List<Double> iterations = new ArrayList<>();
                for (JsonNode fork : primary.get("rawData")) {
                    for (JsonNode iteration : fork) {
                        iterations.add(iteration.asDouble() * scale);
                    }
                }
                double median = median(iterations);
                results.computeIfAbsent(size, s -> new HashMap<>()).put(method, new double[] {
                    median,
                    primary.get("score").asDouble() * scale,
                    primary.get("scoreError").isNumber() ? primary.get("scoreError").asDouble() * scale : Double.NaN,
                    alloc.isMissingNode() ? -1 : alloc.asDouble(),
                    cpu.isMissingNode() ? -1 : median(cpu.get("rawData"))});
                modes.put(size, result.get("mode").asString() + ", " + result.get("forks").asInt() + " fork(s), "
                        + result.get("warmupIterations").asInt() + " warm-up × " + result.get("warmupTime").asString()
                        + ", " + result.get("measurementIterations").asInt() + " measured × "
                        + result.get("measurementTime").asString());
            }
        }
        for (Map.Entry<Integer, Map<String, double[]>> size : results.entrySet()) {
            long[] bytes = bytes(size.getKey());
            System.out.printf(Locale.ROOT, "%n#### %,d records (dataset %.1f MB, JSON lines %.1f MB; %s)%n%n",
                    size.getKey(), bytes[0] / 1e6, bytes[1] / 1e6, modes.get(size.getKey()));
            boolean alloc = size.getValue().values().stream().anyMatch(v -> v[3] >= 0);
            boolean cpu = size.getValue().values().stream().anyMatch(v -> v[4] >= 0);
            System.out.println("| benchmark | median ms/op | mean ms/op (± 99.9 %) | records/s | MB/s | ratio"
                    + " | baseline | target |" + (alloc ? " alloc MB/op |" : "") + (cpu ? " CPU ms/op | CPU ratio |" : ""));
            System.out.println("|---|---:|---:|---:|---:|---:|---|---|" + (alloc ? "---:|" : "") + (cpu ? "---:|---:|" : ""));
            for (String[] row : ROWS) {
                double[] score = size.getValue().get(row[0]);
                if (score == null) {
                    continue;
                }
                double[] baseline = size.getValue().get(row[1]);
                long input = row[0].contains("Lines") ? bytes[1] : bytes[0];
                double seconds = score[0] / 1000;
                String ratio = baseline == null || row[0].equals(row[1]) ? "1" : String.format(Locale.ROOT, "%.2f",
                        score[0] / baseline[0]);
                String error = Double.isNaN(score[2]) ? "" : String.format(Locale.ROOT, " ± %.1f", score[2]);
                String allocated = !alloc ? "" : score[3] < 0 ? " |"
                        : String.format(Locale.ROOT, " %.1f |", score[3] / 1e6);
                String cpuTime = !cpu ? "" : score[4] < 0 || baseline == null || baseline[4] < 0 ? " | |"
                        : String.format(Locale.ROOT, " %.1f | %.2f |", score[4], score[4] / baseline[4]);
                System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f%s | %,.0f | %.1f | %s | %s | %s |%s%s%n", row[0],
                        score[0], score[1], error, size.getKey() / seconds, input / seconds / 1e6, ratio, row[1], row[2],
                        allocated, cpuTime);
            }
        }
    }

    /** The median of JMH's raw data of a metric: a list of forks, each a list of iterations. */
    private static double median(JsonNode rawData) {
        List<Double> iterations = new ArrayList<>();
        for (JsonNode fork : rawData) {
            for (JsonNode iteration : fork) {
                iterations.add(iteration.asDouble());
            }
        }
        return median(iterations);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double toMillis(String unit) {
        switch (unit) {
            case "s/op":
                return 1000;
            case "ms/op":
                return 1;
            case "us/op":
                return 0.001;
            default:
                throw new IllegalArgumentException("unexpected unit " + unit);
        }
    }

    /** The bytes of the dataset and of its JSON lines, generated again without being kept. */
    private static long[] bytes(int size) {
        SyntheticData data = SyntheticData.of(size);
        Counting dataset = new Counting();
        data.writeDataset(dataset);
        Counting lines = new Counting();
        List<java.util.stream.Stream<?>> kinds = new ArrayList<>(List.of(data.persons(), data.memberships(),
                data.events(), data.publications()));
        for (java.util.stream.Stream<?> kind : kinds) {
            io.github.gcmdata.json.GcmJson.standard().writeLines(kind, lines);
        }
        return new long[] {dataset.count, lines.count};
    }

    /** An output stream that counts and forgets. */
    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

}
