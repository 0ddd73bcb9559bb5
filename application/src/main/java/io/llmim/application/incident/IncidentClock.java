package io.llmim.application.incident;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The injected clock, read at microsecond precision: the finest that every store keeps, so an
 * incident reads back exactly as it was written (which keyset cursors rely on).
 */
public final class IncidentClock {

    private final Clock clock;

    public IncidentClock(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
