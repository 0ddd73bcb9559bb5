package io.llmim.application.port.in;

import java.time.Duration;
import java.util.Optional;

/**
 * Runs the durable background jobs on behalf of a job runtime, which owns the threads, the polling,
 * the leases, each attempt's time limit and the backoff between attempts. The application owns
 * what a job does and what its outcome means for the queue and the metrics.
 */
public interface RunJobsUseCase {

    /** Takes the due job of {@code queue} that has waited longest (or one whose lease ran out), leased for {@code lease}. */
    Optional<Job> claimNext(JobQueue queue, Duration lease);

    /**
     * Extends the lease of a job being performed by {@code lease} from now. False when the job is no
     * longer this claim's (its lease ran out and another worker took it over): the caller should stop the
     * attempt; whatever outcome it then reports leaves the other worker's run in place.
     */
    boolean renewLease(Job job, Duration lease);

    /**
     * One attempt of a claimed job, on the caller's thread; it may block.
     *
     * @throws JobFailedException naming why it failed; anything else counts as a failed dependency
     */
    void perform(Job job);

    /** The attempt succeeded: the job is done, unless another worker took it over meanwhile. */
    void succeeded(Job job, long durationNanos);

    /** The attempt failed and the job waits {@code retryAfter} for its next one. */
    void retryLater(Job job, JobErrorType error, String message, Duration retryAfter, long durationNanos);

    /** The attempt failed and was the last: the job is kept as dead with its error. */
    void giveUp(Job job, JobErrorType error, String message, long durationNanos);

    /** Measures how many jobs wait in each queue and how long the oldest has waited. */
    void measureQueues();
}
