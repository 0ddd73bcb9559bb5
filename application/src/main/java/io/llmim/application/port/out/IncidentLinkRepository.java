package io.llmim.application.port.out;

import io.llmim.domain.IncidentId;

import java.util.List;

/** Which incidents are related, and why; links go both ways and are stored once. */
public interface IncidentLinkRepository {

    record IncidentLink(IncidentId related, String reason) {
    }

    /** Idempotent: linking twice keeps one link. */
    void link(IncidentId a, IncidentId b, String reason);

    List<IncidentLink> related(IncidentId incident);
}
