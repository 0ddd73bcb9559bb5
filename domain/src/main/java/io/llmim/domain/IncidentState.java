package io.llmim.domain;

/**
 * Where an incident is in its lifecycle: NEW -> ACKNOWLEDGED -> IN_PROGRESS -> RESOLVED -> CLOSED.
 * {@link LifecycleMove} says which moves are legal; {@link Incident} enforces them.
 */
public enum IncidentState {
    NEW, ACKNOWLEDGED, IN_PROGRESS, RESOLVED, CLOSED;

    /** Active incidents still need somebody; new events with the same fingerprint merge into them. */
    public boolean isActive() {
        return this == NEW || this == ACKNOWLEDGED || this == IN_PROGRESS;
    }

    /** Whether some {@link LifecycleMove} leads from this state to {@code target}. */
    public boolean canMoveTo(IncidentState target) {
        for (LifecycleMove move : LifecycleMove.values()) {
            if (move.target() == target && move.startsFrom(this)) {
                return true;
            }
        }
        return false;
    }

    /** Parses a state name such as {@code IN_PROGRESS}, case-insensitively. */
    public static IncidentState parse(String value) {
        if (value != null) {
            for (IncidentState state : values()) {
                if (state.name().equalsIgnoreCase(value)) {
                    return state;
                }
            }
        }
        throw new InvalidIncidentDataException("state",
                "must be one of NEW, ACKNOWLEDGED, IN_PROGRESS, RESOLVED, CLOSED");
    }
}
