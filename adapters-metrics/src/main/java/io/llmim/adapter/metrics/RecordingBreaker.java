package io.llmim.adapter.metrics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Graceful degradation (docs/metrics.md, "Conventions", Degradation): a failure while recording is
 * counted and logged at most once a minute; after {@code threshold} consecutive failures recording
 * is switched off for a cool-down, then tried again. The policy only: {@link RecordingGuard} applies
 * it around each port call. {@link #allows} and {@link #succeeded} are one volatile read each.
 */
class RecordingBreaker {

    // Logged under the guard's name, the one operators already filter on.
    private static final Logger LOG = LoggerFactory.getLogger(RecordingGuard.class);
    private static final long LOG_INTERVAL_NANOS = Duration.ofMinutes(1).toNanos();

    private static final AtomicIntegerFieldUpdater<RecordingBreaker> CONSECUTIVE_FAILURES =
            AtomicIntegerFieldUpdater.newUpdater(RecordingBreaker.class, "consecutiveFailures");

    private final int threshold;
    private final long coolDownNanos;
    private final LongSupplier nanoTime;
    // A field of the guard object itself rather than an AtomicInteger: succeeded(), on every call, reads it
    // from the object allows() has just read, without following one more reference.
    private volatile int consecutiveFailures;
    private final AtomicLong totalFailures = new AtomicLong();
    private volatile long openUntilNanos;
    private volatile boolean open;
    private final AtomicLong lastLogNanos;

    RecordingBreaker(int threshold, Duration coolDown, LongSupplier nanoTime) {
        this.threshold = threshold;
        this.coolDownNanos = coolDown.toNanos();
        this.nanoTime = nanoTime;
        this.lastLogNanos = new AtomicLong(nanoTime.getAsLong() - LOG_INTERVAL_NANOS);
    }

    /** Whether recording should be attempted now. */
    boolean allows() {
        if (!open) {
            return true;
        }
        if (nanoTime.getAsLong() - openUntilNanos >= 0) {
            open = false;
            consecutiveFailures = 0;
            LOG.info("metrics recording resumed after its cool-down");
            return true;
        }
        return false;
    }

    void succeeded() {
        if (consecutiveFailures != 0) {
            consecutiveFailures = 0;
        }
    }

    void failed(RuntimeException e) {
        totalFailures.incrementAndGet();
        long now = nanoTime.getAsLong();
        long last = lastLogNanos.get();
        if (now - last >= LOG_INTERVAL_NANOS && lastLogNanos.compareAndSet(last, now)) {
            LOG.warn("recording a metric failed ({} failures so far); the service carries on", totalFailures.get(), e);
        }
        if (CONSECUTIVE_FAILURES.incrementAndGet(this) >= threshold && !open) {
            openUntilNanos = now + coolDownNanos;
            open = true;
            LOG.error("metrics recording switched off for {} s after {} consecutive failures",
                    coolDownNanos / 1_000_000_000L, threshold);
        }
    }

    boolean isOpen() {
        return open;
    }

    long totalFailures() {
        return totalFailures.get();
    }
}
