package io.github.gcmdata.bench;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports the CPU time the benchmark's JVM spent per operation, in
 * milliseconds ({@code cpu.time.norm}): the benchmark thread's, the garbage collector's and the
 * compiler's together.
 *
 * <p>On a machine shared with other work, the wall-clock time per operation grows with the load
 * (a process waiting for a core is not computing); the CPU time it needs grows far less. Ratios of
 * CPU times are therefore what compares two contenders measured at different moments of a
 * shared machine; the wall-clock ratio stays beside it.
 *
 * <pre>
 * java -jar target/benchmarks.jar SideBySideBenchmark -prof gc -prof io.github.gcmdata.bench.CpuTimeProfiler
 * </pre>
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private long startNanos;

    /** Used by JMH. */
    public CpuTimeProfiler() {
    }

    @Override
    public String getDescription() {
        return "CPU time of the benchmark's JVM per operation (all its threads, GC and JIT included)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        startNanos = processCpuNanos();
    }

    @Override
    public Collection<? extends Result<?>> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
            IterationResult result) {
        long cpu = processCpuNanos() - startNanos;
        long ops = result.getMetadata().getMeasuredOps();
        if (ops <= 0) {
            return List.of();
        }
        return List.of(new ScalarResult("cpu.time.norm", cpu / 1e6 / ops, "ms/op", AggregationPolicy.AVG));
    }

    /** The CPU time of this process so far (on Linux from /proc, in clock ticks of 10 ms). */
    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos)
                .orElseThrow(() -> new IllegalStateException("this system does not tell the CPU time of a process"));
    }
}
