package io.llmim.bootstrap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that run enrichment and analysis off the request path: a fixed pool with a bounded
 * backlog, so a slow model can delay enrichment but never exhaust memory; past the backlog, work
 * is refused (the incident keeps its rule-based classification).
 */
final class BackgroundWork implements Executor {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundWork.class);

    private final ThreadPoolExecutor pool;

    BackgroundWork(int threads, int backlog) {
        AtomicInteger number = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(backlog), runnable -> {
            Thread thread = new Thread(runnable, "llmim-background-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.AbortPolicy());
    }

    @Override
    public void execute(Runnable work) {
        pool.execute(work);
    }

    /** Finishes what is running and queued, up to {@code grace}; what is left then is dropped. */
    void stop(Duration grace) throws InterruptedException {
        pool.shutdown();
        if (!pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            LOG.warn("{} background tasks did not finish within {} s and were dropped",
                    pool.shutdownNow().size(), grace.toSeconds());
        }
    }
}
