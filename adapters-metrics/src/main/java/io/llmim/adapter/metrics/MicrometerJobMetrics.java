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
 * The job metrics of spec 2.4 and the queue lag of spec 2.5. Every label here is a closed set, so
 * everything is registered up front and recording is array access.
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
    private final boolean trackQueueDepth;
    private final RecordingGuard guard;

    MicrometerJobMetrics(Meters meters, MetricsSettings settings, RecordingGuard guard) {
        this.guard = guard;
        this.trackQueueDepth = settings.jobs().trackQueueDepth();
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
            if (trackQueueDepth) {
                depth[queue.ordinal()] = meters.gauge("jobs.queue.depth", "Jobs waiting in a queue",
                        "queue_name", queue.label());
            }
            lagBits[queue.ordinal()] = meters.doubleGauge("message.queue.lag.seconds",
                    "Age of the oldest waiting message of a queue", "topic", queue.label(),
                    "consumer_group", CONSUMER_GROUP);
        }
    }

    @Override
    public void jobStarted(JobType type) {
        if (!guard.allows()) {
            return;
        }
        try {
            active[type.ordinal()].incrementAndGet();
        } catch (RuntimeException e) {
            guard.failed(e);
            return;
        }
        guard.succeeded();
    }

    @Override
    public void jobSucceeded(JobType type, long durationNanos) {
        if (!guard.allows()) {
            return;
        }
        try {
            int t = type.ordinal();
            active[t].decrementAndGet();
            succeeded[t].increment();
            duration[t].record(durationNanos, TimeUnit.NANOSECONDS);
        } catch (RuntimeException e) {
            guard.failed(e);
            return;
        }
        guard.succeeded();
    }

    @Override
    public void jobFailed(JobType type, JobErrorType error, boolean willRetry, long durationNanos) {
        if (!guard.allows()) {
            return;
        }
        try {
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
        } catch (RuntimeException e) {
            guard.failed(e);
            return;
        }
        guard.succeeded();
    }

    @Override
    public void queueDepth(JobQueue queue, long waiting) {
        AtomicLong gauge = depth[queue.ordinal()];
        if (gauge != null) {
            gauge.set(waiting);
        }
    }

    @Override
    public void queueLag(JobQueue queue, double oldestWaitSeconds) {
        lagBits[queue.ordinal()].set(Double.doubleToRawLongBits(oldestWaitSeconds));
    }
}
