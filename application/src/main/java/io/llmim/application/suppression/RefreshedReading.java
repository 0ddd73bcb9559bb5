package io.llmim.application.suppression;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A reading of the store reused for {@code refresh}: hold decisions are asked for every
 * notification and escalation, and what they read (windows, active incidents) changes far more
 * rarely than that. Thread-safe; one reader reads while the others wait for its result.
 */
public final class RefreshedReading<T> {

    private final Supplier<T> read;
    private final Clock clock;
    private final Duration refresh;
    private T value;
    private Instant readAt;

    public RefreshedReading(Supplier<T> read, Clock clock, Duration refresh) {
        this.read = read;
        this.clock = clock;
        this.refresh = refresh;
    }

    /** The last reading, or a new one when the last is {@code refresh} old or older. */
    public synchronized T get() {
        Instant now = clock.instant();
        if (readAt == null || !now.isBefore(readAt.plus(refresh))) {
            value = read.get();
            readAt = now;
        }
        return value;
    }
}
