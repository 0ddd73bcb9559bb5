package io.llmim.adapter.metrics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Graceful degradation (docs/metrics.md, "Conventions", Degradation): a failure while recording is
 * contained, counted and logged at most once a minute; after {@code threshold} consecutive failures
 * recording is switched off for a cool-down, then tried again. One guard serves every port, so
 * {@code metrics_recording_failures_total} counts them all; the {@code Guarded*} decorators call it,
 * each of their methods one {@code record}. The hot path is two volatile reads ({@link #allows} and
 * {@link #succeeded}); the try/catch costs nothing while nothing throws.
 */
final class RecordingGuard {

    private static final Logger LOG = LoggerFactory.getLogger(RecordingGuard.class);
    private static final long LOG_INTERVAL_NANOS = Duration.ofMinutes(1).toNanos();

    private static final AtomicIntegerFieldUpdater<RecordingGuard> CONSECUTIVE_FAILURES =
            AtomicIntegerFieldUpdater.newUpdater(RecordingGuard.class, "consecutiveFailures");

    private final int threshold;
    private final long coolDownNanos;
    private final LongSupplier nanoTime;
    // A field of the guard itself rather than an AtomicInteger: succeeded(), on every call, reads it
    // from the object allows() has just read, without following one more reference.
    private volatile int consecutiveFailures;
    private final AtomicLong totalFailures = new AtomicLong();
    private volatile long openUntilNanos;
    private volatile boolean open;
    private final AtomicLong lastLogNanos;

    RecordingGuard(int threshold, Duration coolDown, LongSupplier nanoTime) {
        this.threshold = threshold;
        this.coolDownNanos = coolDown.toNanos();
        this.nanoTime = nanoTime;
        this.lastLogNanos = new AtomicLong(nanoTime.getAsLong() - LOG_INTERVAL_NANOS);
    }

    static RecordingGuard standard() {
        return new RecordingGuard(100, Duration.ofMinutes(1), System::nanoTime);
    }

    /**
     * Calls {@code method} on {@code port} if recording is allowed now, and contains whatever it throws.
     * One overload per {@link PortMethod} shape: Java cannot abstract over the number of arguments
     * without a capturing lambda or an argument array, and either would allocate on every call.
     */
    <P> void record(P port, PortMethod.Of0<P> method) {
        if (allows()) {
            try {
                method.record(port);
                succeeded();
            } catch (RuntimeException failure) {
                failed(failure);
            }
        }
    }

    <P> void record(P port, long n, PortMethod.OfLong<P> method) {
        if (allows()) {
            try {
                method.record(port, n);
                succeeded();
            } catch (RuntimeException failure) {
                failed(failure);
            }
        }
    }

    <P, A> void record(P port, A a, PortMethod.Of1<P, A> method) {
        if (allows()) {
            try {
                method.record(port, a);
                succeeded();
            } catch (RuntimeException failure) {
                failed(failure);
            }
        }
    }

    <P, A, B> void record(P port, A a, B b, PortMethod.Of2<P, A, B> method) {
        if (allows()) {
            try {
                method.record(port, a, b);
                succeeded();
            } catch (RuntimeException failure) {
                failed(failure);
            }
        }
    }

    <P, A, B, C> void record(P port, A a, B b, C c, PortMethod.Of3<P, A, B, C> method) {
        if (allows()) {
            try {
                method.record(port, a, b, c);
                succeeded();
            } catch (RuntimeException failure) {
                failed(failure);
            }
        }
    }

    <P, A, B, C, D> void record(P port, A a, B b, C c, D d, PortMethod.Of4<P, A, B, C, D> method) {
        if (allows()) {
            try {
                method.record(port, a, b, c, d);
                succeeded();
            } catch (RuntimeException failure) {
                failed(failure);
            }
        }
    }

    <P, A, B, C, D, E> void record(P port, A a, B b, C c, D d, E e, PortMethod.Of5<P, A, B, C, D, E> method) {
        if (allows()) {
            try {
                method.record(port, a, b, c, d, e);
                succeeded();
            } catch (RuntimeException failure) {
                failed(failure);
            }
        }
    }

    <P, A> void record(P port, A a, long n, PortMethod.Of1Long<P, A> method) {
        if (allows()) {
            try {
                method.record(port, a, n);
                succeeded();
            } catch (RuntimeException failure) {
                failed(failure);
            }
        }
    }

    <P, A> void record(P port, A a, double x, PortMethod.Of1Double<P, A> method) {
        if (allows()) {
            try {
                method.record(port, a, x);
                succeeded();
            } catch (RuntimeException failure) {
                failed(failure);
            }
        }
    }

    <P, A, B> void record(P port, A a, B b, double x, PortMethod.Of2Double<P, A, B> method) {
        if (allows()) {
            try {
                method.record(port, a, b, x);
                succeeded();
            } catch (RuntimeException failure) {
                failed(failure);
            }
        }
    }

    <P, A, B> void record(P port, A a, B b, long n, long m, PortMethod.Of2LongLong<P, A, B> method) {
        if (allows()) {
            try {
                method.record(port, a, b, n, m);
                succeeded();
            } catch (RuntimeException failure) {
                failed(failure);
            }
        }
    }

    <P, A, B> void record(P port, A a, B b, boolean flag, long n, PortMethod.Of2BooleanLong<P, A, B> method) {
        if (allows()) {
            try {
                method.record(port, a, b, flag, n);
                succeeded();
            } catch (RuntimeException failure) {
                failed(failure);
            }
        }
    }

    <P, A, B, C> void record(P port, A a, B b, C c, long n, PortMethod.Of3Long<P, A, B, C> method) {
        if (allows()) {
            try {
                method.record(port, a, b, c, n);
                succeeded();
            } catch (RuntimeException failure) {
                failed(failure);
            }
        }
    }

    <P, A, B, C> void record(P port, A a, B b, C c, boolean flag, long n, PortMethod.Of3BooleanLong<P, A, B, C> method) {
        if (allows()) {
            try {
                method.record(port, a, b, c, flag, n);
                succeeded();
            } catch (RuntimeException failure) {
                failed(failure);
            }
        }
    }

    <P, A, B> void record(P port, A a, B b, int i, long n, long m, long k, PortMethod.Of2IntLongLongLong<P, A, B> method) {
        if (allows()) {
            try {
                method.record(port, a, b, i, n, m, k);
                succeeded();
            } catch (RuntimeException failure) {
                failed(failure);
            }
        }
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
