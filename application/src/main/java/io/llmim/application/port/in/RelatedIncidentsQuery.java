package io.llmim.application.port.in;

import io.llmim.application.port.out.IncidentLinkRepository;
import io.llmim.domain.IncidentId;

import java.util.List;

/** The incidents correlation linked to this one, with the reason for each link. */
public interface RelatedIncidentsQuery {

    List<IncidentLink> related(IncidentId id);
}
