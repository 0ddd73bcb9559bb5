package io.llmim.adapter.jobs;

import io.llmim.application.port.in.Job;
import io.llmim.application.port.in.JobErrorType;
import io.llmim.application.port.in.JobFailedException;
import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.in.RunJobsUseCase;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
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
 * <p>
 * A claimed job is leased for {@code lease} and the lease renewed every {@code leaseRenewal} while
 * the attempt runs, so a short lease holds a long job, and a dead instance's jobs are taken over
 * within about one lease. An attempt whose renewal finds the job taken over is cancelled as a
 * timeout, and the store keeps the other worker's run instead of its outcome.
 */
public final class JobExecutor implements AutoCloseable {

    /** The {@code [jobs]} section. */
    public record Settings(int workers, int maxAttempts, Duration backoffInitial, Duration backoffMax, Duration timeout,
                           Duration pollInterval, Duration lease, Duration leaseRenewal) {
    }

    private static final System.Logger LOG = System.getLogger(JobExecutor.class.getName());
    private static final JobQueue[] TURNS = {JobQueue.HIGH_PRIORITY, JobQueue.HIGH_PRIORITY, JobQueue.HIGH_PRIORITY,
            JobQueue.HIGH_PRIORITY, JobQueue.HIGH_PRIORITY, JobQueue.HIGH_PRIORITY, JobQueue.STANDARD,
            JobQueue.STANDARD, JobQueue.STANDARD, JobQueue.LOW_PRIORITY};
    private static final JobQueue[] BY_PRIORITY = JobQueue.values();

    private final RunJobsUseCase jobs;
    private final Settings settings;
    private final DoubleSupplier random;
    private final AtomicInteger turn = new AtomicInteger();
    private final ExecutorService attempts;
    private final ScheduledExecutorService renewals;
    private final List<Thread> workers = new ArrayList<>();
    private ScheduledExecutorService sampler;
    private volatile boolean running;

    public JobExecutor(RunJobsUseCase jobs, Settings settings, DoubleSupplier random) {
        this.jobs = jobs;
        this.settings = settings;
        this.random = random;
        this.attempts = Executors.newCachedThreadPool(daemon("llmim-job-attempt"));
        this.renewals = Executors.newSingleThreadScheduledExecutor(daemon("llmim-job-lease-renewal"));
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
        Optional<Job> job = jobs.claimNext(preferred, settings.lease());
        for (int i = 0; job.isEmpty() && i < BY_PRIORITY.length; i++) {
            if (BY_PRIORITY[i] != preferred) {
                job = jobs.claimNext(BY_PRIORITY[i], settings.lease());
            }
        }
        return job;
    }

    private void attempt(Job job) {
        long start = System.nanoTime();
        Future<?> running = attempts.submit(() -> jobs.perform(job));
        LeaseRenewal renewal = LeaseRenewal.start(jobs, job, running, settings, renewals);
        try {
            running.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
            renewal.stop(); // before the outcome: a renewal after it would find the job finished and cancel nothing
            jobs.succeeded(job, System.nanoTime() - start);
        } catch (CancellationException e) {
            // Recorded like any failed attempt so the metrics stay balanced; the store refuses the outcome.
            failed(job, JobErrorType.TIMEOUT, "its lease ran out and another worker took the job over", start);
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
        } finally {
            renewal.stop();
        }
    }

    private void failed(Job job, JobErrorType type, String error, long start) {
        long duration = System.nanoTime() - start;
        if (type != JobErrorType.VALIDATION_ERROR && job.attempts() < settings.maxAttempts()) {
            jobs.retryLater(job, type, error, backoff(job.attempts()), duration);
        } else {
            jobs.giveUp(job, type, error, duration);
        }
    }

    /** The pause before the attempt after attempt {@code attempt}: doubling, capped, then jittered down to half. */
    Duration backoff(int attempt) {
        long initial = settings.backoffInitial().toMillis();
        long capped = Math.min(settings.backoffMax().toMillis(), initial * (1L << Math.min(attempt - 1, 30)));
        return Duration.ofMillis(Math.round(capped * (0.5 + 0.5 * random.getAsDouble())));
    }

    private void sampleQueues() {
        try {
            jobs.measureQueues();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "measuring the job queues failed", e);
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
        renewals.shutdownNow();
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
