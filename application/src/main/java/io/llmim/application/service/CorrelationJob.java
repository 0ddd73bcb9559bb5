package io.llmim.application.service;

import io.llmim.application.port.in.RelatedIncidentsQuery;
import io.llmim.application.port.out.IncidentFilter;
import io.llmim.application.port.out.IncidentLinkRepository;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.application.port.out.Job;
import io.llmim.application.port.out.JobErrorType;
import io.llmim.application.port.out.JobFailedException;
import io.llmim.application.port.out.JobHandler;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentId;

import java.time.Duration;
import java.util.List;

/**
 * Links a new incident to the recent ones it is probably part of: the same source and category
 * within the correlation window, or the same {@code service} label within it.
 */
public final class CorrelationJob implements JobHandler, RelatedIncidentsQuery {

    static final String SERVICE_LABEL = "service";
    private static final int CANDIDATES = 100;

    private final IncidentRepository incidents;
    private final IncidentLinkRepository links;
    private final Duration window;

    public CorrelationJob(IncidentRepository incidents, IncidentLinkRepository links, Duration window) {
        this.incidents = incidents;
        this.links = links;
        this.window = window;
    }

    @Override
    public void handle(Job job) {
        IncidentId id = new IncidentId(job.payload().get("incident_id"));
        Incident incident = incidents.findById(id)
                .orElseThrow(() -> new JobFailedException(JobErrorType.VALIDATION_ERROR, "no incident " + id));
        for (Incident other : incidents.list(IncidentFilter.all(), CANDIDATES, null).items()) {
            if (other.id().equals(id) || Duration.between(other.createdAt(), incident.createdAt()).abs().compareTo(window) > 0) {
                continue;
            }
            if (other.source().equals(incident.source()) && other.category() == incident.category()) {
                links.link(id, other.id(), "same source and category within " + window.toSeconds() + " s");
            } else if (incident.labels().containsKey(SERVICE_LABEL)
                    && incident.labels().get(SERVICE_LABEL).equals(other.labels().get(SERVICE_LABEL))) {
                links.link(id, other.id(), "same service " + incident.labels().get(SERVICE_LABEL));
            }
        }
    }

    @Override
    public List<IncidentLinkRepository.IncidentLink> related(IncidentId id) {
        return links.related(id);
    }
}
