package io.llmim.application.service;

import io.llmim.application.port.in.EnrichIncidentUseCase;
import io.llmim.application.port.in.IncidentNotFoundException;
import io.llmim.application.port.out.Job;
import io.llmim.application.port.out.JobErrorType;
import io.llmim.application.port.out.JobFailedException;
import io.llmim.application.port.out.JobHandler;
import io.llmim.domain.IncidentId;

/** Classifies and enriches one new incident through the model (the use case falls back to rules itself). */
public final class EnrichmentJob implements JobHandler {

    private final EnrichIncidentUseCase enrich;

    public EnrichmentJob(EnrichIncidentUseCase enrich) {
        this.enrich = enrich;
    }

    @Override
    public void handle(Job job) {
        try {
            enrich.enrich(new IncidentId(job.payload().get("incident_id")));
        } catch (IncidentNotFoundException e) {
            throw new JobFailedException(JobErrorType.VALIDATION_ERROR, e.getMessage());
        }
    }
}
