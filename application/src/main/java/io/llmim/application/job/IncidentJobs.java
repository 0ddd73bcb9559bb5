package io.llmim.application.job;

import io.llmim.application.port.in.IncidentNotFoundException;
import io.llmim.application.port.in.Job;
import io.llmim.application.port.in.JobErrorType;
import io.llmim.application.port.in.JobFailedException;
import io.llmim.domain.IncidentId;

import java.util.function.Supplier;

/** What every job about one incident shares: the incident it names, and that an unknown one is no retry's to fix. */
final class IncidentJobs {

    static final String INCIDENT_ID = "incident_id";

    private IncidentJobs() {
    }

    static IncidentId incidentOf(Job job) {
        return new IncidentId(job.payload().get(INCIDENT_ID));
    }

    static <T> T forKnownIncident(Supplier<T> work) {
        try {
            return work.get();
        } catch (IncidentNotFoundException e) {
            throw new JobFailedException(JobErrorType.VALIDATION_ERROR, e.getMessage());
        }
    }
}
