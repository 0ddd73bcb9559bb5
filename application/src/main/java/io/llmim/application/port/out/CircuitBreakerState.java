package io.llmim.application.port.out;

/** A circuit breaker's position; {@link #gaugeValue()} is what {@code llm_circuit_breaker_state} shows. */
public enum CircuitBreakerState {
    CLOSED(0), OPEN(1), HALF_OPEN(2);

    private final int gaugeValue;

    CircuitBreakerState(int gaugeValue) {
        this.gaugeValue = gaugeValue;
    }

    public int gaugeValue() {
        return gaugeValue;
    }
}
