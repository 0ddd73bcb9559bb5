package io.llmim.application.job;

import io.llmim.application.port.in.EnrichIncidentUseCase;
import io.llmim.application.port.in.Job;

/** Classifies and enriches one new incident through the model (the use case falls back to rules itself). */
public record EnrichmentJob(EnrichIncidentUseCase enrich) implements JobHandler {

    @Override
    public void handle(Job job) {
        IncidentJobs.forKnownIncident(() -> {
            enrich.enrich(IncidentJobs.incidentOf(job));
            return null;
        });
    }
}
