package io.llmim.domain;

/** A lifecycle move the state machine forbids, such as CLOSED -> ACKNOWLEDGED. */
public final class IllegalTransitionException extends IncidentDomainException {

    private final IncidentState from;
    private final IncidentState to;

    public IllegalTransitionException(IncidentState from, IncidentState to) {
        super("cannot move an incident from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public IncidentState from() {
        return from;
    }

    public IncidentState to() {
        return to;
    }
}
