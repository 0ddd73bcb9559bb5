package io.llmim.application.port.out;

import io.llmim.application.port.in.Job;
import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.in.JobStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Durable job queues. Several processes may share one store: {@link #claimNext} hands a job to
 * exactly one of them, under a lease; a job whose lease ran out (its worker died) is handed out
 * again, so every job runs at least once. Jobs must therefore be idempotent.
 */
public interface JobStore {

    /** Waiting jobs of a queue and how long the oldest of them has been due. */
    record QueueStats(long waiting, Duration oldestWait) {
    }

    /** Adds a job; with a key, a second job with the same key is not added. Returns whether it was. */
    boolean enqueue(Job.NewJob job);

    /** Takes the due job of {@code queue} that has waited longest, or one whose lease expired. */
    Optional<Job> claimNext(JobQueue queue, Instant now, Duration lease);

    void complete(String jobId);

    /** Puts a failed job back to wait until {@code runAt}. */
    void retry(String jobId, Instant runAt, String error);

    /** Keeps a job that will not be tried again, with its last error. */
    void bury(String jobId, String error);

    QueueStats stats(JobQueue queue, Instant now);

    /** Jobs in a state, most recent first. */
    List<Job> list(JobStatus status, int limit);
}
