package io.llmim.benchmarks;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The same meter updates the adapter performs, done straight on meters registered up front in a
 * registry of their own: the floor the adapter is measured against.
 */
final class RawMeters {

    final Counter created;
    final AtomicLong active = new AtomicLong();
    final Counter deduplicated;
    final Counter transitions;
    final Timer acknowledgment;
    final Counter resolved;
    final Timer resolution;
    final AtomicLong inFlight = new AtomicLong();
    final Counter httpRequests;
    final Timer httpDuration;
    final DistributionSummary requestSize;
    final DistributionSummary responseSize;
    final Counter llmRequests;
    final Timer llmDuration;
    final Counter promptTokens;
    final Counter completionTokens;
    final Counter totalTokens;
    final Counter cost;
    final AtomicLong jobsActive = new AtomicLong();
    final Counter jobs;
    final Timer jobDuration;

    RawMeters(MeterRegistry registry) {
        String[] incident = {"severity", "P1", "source", "llm-sentinel", "category", "performance"};
        created = Counter.builder("incidents").tags(incident).register(registry);
        Gauge.builder("incidents.active", active, AtomicLong::get).tags(incident).register(registry);
        deduplicated = Counter.builder("incidents.deduplicated").tag("source", "llm-sentinel").register(registry);
        transitions = Counter.builder("incident.state.transitions").tags("from_state", "NEW", "to_state",
                "ACKNOWLEDGED").register(registry);
        acknowledgment = Timer.builder("incident.acknowledgment.duration").tag("severity", "P1")
                .serviceLevelObjectives(slos(60, 300, 900, 1800, 3600, 14400, 43200, 86400)).register(registry);
        resolved = Counter.builder("incidents.resolved").tags(incident).register(registry);
        resolution = Timer.builder("incident.resolution.duration").tags("severity", "P1", "source", "llm-sentinel")
                .serviceLevelObjectives(slos(60, 300, 900, 1800, 3600, 14400, 43200, 86400)).register(registry);
        String[] route = {"method", "GET", "path", "/v1/incidents/:id"};
        Gauge.builder("http.requests.in.flight", inFlight, AtomicLong::get).tags(route).register(registry);
        httpRequests = Counter.builder("http.requests").tags(route).tag("status", "200").register(registry);
        httpDuration = Timer.builder("http.request.duration").tags(route).tag("status", "200")
                .serviceLevelObjectives(slos(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)).register(registry);
        requestSize = DistributionSummary.builder("http.request.size.bytes").tags(route)
                .serviceLevelObjectives(100, 1024, 10240, 102400, 1048576, 10485760).register(registry);
        responseSize = DistributionSummary.builder("http.response.size.bytes").tags(route)
                .serviceLevelObjectives(100, 1024, 10240, 102400, 1048576, 10485760).register(registry);
        String[] model = {"provider", "openai", "model", "gpt-4"};
        llmRequests = Counter.builder("llm.requests").tags(model).tags("operation", "classification", "status",
                "success").register(registry);
        llmDuration = Timer.builder("llm.request.duration").tags(model).tag("operation", "classification")
                .serviceLevelObjectives(slos(0.1, 0.25, 0.5, 1, 2, 5, 10, 30)).register(registry);
        promptTokens = Counter.builder("llm.tokens").tags(model).tag("token_type", "prompt").register(registry);
        completionTokens = Counter.builder("llm.tokens").tags(model).tag("token_type", "completion").register(registry);
        totalTokens = Counter.builder("llm.tokens").tags(model).tag("token_type", "total").register(registry);
        cost = Counter.builder("llm.cost.dollars").tags(model).register(registry);
        Gauge.builder("jobs.active", jobsActive, AtomicLong::get).tag("job_type", "enrichment").register(registry);
        jobs = Counter.builder("jobs").tags("job_type", "enrichment", "status", "success").register(registry);
        jobDuration = Timer.builder("jobs.duration").tag("job_type", "enrichment")
                .serviceLevelObjectives(slos(0.1, 0.5, 1, 5, 10, 30, 60)).register(registry);
    }

    private static Duration[] slos(double... seconds) {
        Duration[] durations = new Duration[seconds.length];
        for (int i = 0; i < seconds.length; i++) {
            durations[i] = Duration.ofNanos(Math.round(seconds[i] * 1e9));
        }
        return durations;
    }
}
