package io.llmim.application.port.in;

import java.time.Instant;
import java.util.Map;

/**
 * A unit of background work as the job store keeps it. {@code attempts} counts the attempts
 * started so far; {@code runAt} is when it may next run.
 */
public record Job(String id, JobType type, JobQueue queue, Map<String, String> payload, int attempts, Instant runAt,
                  JobStatus status, String lastError) {

    public Job {
        payload = Map.copyOf(payload);
    }

    /** What a job is for, before the store gives it an id. {@code key}, when set, makes enqueueing idempotent. */
    public record NewJob(JobType type, JobQueue queue, Map<String, String> payload, Instant runAt, String key) {
        public NewJob {
            payload = Map.copyOf(payload);
        }
    }
}
