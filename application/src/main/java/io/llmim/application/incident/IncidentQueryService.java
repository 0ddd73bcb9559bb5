package io.llmim.application.incident;

import io.llmim.application.port.in.GetIncidentQuery;
import io.llmim.application.port.in.IncidentNotFoundException;
import io.llmim.application.port.in.ListIncidentsQuery;
import io.llmim.application.port.in.IncidentFilter;
import io.llmim.application.port.in.IncidentPage;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.application.port.in.PageCursor;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentId;
import io.llmim.domain.IncidentSnapshot;
import io.llmim.domain.TimelineEntry;

import java.util.List;

/** Read side: one incident, its timeline, and filtered pages. */
public record IncidentQueryService(IncidentRepository incidents) implements GetIncidentQuery, ListIncidentsQuery {

    @Override
    public IncidentSnapshot get(IncidentId id) {
        return incidents.findById(id).map(Incident::snapshot).orElseThrow(() -> new IncidentNotFoundException(id));
    }

    @Override
    public List<TimelineEntry> timeline(IncidentId id) {
        List<TimelineEntry> timeline = incidents.timeline(id);
        if (timeline.isEmpty()) {
            // Every stored incident has at least its CREATED entry, so empty means unknown.
            throw new IncidentNotFoundException(id);
        }
        return timeline;
    }

    @Override
    public IncidentPage list(IncidentFilter filter, int limit, PageCursor after) {
        return incidents.list(filter, ListIncidentsQuery.pageSize(limit), after);
    }
}
