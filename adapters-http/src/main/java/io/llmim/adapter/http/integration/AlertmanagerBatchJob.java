package io.llmim.adapter.http.integration;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmim.application.port.in.IngestAlertmanagerUseCase;
import io.llmim.application.port.in.Job;
import io.llmim.application.port.in.JobErrorType;
import io.llmim.application.port.in.JobFailedException;
import io.llmim.application.job.JobHandler;
import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.in.JobType;

import java.time.Instant;
import java.util.Map;

/**
 * The {@code deduplication} job: an Alertmanager notification too large to take on the request
 * path (many alerts), stored as received and deduplicated into its group's incident by a worker.
 */
public final class AlertmanagerBatchJob implements JobHandler {

    static final String NOTIFICATION = "notification";

    private final IngestAlertmanagerUseCase alertmanager;
    private final ObjectMapper json = new ObjectMapper();

    public AlertmanagerBatchJob(IngestAlertmanagerUseCase alertmanager) {
        this.alertmanager = alertmanager;
    }

    static Job.NewJob job(String notification, Instant now) {
        return new Job.NewJob(JobType.DEDUPLICATION, JobQueue.HIGH_PRIORITY, Map.of(NOTIFICATION, notification), now,
                null);
    }

    @Override
    public void handle(Job job) {
        try {
            alertmanager.ingest(AlertmanagerPayload.parse(json.readTree(job.payload().get(NOTIFICATION))));
        } catch (JacksonException | PayloadException e) {
            throw new JobFailedException(JobErrorType.VALIDATION_ERROR, "stored notification unreadable: " + e.getMessage());
        }
    }
}
