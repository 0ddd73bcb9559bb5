package io.llmim.application.job;

import io.llmim.application.port.in.Job;
import io.llmim.application.port.in.JobErrorType;
import io.llmim.application.port.in.JobFailedException;
import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.in.JobType;
import io.llmim.application.port.in.RunJobsUseCase;
import io.llmim.application.port.out.JobMetrics;
import io.llmim.application.port.out.JobStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Hands jobs to their handlers and writes each attempt's outcome to the job store and the job metrics. */
public final class JobRunner implements RunJobsUseCase {

    private static final System.Logger LOG = System.getLogger(JobRunner.class.getName());

    private final JobStore store;
    private final Map<JobType, JobHandler> handlers;
    private final Clock clock;
    private final JobMetrics metrics;

    public JobRunner(JobStore store, Map<JobType, JobHandler> handlers, Clock clock, JobMetrics metrics) {
        this.store = store;
        this.handlers = new EnumMap<>(JobType.class);
        this.handlers.putAll(handlers);
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public Optional<Job> claimNext(JobQueue queue, Duration lease) {
        return store.claimNext(queue, clock.instant(), lease);
    }

    @Override
    public boolean renewLease(Job job, Duration lease) {
        return store.renew(job, clock.instant().plus(lease));
    }

    @Override
    public void perform(Job job) {
        metrics.jobStarted(job.type());
        JobHandler handler = handlers.get(job.type());
        if (handler == null) {
            throw new JobFailedException(JobErrorType.VALIDATION_ERROR, "no handler for " + job.type().label());
        }
        handler.handle(job);
    }

    @Override
    public void succeeded(Job job, long durationNanos) {
        if (!store.complete(job)) {
            lost(job);
        }
        metrics.jobSucceeded(job.type(), durationNanos);
    }

    @Override
    public void retryLater(Job job, JobErrorType error, String message, Duration retryAfter, long durationNanos) {
        if (!store.retry(job, clock.instant().plus(retryAfter), error.label() + ": " + message)) {
            lost(job);
        }
        metrics.jobFailed(job.type(), error, true, durationNanos);
    }

    @Override
    public void giveUp(Job job, JobErrorType error, String message, long durationNanos) {
        String last = error.label() + ": " + message;
        if (store.bury(job, last)) {
            LOG.log(System.Logger.Level.WARNING, job.type().label() + " job " + job.id() + " is dead after "
                    + job.attempts() + " attempts: " + last);
        } else {
            lost(job);
        }
        metrics.jobFailed(job.type(), error, false, durationNanos);
    }

    private static void lost(Job job) {
        LOG.log(System.Logger.Level.WARNING, job.type().label() + " job " + job.id() + " attempt " + job.attempts()
                + " lost its lease to another worker; that worker's run decides the outcome");
    }

    @Override
    public void measureQueues() {
        Instant now = clock.instant();
        for (JobQueue queue : JobQueue.values()) {
            JobStore.QueueStats stats = store.stats(queue, now);
            metrics.queueDepth(queue, stats.waiting());
            metrics.queueLag(queue, stats.oldestWait().toMillis() / 1000.0);
        }
    }
}
