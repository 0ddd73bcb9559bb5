package io.llmim.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The state machine, written once: each move an actor can make, the states it starts from and the
 * state it leads to. "start" and "reopen" share a target, so a move, not a target, is what is legal.
 */
public enum LifecycleMove {
    ACKNOWLEDGE(IncidentState.ACKNOWLEDGED, EnumSet.of(IncidentState.NEW)),
    START(IncidentState.IN_PROGRESS, EnumSet.of(IncidentState.NEW, IncidentState.ACKNOWLEDGED)),
    RESOLVE(IncidentState.RESOLVED, EnumSet.of(IncidentState.NEW, IncidentState.ACKNOWLEDGED, IncidentState.IN_PROGRESS)),
    CLOSE(IncidentState.CLOSED, EnumSet.of(IncidentState.RESOLVED)),
    REOPEN(IncidentState.IN_PROGRESS, EnumSet.of(IncidentState.RESOLVED));

    private final IncidentState target;
    private final Set<IncidentState> from;

    LifecycleMove(IncidentState target, Set<IncidentState> from) {
        this.target = target;
        this.from = from;
    }

    public IncidentState target() {
        return target;
    }

    public boolean startsFrom(IncidentState state) {
        return from.contains(state);
    }
}
