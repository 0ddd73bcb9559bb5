package io.llmim.application.port.in;

import io.llmim.domain.TimelineEntry;
import io.llmim.domain.TimelineEntryKind;

import java.util.List;
import java.util.Locale;

/**
 * What a change in the change log did to its incident; the stream's {@code event:} field is the
 * {@link #wireName()}. Lifecycle moves are one kind (the incident's new state says which move).
 */
public enum ChangeKind {
    CREATED,
    /** Repeats counted into the incident: one change per stored batch of repeats, with the new count. */
    DEDUPLICATED,
    TRANSITIONED,
    RECLASSIFIED,
    ENRICHED,
    ANALYZED,
    ESCALATED,
    NOTIFIED,
    /** The incident joined a correlation group. */
    RELATED,
    ANNOTATED;

    /** The kind of a stored change, from the first timeline entry it added (a new incident adds CREATED first). */
    public static ChangeKind of(List<TimelineEntry> added) {
        if (added.isEmpty()) {
            return ANNOTATED;
        }
        return of(added.get(0).kind());
    }

    private static ChangeKind of(TimelineEntryKind kind) {
        return switch (kind) {
            case CREATED -> CREATED;
            case DEDUPLICATED -> DEDUPLICATED;
            case ACKNOWLEDGED, STARTED, RESOLVED, CLOSED, REOPENED -> TRANSITIONED;
            case CLASSIFIED -> RECLASSIFIED;
            case ENRICHED -> ENRICHED;
            case ANALYZED -> ANALYZED;
            case ESCALATED -> ESCALATED;
            case NOTIFIED -> NOTIFIED;
            case CORRELATED -> RELATED;
            case NOTE, HELD -> ANNOTATED;
        };
    }

    /** The lower-case name the stream sends. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
