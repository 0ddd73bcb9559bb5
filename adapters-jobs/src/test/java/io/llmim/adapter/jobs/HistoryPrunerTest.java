package io.llmim.adapter.jobs;

import io.llmim.application.port.in.PrunableHistory;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;

class HistoryPrunerTest {

    @Test
    void history_is_pruned_every_interval() {
        AtomicInteger runs = new AtomicInteger();
        try (HistoryPruner pruner = new HistoryPruner(() -> {
            runs.incrementAndGet();
            return Map.of(PrunableHistory.DONE_JOBS, 0);
        }, Duration.ofMillis(20))) {
            pruner.start();

            await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() >= 3);
        }
    }

    @Test
    void a_failed_run_does_not_stop_the_next_ones() {
        AtomicInteger runs = new AtomicInteger();
        try (HistoryPruner pruner = new HistoryPruner(() -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("store unreachable");
            }
            return Map.of();
        }, Duration.ofMillis(20))) {
            pruner.start();

            await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() >= 2);
        }
    }
}
