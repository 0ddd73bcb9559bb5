package io.llmim.domain;

/**
 * What a timeline entry records. Lifecycle kinds are written by {@link Incident} itself;
 * the informational ones may be added by collaborators (classifiers, jobs, operators).
 */
public enum TimelineEntryKind {
    CREATED(false),
    DEDUPLICATED(false),
    ACKNOWLEDGED(false),
    STARTED(false),
    RESOLVED(false),
    CLOSED(false),
    REOPENED(false),
    CLASSIFIED(false),
    ENRICHED(true),
    ANALYZED(true),
    ESCALATED(true),
    NOTIFIED(true),
    CORRELATED(true),
    NOTE(true),
    /** A notification or escalation held by a silence, maintenance window or inhibition, or let go. */
    HELD(true);

    private final boolean informational;

    TimelineEntryKind(boolean informational) {
        this.informational = informational;
    }

    /** Whether anyone may add an entry of this kind without a state change. */
    public boolean isInformational() {
        return informational;
    }
}
