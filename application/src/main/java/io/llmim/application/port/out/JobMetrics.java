package io.llmim.application.port.out;

import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.in.JobType;
import io.llmim.application.port.in.JobErrorType;

/**
 * Measures background jobs (the {@code jobs_*} families of docs/metrics.md) and the age of the
 * oldest waiting job per queue ({@code message_queue_lag_seconds}). Called by the job runner
 * ({@code JobRunner}: around each attempt, and {@code measureQueues} for depth and lag), not by the
 * job handlers: an outbound port so that the runner reaches the metrics adapter through
 * the application ring only. Implementations must be cheap and thread-safe; what bootstrap hands out
 * never throws (the metrics adapter contains recording failures), so callers do not catch.
 */
public interface JobMetrics {

    /** A worker began an attempt of a job: it is now active. */
    void jobStarted(JobType type);

    /** The attempt succeeded. */
    void jobSucceeded(JobType type, long durationNanos);

    /**
     * The attempt failed. With {@code willRetry} the job goes back to its queue (status {@code retry},
     * one more retry counted); without, it was its last attempt (status {@code failure}).
     */
    void jobFailed(JobType type, JobErrorType error, boolean willRetry, long durationNanos);

    /** Jobs now waiting in a queue. */
    void queueDepth(JobQueue queue, long waiting);

    /** Seconds the oldest waiting job of a queue has waited; 0 when the queue is empty. */
    void queueLag(JobQueue queue, double oldestWaitSeconds);

    static JobMetrics noOp() {
        return NoOpMetrics.INSTANCE;
    }
}
