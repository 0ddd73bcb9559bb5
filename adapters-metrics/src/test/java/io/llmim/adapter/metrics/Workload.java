package io.llmim.adapter.metrics;

import io.llmim.application.port.out.CacheMetrics;
import io.llmim.application.port.out.CircuitBreakerState;
import io.llmim.application.port.out.DatabaseMetrics;
import io.llmim.application.port.in.JobErrorType;
import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.in.JobType;
import io.llmim.application.port.out.LlmErrorType;
import io.llmim.application.port.out.LlmOperation;
import io.llmim.application.port.out.QueryOperation;
import io.llmim.domain.Category;
import io.llmim.domain.IncidentState;
import io.llmim.domain.Severity;

import java.time.Duration;

/** Drives every family of the taxonomy through the adapter's ports, as the running service would. */
final class Workload {

    private Workload() {
    }

    static void driveEveryFamily(MetricsAdapter metrics) {
        var incidents = metrics.incidents();
        incidents.incidentCreated(Severity.P0, "llm-sentinel", Category.PERFORMANCE);
        incidents.incidentDeduplicated("llm-sentinel");
        incidents.stateTransitioned(IncidentState.NEW, IncidentState.ACKNOWLEDGED);
        incidents.incidentAcknowledged(Severity.P0, Duration.ofSeconds(90));
        incidents.stateTransitioned(IncidentState.ACKNOWLEDGED, IncidentState.RESOLVED);
        incidents.incidentResolved(Severity.P0, "llm-sentinel", Category.PERFORMANCE, Duration.ofMinutes(20));

        metrics.http().requestStarted("POST", "/v1/incidents");
        metrics.http().requestCompleted("POST", "/v1/incidents", 201, 3_000_000, 180, 900);
        metrics.http().requestStarted("GET", "/v1/incidents/:id");
        metrics.grpc().serviceRegistered("llmim.v1.IncidentService");
        metrics.grpc().callStarted("llmim.v1.IncidentService");

        metrics.llm().requestCompleted("openai", "gpt-4", LlmOperation.CLASSIFICATION, true, 800_000_000);
        metrics.llm().tokensUsed("openai", "gpt-4", 1000, 200);
        metrics.llm().costIncurred("openai", "gpt-4", 0.042);
        metrics.llm().errorOccurred("openai", "gpt-4", LlmErrorType.RATE_LIMIT);
        metrics.llm().rateLimitHit("openai");
        metrics.llm().circuitBreakerChanged("openai", "gpt-4", CircuitBreakerState.OPEN);

        metrics.jobs().jobStarted(JobType.ENRICHMENT);
        metrics.jobs().jobSucceeded(JobType.ENRICHMENT, 400_000_000);
        metrics.jobs().jobStarted(JobType.NOTIFICATION);
        metrics.jobs().jobFailed(JobType.NOTIFICATION, JobErrorType.DEPENDENCY_ERROR, true, 50_000_000);
        metrics.jobs().queueDepth(JobQueue.STANDARD, 3);
        metrics.jobs().queueLag(JobQueue.STANDARD, 12.5);

        metrics.database().registerPool("sqlite_main", new DatabaseMetrics.PoolStatistics() {
            @Override
            public int activeConnections() {
                return 2;
            }

            @Override
            public int idleConnections() {
                return 8;
            }
        });
        metrics.database().queryCompleted(QueryOperation.SELECT, 2_000_000);
        metrics.caches().registerCache("incidents", new CacheMetrics.CacheStatistics() {
            @Override
            public long hits() {
                return 7;
            }

            @Override
            public long misses() {
                return 3;
            }

            @Override
            public long estimatedSizeBytes() {
                return 4096;
            }
        });
    }
}
