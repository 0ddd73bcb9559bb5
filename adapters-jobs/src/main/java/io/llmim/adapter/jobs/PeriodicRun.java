package io.llmim.adapter.jobs;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Background upkeep run every {@code interval} on a thread of its own (pruning history, expiring
 * alerts), first one interval after start so that starting stays quick. A failed run (the store
 * briefly unreachable) is logged and the next one tries again: what it missed is still there.
 */
public final class PeriodicRun implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PeriodicRun.class.getName());

    private final String what;
    private final Runnable run;
    private final Duration interval;
    private final ScheduledExecutorService schedule;

    /** @param what names the upkeep in its thread and in the log, e.g. {@code "history pruning"} */
    public PeriodicRun(String what, Runnable run, Duration interval) {
        this.what = what;
        this.run = run;
        this.interval = interval;
        this.schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "llmim-" + what.replace(' ', '-'));
            thread.setDaemon(true);
            return thread;
        });
    }

    public void start() {
        schedule.scheduleWithFixedDelay(this::runOnce, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runOnce() {
        try {
            run.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, what + " failed; trying again in " + interval.toMillis() + " ms", e);
        }
    }

    /** Stops; a run under way is interrupted, what it already stored stays stored. */
    @Override
    public void close() {
        schedule.shutdownNow();
    }
}
