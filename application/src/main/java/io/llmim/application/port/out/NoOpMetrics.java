package io.llmim.application.port.out;

import io.llmim.application.port.in.JobErrorType;
import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.in.JobType;
import io.llmim.domain.Category;
import io.llmim.domain.Severity;

/**
 * Every outbound metrics port measuring nothing: what the metrics adapter hands out for a family
 * switched off ({@code [metrics] enabled = false} or the family's own {@code enabled}), and what
 * callers that do not measure are given. The only no-op of these ports; the domain's
 * {@code MetricsPort} has its own in the domain.
 */
enum NoOpMetrics implements HttpMetrics, LlmMetrics, JobMetrics, DatabaseMetrics, CacheMetrics, ActiveIncidentGauge,
        StreamMetrics, GrpcMetrics {
    INSTANCE;

    @Override
    public void serviceRegistered(String service) {
    }

    @Override
    public void callStarted(String service) {
    }

    @Override
    public void callEnded(String service) {
    }

    @Override
    public void clientConnected() {
    }

    @Override
    public void clientDisconnected() {
    }

    @Override
    public void eventsSent(long count) {
    }

    @Override
    public void clientDroppedTooSlow() {
    }

    @Override
    public void activeIncidentsCounted(Severity severity, String source, Category category, long count) {
    }

    @Override
    public void requestStarted(String method, String path) {
    }

    @Override
    public void requestCompleted(String method, String path, int status, long durationNanos,
                                 long requestBytes, long responseBytes) {
    }

    @Override
    public void requestCompleted(String provider, String model, LlmOperation operation, boolean success,
                                 long durationNanos) {
    }

    @Override
    public void tokensUsed(String provider, String model, long promptTokens, long completionTokens) {
    }

    @Override
    public void costIncurred(String provider, String model, double dollars) {
    }

    @Override
    public void errorOccurred(String provider, String model, LlmErrorType type) {
    }

    @Override
    public void rateLimitHit(String provider) {
    }

    @Override
    public void circuitBreakerChanged(String provider, String model, CircuitBreakerState state) {
    }

    @Override
    public void jobStarted(JobType type) {
    }

    @Override
    public void jobSucceeded(JobType type, long durationNanos) {
    }

    @Override
    public void jobFailed(JobType type, JobErrorType error, boolean willRetry, long durationNanos) {
    }

    @Override
    public void queueDepth(JobQueue queue, long waiting) {
    }

    @Override
    public void queueLag(JobQueue queue, double oldestWaitSeconds) {
    }

    @Override
    public void registerPool(String pool, PoolStatistics statistics) {
    }

    @Override
    public void queryCompleted(QueryOperation operation, long durationNanos) {
    }

    @Override
    public void registerCache(String cacheName, CacheStatistics statistics) {
    }
}
