package io.llmim.application.job;

import io.llmim.application.port.in.IncidentNotFoundException;
import io.llmim.application.port.in.ListIncidentsQuery;
import io.llmim.application.port.in.PageCursor;
import io.llmim.application.port.in.RelatedIncidents;
import io.llmim.application.port.in.RelatedIncidentsQuery;
import io.llmim.application.port.out.CorrelationGroups;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.domain.IncidentId;

/** Reads what {@link CorrelationJob} grouped. */
public record RelatedIncidentsService(IncidentRepository incidents, CorrelationGroups groups)
        implements RelatedIncidentsQuery {

    @Override
    public RelatedIncidents related(IncidentId id, int limit, PageCursor after) {
        int pageSize = ListIncidentsQuery.pageSize(limit);
        if (incidents.findById(id).isEmpty()) {
            throw new IncidentNotFoundException(id);
        }
        return groups.related(id, pageSize, after);
    }
}
