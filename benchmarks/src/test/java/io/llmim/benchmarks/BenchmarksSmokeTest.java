package io.llmim.benchmarks;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.Collection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the benchmarks run: one very short iteration of each, in this JVM. It measures nothing;
 * the numbers are in BENCHMARKS.md, from full runs of the benchmarks jar.
 */
class BenchmarksSmokeTest {

    @Test
    void every_benchmark_runs_one_short_iteration() throws Exception {
        Collection<RunResult> results = runOnce(
                "io.llmim.benchmarks.(MetricsRecordingBenchmark.created_|ScrapeBenchmark.scrape_text)", 1);

        assertThat(results).hasSize(5);
        assertThat(results).allSatisfy(result -> assertThat(result.getPrimaryResult().getScore()).isPositive());
    }

    @Test
    void the_store_write_benchmark_runs_one_short_iteration_on_two_threads() throws Exception {
        Collection<RunResult> results = runOnce("io.llmim.benchmarks.IncidentWriteBenchmark", 2);

        assertThat(results).singleElement()
                .satisfies(result -> assertThat(result.getPrimaryResult().getScore()).isPositive());
    }

    private static Collection<RunResult> runOnce(String include, int threads) throws Exception {
        return new Runner(new OptionsBuilder()
                .include(include)
                .forks(0)
                .threads(threads)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(100))
                .shouldFailOnError(true)
                .build()).run();
    }
}
