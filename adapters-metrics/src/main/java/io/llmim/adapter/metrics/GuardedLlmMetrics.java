package io.llmim.adapter.metrics;

import io.llmim.application.port.out.CircuitBreakerState;
import io.llmim.application.port.out.LlmErrorType;
import io.llmim.application.port.out.LlmMetrics;
import io.llmim.application.port.out.LlmOperation;

/** {@link LlmMetrics} with recording failures contained by the {@link RecordingGuard}. */
final class GuardedLlmMetrics extends GuardedPort<LlmMetrics> implements LlmMetrics {

    GuardedLlmMetrics(LlmMetrics recorder, RecordingGuard guard) {
        super(recorder, guard);
    }

    @Override
    public void requestCompleted(String provider, String model, LlmOperation operation, boolean success,
                                 long durationNanos) {
        if (guard.allows()) {
            try {
                recorder.requestCompleted(provider, model, operation, success, durationNanos);
                guard.succeeded();
            } catch (RuntimeException e) {
                guard.failed(e);
            }
        }
    }

    @Override
    public void tokensUsed(String provider, String model, long promptTokens, long completionTokens) {
        if (guard.allows()) {
            try {
                recorder.tokensUsed(provider, model, promptTokens, completionTokens);
                guard.succeeded();
            } catch (RuntimeException e) {
                guard.failed(e);
            }
        }
    }

    @Override
    public void costIncurred(String provider, String model, double dollars) {
        if (guard.allows()) {
            try {
                recorder.costIncurred(provider, model, dollars);
                guard.succeeded();
            } catch (RuntimeException e) {
                guard.failed(e);
            }
        }
    }

    @Override
    public void errorOccurred(String provider, String model, LlmErrorType type) {
        if (guard.allows()) {
            try {
                recorder.errorOccurred(provider, model, type);
                guard.succeeded();
            } catch (RuntimeException e) {
                guard.failed(e);
            }
        }
    }

    @Override
    public void rateLimitHit(String provider) {
        if (guard.allows()) {
            try {
                recorder.rateLimitHit(provider);
                guard.succeeded();
            } catch (RuntimeException e) {
                guard.failed(e);
            }
        }
    }

    @Override
    public void circuitBreakerChanged(String provider, String model, CircuitBreakerState state) {
        if (guard.allows()) {
            try {
                recorder.circuitBreakerChanged(provider, model, state);
                guard.succeeded();
            } catch (RuntimeException e) {
                guard.failed(e);
            }
        }
    }
}
