package io.llmim.bootstrap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;

/**
 * Everything the composition root started, in the order it started. One list that a failed start
 * and {@link #stop} both unwind, last started first: nothing stops before what depends on it, and a
 * component added to the start cannot be forgotten by the rollback or by the shutdown.
 */
final class StartedComponents {

    /** How one component stops, given what is left of the shutdown's grace period. */
    @FunctionalInterface
    interface Stop<T> {
        void stop(T component, Duration remaining) throws Exception;
    }

    private interface Step {
        void run(Duration remaining) throws Exception;
    }

    private record Started(String name, Step stop) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(StartedComponents.class);

    private final Deque<Started> started = new ArrayDeque<>();
    private final LongSupplier nanoTime;

    StartedComponents() {
        this(System::nanoTime);
    }

    /** With the clock the grace period is measured on, for tests. */
    StartedComponents(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** Records {@code component}, just started, and how it stops; returns it. */
    synchronized <T> T add(String name, T component, Stop<? super T> stop) {
        started.push(new Started(name, remaining -> stop.stop(component, remaining)));
        return component;
    }

    /** Records a component that stops by closing. */
    <T extends AutoCloseable> T add(String name, T component) {
        return add(name, component, (closeable, remaining) -> closeable.close());
    }

    /**
     * Stops everything, last started first, within one grace period: each component gets what the
     * ones stopped before it left over, so the whole shutdown takes at most {@code grace} plus the
     * time closing takes. A component that fails to stop is logged and the others still stop.
     * Stopping again does nothing.
     *
     * @return whether every component stopped cleanly
     */
    synchronized boolean stop(Duration grace) {
        int[] failures = {0};
        unwind(grace, (name, failure) -> {
            failures[0]++;
            LOG.warn("stopping the {} failed", name, failure);
        });
        return failures[0] == 0;
    }

    /** After a failed start: stops what did start, keeping each failure to stop as suppressed by {@code cause}. */
    synchronized void abandon(Throwable cause, Duration grace) {
        unwind(grace, (name, failure) -> cause.addSuppressed(
                new IllegalStateException("stopping the " + name + " failed", failure)));
    }

    private void unwind(Duration grace, BiConsumer<String, Exception> failed) {
        long deadline = nanoTime.getAsLong() + grace.toNanos();
        boolean interrupted = false;
        while (!started.isEmpty()) {
            Started next = started.pop();
            try {
                next.stop().run(Duration.ofNanos(Math.max(0, deadline - nanoTime.getAsLong())));
            } catch (Exception e) {
                // An interrupt must not leave the rest running: they still stop, and the caller
                // gets its interrupt back afterwards.
                interrupted |= e instanceof InterruptedException;
                failed.accept(next.name(), e);
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
