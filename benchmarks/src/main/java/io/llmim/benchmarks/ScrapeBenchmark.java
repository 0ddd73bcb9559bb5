package io.llmim.benchmarks;

import io.llmim.adapter.metrics.MetricsSettings;
import io.llmim.adapter.metrics.PrometheusMetrics;
import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.in.JobType;
import io.llmim.application.port.out.LlmErrorType;
import io.llmim.application.port.out.LlmOperation;
import io.llmim.domain.Category;
import io.llmim.domain.IncidentState;
import io.llmim.domain.Severity;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Rendering {@code /metrics} for the whole taxonomy at a realistic cardinality: every severity x
 * 4 sources x every category, 20 routes, 5 models, 5 job types; Prometheus text and OpenMetrics.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScrapeBenchmark {

    private static final String TEXT = "text/plain; version=0.0.4";
    private static final String OPENMETRICS = "application/openmetrics-text; version=1.0.0";

    private PrometheusMetrics metrics;

    @Setup
    public void setUp() {
        metrics = PrometheusMetrics.create(MetricsSettings.defaults());
        String[] sources = {"llm-sentinel", "llm-shield", "llm-edge-agent", "llm-governance-core"};
        for (String source : sources) {
            for (Severity severity : Severity.values()) {
                for (Category category : Category.values()) {
                    metrics.incidents().incidentCreated(severity, source, category);
                    metrics.incidents().incidentResolved(severity, source, category, Duration.ofMinutes(30));
                }
            }
            metrics.incidents().incidentDeduplicated(source);
        }
        for (Severity severity : Severity.values()) {
            metrics.incidents().incidentAcknowledged(severity, Duration.ofMinutes(5));
        }
        metrics.incidents().stateTransitioned(IncidentState.NEW, IncidentState.ACKNOWLEDGED);
        for (int route = 0; route < 20; route++) {
            String path = "/v1/route-" + route + "/:id";
            for (int status : new int[] {200, 201, 400, 404}) {
                metrics.http().requestStarted("GET", path);
                metrics.http().requestCompleted("GET", path, status, 2_000_000, 100, 900);
            }
        }
        for (int model = 0; model < 5; model++) {
            for (LlmOperation operation : LlmOperation.values()) {
                metrics.llm().requestCompleted("openai", "model-" + model, operation, true, 700_000_000);
            }
            metrics.llm().tokensUsed("openai", "model-" + model, 1000, 100);
            metrics.llm().costIncurred("openai", "model-" + model, 0.036);
            metrics.llm().errorOccurred("openai", "model-" + model, LlmErrorType.TIMEOUT);
        }
        for (JobType type : JobType.values()) {
            metrics.jobs().jobStarted(type);
            metrics.jobs().jobSucceeded(type, 300_000_000);
        }
        for (JobQueue queue : JobQueue.values()) {
            metrics.jobs().queueDepth(queue, 3);
            metrics.jobs().queueLag(queue, 1.5);
        }
    }

    @TearDown
    public void tearDown() {
        metrics.close();
    }

    @Benchmark
    public String scrape_text() {
        return metrics.scrape(TEXT);
    }

    @Benchmark
    public String scrape_openMetrics() {
        return metrics.scrape(OPENMETRICS);
    }
}
