package io.llmim.application.integration;

import io.llmim.application.job.JobHandler;
import io.llmim.application.port.in.Job;

/** The {@code alert_batch} job: an Alertmanager notification of many alerts, taken off its sender's path. */
public record AlertBatchJob(AlertmanagerIngestService alertmanager) implements JobHandler {

    @Override
    public void handle(Job job) {
        alertmanager.ingestNow(AlertBatchPayload.decode(job.payload()));
    }
}
