package io.llmim.application.suppression;

import io.llmim.application.port.in.IncidentHoldsQuery;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentSnapshot;

import java.time.Clock;
import java.util.List;

/** {@link IncidentHoldsQuery} over {@link Holds}, at the clock's now. */
public record CurrentHolds(Holds holds, Clock clock) implements IncidentHoldsQuery {

    @Override
    public List<Hold> holds(IncidentSnapshot incident) {
        return holds.on(Incident.restore(incident), clock.instant());
    }
}
