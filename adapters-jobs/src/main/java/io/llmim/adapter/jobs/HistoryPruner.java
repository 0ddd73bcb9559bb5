package io.llmim.adapter.jobs;

import io.llmim.application.port.in.PruneHistoryUseCase;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Prunes history every {@code interval} on a thread of its own, first one interval after start so
 * that starting stays quick. A failed run (the store briefly unreachable) is logged and the next
 * one tries again: what it missed is still there to delete.
 */
public final class HistoryPruner implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(HistoryPruner.class.getName());

    private final PruneHistoryUseCase history;
    private final Duration interval;
    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "llmim-history-pruner");
        thread.setDaemon(true);
        return thread;
    });

    public HistoryPruner(PruneHistoryUseCase history, Duration interval) {
        this.history = history;
        this.interval = interval;
    }

    public void start() {
        schedule.scheduleWithFixedDelay(this::pruneOnce, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pruneOnce() {
        try {
            history.prune();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "pruning history failed; trying again in " + interval.toSeconds() + " s", e);
        }
    }

    /** Stops pruning; a run under way is interrupted, its deleted batches stay deleted. */
    @Override
    public void close() {
        schedule.shutdownNow();
    }
}
