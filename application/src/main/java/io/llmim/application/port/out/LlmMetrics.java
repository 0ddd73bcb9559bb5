package io.llmim.application.port.out;

/**
 * Measures calls to LLM providers (the {@code llm_*} families of docs/metrics.md). Called by the LLM
 * adapter ({@code adapters-llm}: after each call to a provider, and when its circuit breaker changes
 * state), never by the core: an
 * outbound port so that one adapter reaches another through the application ring only. The LLM
 * adapter does the accounting (tokens from the response's usage, dollars from its price table); this
 * port only records. Implementations must be cheap and thread-safe; what bootstrap hands out never
 * throws (the metrics adapter contains recording failures), so callers do not catch.
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
