package io.llmim.adapter.llm;

import io.llmim.application.port.out.CircuitBreakerState;
import io.llmim.application.port.out.LlmErrorType;
import io.llmim.application.port.out.LlmMetrics;
import io.llmim.application.port.out.LlmOperation;

import java.util.ArrayList;
import java.util.List;

/** Adds up what the adapter recorded. */
final class RecordingLlmMetrics implements LlmMetrics {

    long successes;
    long failures;
    long promptTokens;
    long completionTokens;
    double dollars;
    long rateLimitHits;
    final List<LlmErrorType> errors = new ArrayList<>();
    final List<CircuitBreakerState> breakerStates = new ArrayList<>();
    final List<LlmOperation> operations = new ArrayList<>();

    @Override
    public synchronized void requestCompleted(String provider, String model, LlmOperation operation, boolean success,
                                              long durationNanos) {
        operations.add(operation);
        if (success) {
            successes++;
        } else {
            failures++;
        }
    }

    @Override
    public synchronized void tokensUsed(String provider, String model, long prompt, long completion) {
        promptTokens += prompt;
        completionTokens += completion;
    }

    @Override
    public synchronized void costIncurred(String provider, String model, double cost) {
        dollars += cost;
    }

    @Override
    public synchronized void errorOccurred(String provider, String model, LlmErrorType type) {
        errors.add(type);
    }

    @Override
    public synchronized void rateLimitHit(String provider) {
        rateLimitHits++;
    }

    @Override
    public synchronized void circuitBreakerChanged(String provider, String model, CircuitBreakerState state) {
        breakerStates.add(state);
    }
}
