package io.llmim.application.integration;

import io.llmim.application.job.JobHandler;
import io.llmim.application.port.in.Job;

/** The {@code alert_batch} job: an Alertmanager notification of many alerts, taken off its sender's path. */
public final class AlertBatchJob implements JobHandler {

    private final AlertmanagerIngestService alertmanager;

    public AlertBatchJob(AlertmanagerIngestService alertmanager) {
        this.alertmanager = alertmanager;
    }

    @Override
    public void handle(Job job) {
        alertmanager.ingestNow(AlertBatchPayload.decode(job.payload()));
    }
}
