package io.llmim.application.job;

import io.llmim.application.port.in.Job;
import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.in.JobStatus;
import io.llmim.application.port.in.JobType;
import io.llmim.domain.IncidentId;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Jobs as a worker would claim them, built from what their handler reads. */
final class JobFixtures {

    private JobFixtures() {
    }

    static Job claimed(JobType type, IncidentId incident, Map<String, String> more) {
        Map<String, String> payload = new HashMap<>(more);
        payload.put(IncidentJobs.INCIDENT_ID, incident.value());
        return new Job("job-1", type, JobQueue.HIGH_PRIORITY, payload, 1, Instant.parse("2026-06-01T09:00:00Z"),
                JobStatus.RUNNING, null);
    }
}
