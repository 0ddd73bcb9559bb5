package io.llmim.application.incident;

import io.llmim.application.port.in.ConcurrentUpdateException;
import io.llmim.application.port.out.ActiveFingerprintConflictException;
import io.llmim.application.port.out.VersionConflictException;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Runs a load-change-store attempt again when another writer won the race. Each attempt reloads,
 * so a retry never overwrites what the winner stored. A short random pause spreads out writers
 * that collided. Only changes of one incident's state race like this: reports of the same event
 * never do (see {@link ReportEventService}).
 */
final class ConflictRetry {

    static final int MAX_ATTEMPTS = 25;
    private static final long MAX_PAUSE_NANOS = 2_000_000;

    private ConflictRetry() {
    }

    static <T> T run(String what, Supplier<T> attempt) {
        RuntimeException last = null;
        for (int i = 1; i <= MAX_ATTEMPTS; i++) {
            try {
                return attempt.get();
            } catch (VersionConflictException | ActiveFingerprintConflictException e) {
                last = e;
                LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(Math.min(MAX_PAUSE_NANOS, 100_000L * i)));
            }
        }
        throw new ConcurrentUpdateException(what + " lost to concurrent writers " + MAX_ATTEMPTS + " times", last);
    }
}
