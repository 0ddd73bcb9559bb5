package io.llmim.application.port.out;

import java.util.Optional;

/**
 * Where the configured language model stands, as the service sees it now: which model, and the
 * position of the circuit breaker in front of it. Read by the overview; implemented by the LLM
 * adapter, which owns the breaker. {@link LlmMetrics#circuitBreakerChanged} pushes the same changes
 * to the metrics; this port lets the core read them without going through the metrics.
 * Implementations must be cheap and thread-safe.
 */
public interface LanguageModelStatus {

    /** The configured model and its breaker; empty when no model is configured (provider {@code none}: rules answer). */
    Optional<ModelBreaker> current();

    /** A model by provider and name, and its breaker's position. */
    record ModelBreaker(String provider, String model, CircuitBreakerState breaker) {
    }

    /** The status with no model configured. */
    static LanguageModelStatus none() {
        return Optional::empty;
    }
}
