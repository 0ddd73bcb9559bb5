package io.llmim.adapter.jobs;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;

class PeriodicRunTest {

    @Test
    void the_upkeep_runs_every_interval() {
        AtomicInteger runs = new AtomicInteger();
        try (PeriodicRun pruner = new PeriodicRun("history pruning", runs::incrementAndGet, Duration.ofMillis(20))) {
            pruner.start();

            await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() >= 3);
        }
    }

    @Test
    void a_failed_run_does_not_stop_the_next_ones() {
        AtomicInteger runs = new AtomicInteger();
        try (PeriodicRun pruner = new PeriodicRun("history pruning", () -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("store unreachable");
            }
        }, Duration.ofMillis(20))) {
            pruner.start();

            await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() >= 2);
        }
    }
}
