package io.llmim.application.job;

import io.llmim.application.port.out.Job;
import io.llmim.application.port.out.JobErrorType;
import io.llmim.application.port.out.JobFailedException;
import io.llmim.application.port.out.JobHandler;
import io.llmim.application.port.out.JobMetrics;
import io.llmim.application.port.out.JobQueue;
import io.llmim.application.port.out.JobStore;
import io.llmim.application.port.out.JobType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.DoubleSupplier;

/**
 * Drains the three job queues with {@code workers} threads of its own, off any event loop. Queues
 * are served 6:3:1 (high, standard, low), each turn falling through to the next queue when its own
 * is empty: high first, and low is never starved. A failed attempt is retried with exponential
 * backoff and jitter up to {@code maxAttempts}; an attempt past {@code timeout} is cancelled and
 * counts as a timeout; after the last attempt the job is kept as dead with its last error.
 */
public final class JobExecutor implements AutoCloseable {

    /** The {@code [jobs]} section. */
    public record Settings(int workers, int maxAttempts, Duration backoffInitial, Duration backoffMax, Duration timeout,
                           Duration pollInterval) {
    }

    private static final System.Logger LOG = System.getLogger(JobExecutor.class.getName());
    private static final JobQueue[] TURNS = {JobQueue.HIGH_PRIORITY, JobQueue.HIGH_PRIORITY, JobQueue.HIGH_PRIORITY,
            JobQueue.HIGH_PRIORITY, JobQueue.HIGH_PRIORITY, JobQueue.HIGH_PRIORITY, JobQueue.STANDARD,
            JobQueue.STANDARD, JobQueue.STANDARD, JobQueue.LOW_PRIORITY};
    private static final JobQueue[] BY_PRIORITY = JobQueue.values();
    private static final Duration LEASE_MARGIN = Duration.ofSeconds(30);

    private final JobStore store;
    private final Map<JobType, JobHandler> handlers;
    private final Settings settings;
    private final Clock clock;
    private final JobMetrics metrics;
    private final DoubleSupplier random;
    private final AtomicInteger turn = new AtomicInteger();
    private final ExecutorService attempts;
    private final List<Thread> workers = new ArrayList<>();
    private ScheduledExecutorService sampler;
    private volatile boolean running;

    public JobExecutor(JobStore store, Map<JobType, JobHandler> handlers, Settings settings, Clock clock,
                       JobMetrics metrics, DoubleSupplier random) {
        this.store = store;
        this.handlers = new EnumMap<>(JobType.class);
        this.handlers.putAll(handlers);
        this.settings = settings;
        this.clock = clock;
        this.metrics = metrics;
        this.random = random;
        this.attempts = Executors.newCachedThreadPool(daemon("llmim-job-attempt"));
    }

    public synchronized void start() {
        running = true;
        for (int i = 0; i < settings.workers(); i++) {
            Thread worker = new Thread(this::work, "llmim-job-worker-" + (i + 1));
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        sampler = Executors.newSingleThreadScheduledExecutor(daemon("llmim-job-queue-sampler"));
        sampler.scheduleAtFixedRate(this::sampleQueues, 0, 1, TimeUnit.SECONDS);
    }

    private void work() {
        while (running) {
            try {
                if (!runOnce()) {
                    LockSupport.parkNanos(settings.pollInterval().toNanos());
                }
            } catch (RuntimeException e) {
                // The store may be briefly unreachable; the worker must outlive that.
                LOG.log(System.Logger.Level.WARNING, "job worker could not reach the job store", e);
                LockSupport.parkNanos(settings.pollInterval().toNanos());
            }
        }
    }

    /** Claims and runs one due job, highest priority first by turn; false when none was due. */
    public boolean runOnce() {
        Optional<Job> job = claim();
        job.ifPresent(this::attempt);
        return job.isPresent();
    }

    private Optional<Job> claim() {
        JobQueue preferred = TURNS[Math.floorMod(turn.getAndIncrement(), TURNS.length)];
        Duration lease = settings.timeout().plus(LEASE_MARGIN);
        Optional<Job> job = store.claimNext(preferred, clock.instant(), lease);
        for (int i = 0; job.isEmpty() && i < BY_PRIORITY.length; i++) {
            if (BY_PRIORITY[i] != preferred) {
                job = store.claimNext(BY_PRIORITY[i], clock.instant(), lease);
            }
        }
        return job;
    }

    private void attempt(Job job) {
        JobHandler handler = handlers.get(job.type());
        metrics.jobStarted(job.type());
        long start = System.nanoTime();
        if (handler == null) {
            failed(job, JobErrorType.VALIDATION_ERROR, "no handler for " + job.type().label(), start);
            return;
        }
        Future<?> running = attempts.submit(() -> handler.handle(job));
        try {
            running.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
            store.complete(job.id());
            metrics.jobSucceeded(job.type(), System.nanoTime() - start);
        } catch (TimeoutException e) {
            running.cancel(true);
            failed(job, JobErrorType.TIMEOUT, "ran past " + settings.timeout().toMillis() + " ms and was cancelled", start);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            JobErrorType type = cause instanceof JobFailedException failure ? failure.type() : JobErrorType.DEPENDENCY_ERROR;
            failed(job, type, String.valueOf(cause.getMessage()), start);
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            failed(job, JobErrorType.TIMEOUT, "interrupted by shutdown", start);
        }
    }

    private void failed(Job job, JobErrorType type, String error, long start) {
        boolean willRetry = type != JobErrorType.VALIDATION_ERROR && job.attempts() < settings.maxAttempts();
        String message = type.label() + ": " + error;
        if (willRetry) {
            store.retry(job.id(), clock.instant().plus(backoff(job.attempts())), message);
        } else {
            store.bury(job.id(), message);
            LOG.log(System.Logger.Level.WARNING, job.type().label() + " job " + job.id() + " is dead after "
                    + job.attempts() + " attempts: " + message);
        }
        metrics.jobFailed(job.type(), type, willRetry, System.nanoTime() - start);
    }

    /** The pause before the attempt after attempt {@code attempt}: doubling, capped, then jittered down to half. */
    Duration backoff(int attempt) {
        long initial = settings.backoffInitial().toMillis();
        long capped = Math.min(settings.backoffMax().toMillis(), initial * (1L << Math.min(attempt - 1, 30)));
        return Duration.ofMillis(Math.round(capped * (0.5 + 0.5 * random.getAsDouble())));
    }

    private void sampleQueues() {
        Instant now = clock.instant();
        for (JobQueue queue : BY_PRIORITY) {
            try {
                JobStore.QueueStats stats = store.stats(queue, now);
                metrics.queueDepth(queue, stats.waiting());
                metrics.queueLag(queue, stats.oldestWait().toMillis() / 1000.0);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "sampling queue " + queue.label() + " failed", e);
            }
        }
    }

    /** Stops claiming, lets running attempts finish up to {@code grace}, then stops. */
    public synchronized void stop(Duration grace) throws InterruptedException {
        running = false;
        long deadline = System.nanoTime() + grace.toNanos();
        for (Thread worker : workers) {
            worker.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        if (sampler != null) {
            sampler.shutdownNow();
        }
        attempts.shutdownNow();
    }

    @Override
    public void close() throws InterruptedException {
        stop(Duration.ofSeconds(5));
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
