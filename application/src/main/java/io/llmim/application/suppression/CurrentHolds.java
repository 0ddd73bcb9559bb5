package io.llmim.application.suppression;

import io.llmim.application.port.in.IncidentHoldsQuery;
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

    /** Inhibitions apart, every other hold (silences, maintenance windows) as Alertmanager's silencedBy. */
    public static MutedBy mutedBy(List<Hold> held) {
        List<String> silencedBy = new ArrayList<>();
        List<String> inhibitedBy = new ArrayList<>();
        for (Hold hold : held) {
            (hold.reason() == HoldReason.INHIBITED ? inhibitedBy : silencedBy).addAll(hold.by());
        }
        return new MutedBy(silencedBy, inhibitedBy);
    }
}
