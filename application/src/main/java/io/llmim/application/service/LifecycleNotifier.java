package io.llmim.application.service;

import io.llmim.domain.Incident;
import io.llmim.domain.MetricsPort;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Delivers what a store wrote to the {@link MetricsPort}. Measurement must never change an
 * outcome: whatever the port throws is swallowed, counted, and logged at most once a minute.
 */
public final class LifecycleNotifier {

    private static final System.Logger LOG = System.getLogger(LifecycleNotifier.class.getName());
    private static final long LOG_INTERVAL_NANOS = Duration.ofMinutes(1).toNanos();

    private final MetricsPort metrics;
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong lastLogNanos = new AtomicLong(System.nanoTime() - LOG_INTERVAL_NANOS);

    public LifecycleNotifier(MetricsPort metrics) {
        this.metrics = metrics;
    }

    /** Marks the incident stored and delivers its queued notifications. */
    void stored(Incident incident) {
        Incident.StoredChanges changes = incident.markStored();
        try {
            changes.deliverTo(metrics);
        } catch (RuntimeException e) {
            long total = failures.incrementAndGet();
            long now = System.nanoTime();
            long last = lastLogNanos.get();
            if (now - last >= LOG_INTERVAL_NANOS && lastLogNanos.compareAndSet(last, now)) {
                LOG.log(System.Logger.Level.WARNING, "recording incident metrics failed (" + total
                        + " failures so far); the incident change itself was stored", e);
            }
        }
    }

    /** How many deliveries failed since start. */
    public long failures() {
        return failures.get();
    }
}
