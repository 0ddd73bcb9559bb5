package io.llmim.adapter.llm;

import io.llmim.application.port.out.CircuitBreakerState;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Stops calling a provider that keeps failing: after {@code failureThreshold} consecutive failed
 * calls it opens and refuses calls for {@code openDuration}; then it lets one trial call through
 * (half-open), which closes it again on success or reopens it on failure. Every change of state is
 * reported, so {@code llm_circuit_breaker_state} shows it.
 */
final class CircuitBreaker {

    private final int failureThreshold;
    private final long openNanos;
    private final LongSupplier nanoTime;
    private final Consumer<CircuitBreakerState> changed;
    private CircuitBreakerState state = CircuitBreakerState.CLOSED;
    private int consecutiveFailures;
    private long openedAt;
    private boolean trialInFlight;

    CircuitBreaker(int failureThreshold, Duration openDuration, LongSupplier nanoTime,
                   Consumer<CircuitBreakerState> changed) {
        this.failureThreshold = failureThreshold;
        this.openNanos = openDuration.toNanos();
        this.nanoTime = nanoTime;
        this.changed = changed;
        changed.accept(state);
    }

    /** Whether a call may go out now; a half-open breaker lets exactly one through. */
    synchronized boolean tryAcquire() {
        if (state == CircuitBreakerState.OPEN && nanoTime.getAsLong() - openedAt >= openNanos) {
            move(CircuitBreakerState.HALF_OPEN);
        }
        return switch (state) {
            case CLOSED -> true;
            case OPEN -> false;
            case HALF_OPEN -> {
                if (trialInFlight) {
                    yield false;
                }
                trialInFlight = true;
                yield true;
            }
        };
    }

    synchronized void succeeded() {
        consecutiveFailures = 0;
        trialInFlight = false;
        if (state != CircuitBreakerState.CLOSED) {
            move(CircuitBreakerState.CLOSED);
        }
    }

    synchronized void failed() {
        trialInFlight = false;
        consecutiveFailures++;
        if (state == CircuitBreakerState.HALF_OPEN
                || (state == CircuitBreakerState.CLOSED && consecutiveFailures >= failureThreshold)) {
            openedAt = nanoTime.getAsLong();
            move(CircuitBreakerState.OPEN);
        }
    }

    synchronized CircuitBreakerState state() {
        return state;
    }

    private void move(CircuitBreakerState next) {
        state = next;
        changed.accept(next);
    }
}
