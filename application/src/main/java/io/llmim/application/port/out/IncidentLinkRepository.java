package io.llmim.application.port.out;

import io.llmim.application.port.in.IncidentLink;
import io.llmim.domain.IncidentId;

import java.util.List;

/** Which incidents are related, and why; links go both ways and are stored once. */
public interface IncidentLinkRepository {

    /**
     * Links the incident to each of the related ones, in one write: an alert storm relates every
     * new incident to dozens of recent ones, and one commit per pair would starve the job queue.
     * Idempotent: linking a pair again keeps its first reason.
     */
    void link(IncidentId incident, List<IncidentLink> related);

    List<IncidentLink> related(IncidentId incident);
}
