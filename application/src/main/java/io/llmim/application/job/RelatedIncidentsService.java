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
public final class RelatedIncidentsService implements RelatedIncidentsQuery {

    private final IncidentRepository incidents;
    private final CorrelationGroups groups;

    public RelatedIncidentsService(IncidentRepository incidents, CorrelationGroups groups) {
        this.incidents = incidents;
        this.groups = groups;
    }

    @Override
    public RelatedIncidents related(IncidentId id, int limit, PageCursor after) {
        int pageSize = ListIncidentsQuery.pageSize(limit);
        if (incidents.findById(id).isEmpty()) {
            throw new IncidentNotFoundException(id);
        }
        return groups.related(id, pageSize, after);
    }
}
