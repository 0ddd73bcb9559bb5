package io.llmim.benchmarks;

import io.llmim.adapter.metrics.MetricsSettings;
import io.llmim.adapter.metrics.PrometheusMetrics;
import io.llmim.application.port.out.HttpMetrics;
import io.llmim.application.port.out.JobMetrics;
import io.llmim.application.port.in.JobType;
import io.llmim.application.port.out.LlmMetrics;
import io.llmim.application.port.out.LlmOperation;
import io.llmim.domain.Category;
import io.llmim.domain.IncidentState;
import io.llmim.domain.MetricsPort;
import io.llmim.domain.Severity;
import io.micrometer.core.instrument.Tags;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
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
 * The cost of recording each notification and request through the real adapter ({@code adapter_*}),
 * next to the same meter updates done directly on pre-registered meters ({@code raw_*}), the no-op
 * port ({@code noop_*}), and the naive way: a registry lookup by tags on every call
 * ({@code naive_*}); for the two histogram observations also prometheus client_java's classic histogram
 * ({@code *_clientjava}, issue 18's floor). The adapter's ports are taken from {@link PrometheusMetrics} exactly as bootstrap
 * takes them, so each call goes through the guarded decorator that contains recording failures and
 * then the Micrometer recorder. Run with {@code -t 1} and {@code -t 2}, and {@code -prof gc} for B/op.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MetricsRecordingBenchmark {

    private static final Duration SEVEN_MINUTES = Duration.ofMinutes(7);
    private static final Duration TWO_HOURS = Duration.ofHours(2);

    private PrometheusMetrics adapter;
    private MetricsPort incidents;
    private HttpMetrics http;
    private LlmMetrics llm;
    private JobMetrics jobs;
    private MetricsPort noop;
    private PrometheusMeterRegistry rawRegistry;
    private RawMeters raw;
    private ClientJavaHistograms clientJava;

    @Setup
    public void setUp() {
        // The ports as IncidentManager hands them out: guarded decorator, then recorder.
        adapter = PrometheusMetrics.create(MetricsSettings.defaults());
        incidents = adapter.incidents();
        http = adapter.http();
        llm = adapter.llm();
        jobs = adapter.jobs();
        noop = MetricsPort.noOp();
        rawRegistry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        raw = new RawMeters(rawRegistry);
        clientJava = new ClientJavaHistograms(new PrometheusRegistry());
    }

    @TearDown
    public void tearDown() {
        adapter.close();
        rawRegistry.close();
    }

    // --- incident created: incidents_total +1, incidents_active +1 -----------------------------------
    @Benchmark
    public void created_adapter() {
        incidents.incidentCreated(Severity.P1, "llm-sentinel", Category.PERFORMANCE);
    }

    @Benchmark
    public void created_raw() {
        raw.created.increment();
        raw.active.incrementAndGet();
    }

    @Benchmark
    public void created_noop() {
        noop.incidentCreated(Severity.P1, "llm-sentinel", Category.PERFORMANCE);
    }

    @Benchmark
    public void created_naive() {
        Tags tags = Tags.of("severity", "P1", "source", "llm-sentinel", "category", "performance");
        rawRegistry.counter("incidents", tags).increment();
        rawRegistry.gauge("incidents.active", tags, raw.active).incrementAndGet();
    }

    // --- deduplicated: incidents_deduplicated_total +1 -----------------------------------------------
    @Benchmark
    public void deduplicated_adapter() {
        incidents.incidentDeduplicated("llm-sentinel");
    }

    @Benchmark
    public void deduplicated_raw() {
        raw.deduplicated.increment();
    }

    @Benchmark
    public void deduplicated_noop() {
        noop.incidentDeduplicated("llm-sentinel");
    }

    // --- transition: incident_state_transitions_total +1 ----------------------------------------------
    @Benchmark
    public void transition_adapter() {
        incidents.stateTransitioned(IncidentState.NEW, IncidentState.ACKNOWLEDGED);
    }

    @Benchmark
    public void transition_raw() {
        raw.transitions.increment();
    }

    @Benchmark
    public void transition_noop() {
        noop.stateTransitioned(IncidentState.NEW, IncidentState.ACKNOWLEDGED);
    }

    // --- acknowledged: one histogram observation ------------------------------------------------------
    @Benchmark
    public void acknowledged_adapter() {
        incidents.incidentAcknowledged(Severity.P1, SEVEN_MINUTES);
    }

    @Benchmark
    public void acknowledged_raw() {
        raw.acknowledgment.record(SEVEN_MINUTES.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** The same observation on client_java's classic histogram: issue 18's floor. */
    @Benchmark
    public void acknowledged_clientjava() {
        clientJava.acknowledgment.observe(SEVEN_MINUTES.toNanos() / 1e9);
    }

    @Benchmark
    public void acknowledged_noop() {
        noop.incidentAcknowledged(Severity.P1, SEVEN_MINUTES);
    }

    // --- resolved: incidents_resolved_total +1, incidents_active -1, one histogram observation --------
    @Benchmark
    public void resolved_adapter() {
        incidents.incidentResolved(Severity.P1, "llm-sentinel", Category.PERFORMANCE, TWO_HOURS);
    }

    @Benchmark
    public void resolved_raw() {
        raw.resolved.increment();
        raw.active.decrementAndGet();
        raw.resolution.record(TWO_HOURS.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** The raw counter and gauge updates, with the observation on client_java's classic histogram. */
    @Benchmark
    public void resolved_clientjava() {
        raw.resolved.increment();
        raw.active.decrementAndGet();
        clientJava.resolution.observe(TWO_HOURS.toNanos() / 1e9);
    }

    @Benchmark
    public void resolved_noop() {
        noop.incidentResolved(Severity.P1, "llm-sentinel", Category.PERFORMANCE, TWO_HOURS);
    }

    // --- one HTTP request: in flight +1/-1, counter, latency and two size histograms -------------------
    @Benchmark
    public void httpRequest_adapter() {
        http.requestStarted("GET", "/v1/incidents/:id");
        http.requestCompleted("GET", "/v1/incidents/:id", 200, 1_500_000, 0, 812);
    }

    @Benchmark
    public void httpRequest_raw() {
        raw.inFlight.incrementAndGet();
        raw.inFlight.decrementAndGet();
        raw.httpRequests.increment();
        raw.httpDuration.record(1_500_000, TimeUnit.NANOSECONDS);
        raw.requestSize.record(0);
        raw.responseSize.record(812);
    }

    // --- one LLM call: counter, latency, three token counters, cost -----------------------------------
    @Benchmark
    public void llmCall_adapter() {
        llm.requestCompleted("openai", "gpt-4", LlmOperation.CLASSIFICATION, true, 800_000_000);
        llm.tokensUsed("openai", "gpt-4", 1000, 200);
        llm.costIncurred("openai", "gpt-4", 0.042);
    }

    @Benchmark
    public void llmCall_raw() {
        raw.llmRequests.increment();
        raw.llmDuration.record(800_000_000, TimeUnit.NANOSECONDS);
        raw.promptTokens.increment(1000);
        raw.completionTokens.increment(200);
        raw.totalTokens.increment(1200);
        raw.cost.increment(0.042);
    }

    // --- one job: active +1/-1, counter, duration ------------------------------------------------------
    @Benchmark
    public void job_adapter() {
        jobs.jobStarted(JobType.ENRICHMENT);
        jobs.jobSucceeded(JobType.ENRICHMENT, 400_000_000);
    }

    @Benchmark
    public void job_raw() {
        raw.jobsActive.incrementAndGet();
        raw.jobsActive.decrementAndGet();
        raw.jobs.increment();
        raw.jobDuration.record(400_000_000, TimeUnit.NANOSECONDS);
    }
}
