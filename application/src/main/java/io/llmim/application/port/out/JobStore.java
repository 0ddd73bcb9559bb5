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
 * exactly one of them, under a lease its worker renews while it runs; a job whose lease ran out
 * (its worker died) is handed out again, so every job runs at least once. Jobs must therefore be
 * idempotent; an effect outside the store that must not repeat is recorded with {@link #recordDelivery}.
 * <p>
 * A claim is the {@link Job} {@code claimNext} returned: renewing it and recording its outcome only
 * take effect while it is the job's latest claim, so a worker that lost its lease (another worker
 * took the job over) cannot overwrite the other worker's run.
 */
public interface JobStore {

    /** Waiting jobs of a queue and how long the oldest of them has been due. */
    record QueueStats(long waiting, Duration oldestWait) {
    }

    /** Adds a job; with a key, a second job with the same key is not added. Returns whether it was. */
    boolean enqueue(Job.NewJob job);

    /** Takes the due job of {@code queue} that has waited longest, or one whose lease expired. */
    Optional<Job> claimNext(JobQueue queue, Instant now, Duration lease);

    /** Extends a claim's lease to {@code leaseUntil}; false when the claim no longer holds the job. */
    boolean renew(Job claim, Instant leaseUntil);

    /** The job is done; false (and nothing changes) when the claim no longer holds the job. */
    boolean complete(Job claim);

    /** Puts a failed job back to wait until {@code runAt}; false when the claim no longer holds the job. */
    boolean retry(Job claim, Instant runAt, String error);

    /** Keeps a job that will not be tried again, with its last error; false when the claim no longer holds it. */
    boolean bury(Job claim, String error);

    /**
     * Records that the effect named {@code idempotencyKey} (a webhook delivery) happened at {@code at}.
     * Returns false when it had already been recorded.
     */
    boolean recordDelivery(String idempotencyKey, Instant at);

    /** Whether the effect named {@code idempotencyKey} has been recorded. */
    boolean isDelivered(String idempotencyKey);

    QueueStats stats(JobQueue queue, Instant now);

    /**
     * Puts a dead job back in its queue, due at {@code runAt}, with no attempt counted yet and its
     * last error kept; false (and nothing changes) when no dead job has this id.
     */
    boolean revive(String id, Instant runAt);

    /** Jobs in a state, most recent first. */
    List<Job> list(JobStatus status, int limit);
}
