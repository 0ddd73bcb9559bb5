package io.llmim.application.suppression;

import io.llmim.application.port.in.IncidentHoldsQuery;
import io.llmim.application.port.in.IncidentHoldsQuery.HeldBy;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentSnapshot;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** {@link IncidentHoldsQuery} over {@link Holds}, at the clock's now. */
public record CurrentHolds(Holds holds, Clock clock) implements IncidentHoldsQuery {

    @Override
    public MutedBy mutedBy(IncidentSnapshot incident) {
        return mutedBy(holds.on(Incident.restore(incident), clock.instant()));
    }

    /**
     * Inhibitions apart, every other hold (silences, maintenance windows) as Alertmanager's
     * silencedBy; and every hold with its reason.
     */
    public static MutedBy mutedBy(List<Hold> held) {
        List<String> silencedBy = new ArrayList<>();
        List<String> inhibitedBy = new ArrayList<>();
        List<HeldBy> heldBy = new ArrayList<>();
        for (Hold hold : held) {
            (hold.reason() == HoldReason.INHIBITED ? inhibitedBy : silencedBy).addAll(hold.by());
            heldBy.add(new HeldBy(hold.reason().label(), hold.by()));
        }
        return new MutedBy(silencedBy, inhibitedBy, heldBy);
    }
}
