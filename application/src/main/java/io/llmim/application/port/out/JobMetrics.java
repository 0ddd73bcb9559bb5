package io.llmim.application.port.out;

import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.in.JobType;
import io.llmim.application.port.in.JobErrorType;

/**
 * Measures background jobs (spec 2.4) and the age of the oldest waiting job per queue (spec 2.5
 * {@code message_queue_lag_seconds}). Implementations must be cheap, thread-safe and must not throw.
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
