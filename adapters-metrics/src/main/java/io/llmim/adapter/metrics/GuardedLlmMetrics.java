package io.llmim.adapter.metrics;

import io.llmim.application.port.out.CircuitBreakerState;
import io.llmim.application.port.out.LlmErrorType;
import io.llmim.application.port.out.LlmMetrics;
import io.llmim.application.port.out.LlmOperation;

/** {@link LlmMetrics} with recording failures contained by the {@link RecordingGuard}. */
record GuardedLlmMetrics(LlmMetrics recorder, RecordingGuard guard) implements LlmMetrics {

    @Override
    public void requestCompleted(String provider, String model, LlmOperation operation, boolean success,
                                 long durationNanos) {
        guard.record(recorder, provider, model, operation, success, durationNanos, LlmMetrics::requestCompleted);
    }

    @Override
    public void tokensUsed(String provider, String model, long promptTokens, long completionTokens) {
        guard.record(recorder, provider, model, promptTokens, completionTokens, LlmMetrics::tokensUsed);
    }

    @Override
    public void costIncurred(String provider, String model, double dollars) {
        guard.record(recorder, provider, model, dollars, LlmMetrics::costIncurred);
    }

    @Override
    public void errorOccurred(String provider, String model, LlmErrorType type) {
        guard.record(recorder, provider, model, type, LlmMetrics::errorOccurred);
    }

    @Override
    public void rateLimitHit(String provider) {
        guard.record(recorder, provider, LlmMetrics::rateLimitHit);
    }

    @Override
    public void circuitBreakerChanged(String provider, String model, CircuitBreakerState state) {
        guard.record(recorder, provider, model, state, LlmMetrics::circuitBreakerChanged);
    }
}
