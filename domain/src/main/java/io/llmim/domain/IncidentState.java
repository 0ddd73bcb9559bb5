package io.llmim.domain;

/**
 * Where an incident is in its lifecycle: NEW -> ACKNOWLEDGED -> IN_PROGRESS -> RESOLVED -> CLOSED.
 * {@link Incident} enforces which moves are legal.
 */
public enum IncidentState {
    NEW, ACKNOWLEDGED, IN_PROGRESS, RESOLVED, CLOSED;

    /** Active incidents still need somebody; new events with the same fingerprint merge into them. */
    public boolean isActive() {
        return this == NEW || this == ACKNOWLEDGED || this == IN_PROGRESS;
    }

    /**
     * The state machine: acknowledge (NEW), start (NEW, ACKNOWLEDGED), resolve (any active state),
     * close (RESOLVED) and reopen (RESOLVED -> IN_PROGRESS). Everything else is illegal.
     */
    public boolean canMoveTo(IncidentState target) {
        return switch (target) {
            case NEW -> false;
            case ACKNOWLEDGED -> this == NEW;
            case IN_PROGRESS -> this == NEW || this == ACKNOWLEDGED || this == RESOLVED;
            case RESOLVED -> isActive();
            case CLOSED -> this == RESOLVED;
        };
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
