package io.llmim.application.port.in;

import io.llmim.domain.IncidentSnapshot;
import io.llmim.domain.IncidentId;
import io.llmim.domain.TimelineEntry;

import java.util.List;

/** Reads one incident and its audit trail. */
public interface GetIncidentQuery {

    /** @throws IncidentNotFoundException for an unknown id */
    IncidentSnapshot get(IncidentId id);

    /** The timeline, oldest entry first. @throws IncidentNotFoundException for an unknown id */
    List<TimelineEntry> timeline(IncidentId id);
}
