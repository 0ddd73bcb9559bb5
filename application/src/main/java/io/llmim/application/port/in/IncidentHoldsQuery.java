package io.llmim.application.port.in;

import io.llmim.application.suppression.Hold;
import io.llmim.domain.IncidentSnapshot;

import java.util.List;

/** What mutes an incident now (silences, maintenance windows, inhibition), for the incident views. */
public interface IncidentHoldsQuery {

    /** The holds on {@code incident} now; empty when nothing mutes it. */
    List<Hold> holds(IncidentSnapshot incident);

    /** Nothing ever mutes. */
    static IncidentHoldsQuery none() {
        return incident -> List.of();
    }
}
