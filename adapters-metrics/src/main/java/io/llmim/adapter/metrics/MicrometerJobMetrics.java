package io.llmim.adapter.metrics;

import io.llmim.application.port.in.JobErrorType;
import io.llmim.application.port.out.JobMetrics;
import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.in.JobType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The {@code jobs_*} families and {@code message_queue_lag_seconds} (docs/metrics.md, "The
 * taxonomy"). Every label here is a closed set, so everything is registered up front and recording
 * is array access. Failures are contained by {@link GuardedJobMetrics}, not here.
 */
public final class MicrometerJobMetrics implements JobMetrics {

    static final String CONSUMER_GROUP = "workers";
    private static final List<Double> DURATION_BUCKETS = List.of(0.1, 0.5, 1.0, 5.0, 10.0, 30.0, 60.0);
    private static final JobType[] TYPES = JobType.values();
    private static final JobQueue[] QUEUES = JobQueue.values();
    private static final JobErrorType[] ERRORS = JobErrorType.values();

    private final Counter[] succeeded = new Counter[TYPES.length];
    private final Counter[] failed = new Counter[TYPES.length];
    private final Counter[] retried = new Counter[TYPES.length];
    private final Counter[] retries = new Counter[TYPES.length];
    private final Timer[] duration = new Timer[TYPES.length];
    private final AtomicLong[] active = new AtomicLong[TYPES.length];
    private final Counter[][] failures = new Counter[TYPES.length][ERRORS.length];
    private final AtomicLong[] depth = new AtomicLong[QUEUES.length];
    private final AtomicLong[] lagBits = new AtomicLong[QUEUES.length];

    MicrometerJobMetrics(Meters meters, MetricsSettings settings) {
        boolean trackQueueDepth = settings.jobs().trackQueueDepth();
        for (JobType type : TYPES) {
            int t = type.ordinal();
            String name = type.label();
            succeeded[t] = meters.counter("jobs", "Background job attempts by outcome", "job_type", name,
                    "status", "success");
            failed[t] = meters.counter("jobs", "Background job attempts by outcome", "job_type", name,
                    "status", "failure");
            retried[t] = meters.counter("jobs", "Background job attempts by outcome", "job_type", name,
                    "status", "retry");
            retries[t] = meters.counter("jobs.retries", "Background job retries scheduled", "job_type", name);
            duration[t] = meters.timer("jobs.duration", "Background job attempt duration", DURATION_BUCKETS,
                    "job_type", name);
            active[t] = meters.gauge("jobs.active", "Background jobs running now", "job_type", name);
            for (JobErrorType error : ERRORS) {
                failures[t][error.ordinal()] = meters.counter("jobs.failures", "Failed background job attempts",
                        "job_type", name, "error_type", error.label());
            }
        }
        for (JobQueue queue : QUEUES) {
            // Untracked, the depth is kept in a holder no gauge reads, so setting it needs no check.
            depth[queue.ordinal()] = trackQueueDepth ? meters.gauge("jobs.queue.depth", "Jobs waiting in a queue",
                    "queue_name", queue.label()) : new AtomicLong();
            lagBits[queue.ordinal()] = meters.doubleGauge("message.queue.lag.seconds",
                    "Age of the oldest waiting message of a queue", "topic", queue.label(),
                    "consumer_group", CONSUMER_GROUP);
        }
    }

    @Override
    public void jobStarted(JobType type) {
        active[type.ordinal()].incrementAndGet();
    }

    @Override
    public void jobSucceeded(JobType type, long durationNanos) {
        int t = type.ordinal();
        active[t].decrementAndGet();
        succeeded[t].increment();
        duration[t].record(durationNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void jobFailed(JobType type, JobErrorType error, boolean willRetry, long durationNanos) {
        int t = type.ordinal();
        active[t].decrementAndGet();
        duration[t].record(durationNanos, TimeUnit.NANOSECONDS);
        failures[t][error.ordinal()].increment();
        if (willRetry) {
            retried[t].increment();
            retries[t].increment();
        } else {
            failed[t].increment();
        }
    }

    @Override
    public void queueDepth(JobQueue queue, long waiting) {
        depth[queue.ordinal()].set(waiting);
    }

    @Override
    public void queueLag(JobQueue queue, double oldestWaitSeconds) {
        lagBits[queue.ordinal()].set(Double.doubleToRawLongBits(oldestWaitSeconds));
    }
}
