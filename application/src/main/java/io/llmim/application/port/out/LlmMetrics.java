package io.llmim.application.port.out;

/**
 * Measures calls to LLM providers (spec 2.3). The LLM adapter does the accounting (tokens from the
 * response's usage, dollars from its price table); this port only records. Implementations must be
 * cheap, thread-safe and must not throw.
 *
 * <p>Called by the LLM adapter (its provider clients), never by the application; it is an outbound
 * port only because adapters-metrics implements it and adapters may not know each other.
 */
public interface LlmMetrics {

    /** One call finished, successfully or not (a call refused by an open breaker counts as an error). */
    void requestCompleted(String provider, String model, LlmOperation operation, boolean success,
                          long durationNanos);

    /** Tokens one call consumed; total is their sum. */
    void tokensUsed(String provider, String model, long promptTokens, long completionTokens);

    /** Estimated dollars one call cost. */
    void costIncurred(String provider, String model, double dollars);

    void errorOccurred(String provider, String model, LlmErrorType type);

    /** The provider answered 429 (or an equivalent overload signal). */
    void rateLimitHit(String provider);

    void circuitBreakerChanged(String provider, String model, CircuitBreakerState state);

    static LlmMetrics noOp() {
        return NoOpMetrics.INSTANCE;
    }
}
