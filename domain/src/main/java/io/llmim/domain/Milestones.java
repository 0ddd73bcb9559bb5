package io.llmim.domain;

import java.time.Instant;

/**
 * When an incident passed the milestones of its lifecycle, and what its resolver said; each null
 * until then. A reopen clears the resolution time and keeps the note: the fix that did not hold
 * stays on record.
 */
record Milestones(Instant acknowledgedAt, Instant resolvedAt, Instant closedAt, String resolutionNote,
                         String rootCause) {

    Milestones acknowledged(Instant at) {
        return new Milestones(at, resolvedAt, closedAt, resolutionNote, rootCause);
    }

    /** Resolved at {@code at}, with a note and root cause that are optional, bounded plain text. */
    Milestones resolved(Instant at, String note, String cause) {
        return new Milestones(acknowledgedAt, at, closedAt, PlainText.optional("note", note, Incident.MAX_NOTE_LENGTH),
                PlainText.optional("root_cause", cause, Incident.MAX_NOTE_LENGTH));
    }

    Milestones closed(Instant at) {
        return new Milestones(acknowledgedAt, resolvedAt, at, resolutionNote, rootCause);
    }

    Milestones reopened() {
        return new Milestones(acknowledgedAt, null, closedAt, resolutionNote, rootCause);
    }

    /** The resolution as the timeline tells it. */
    String resolutionDetail() {
        return "resolved" + (resolutionNote == null ? "" : ": " + resolutionNote)
                + (rootCause == null ? "" : " (root cause: " + rootCause + ")");
    }
}
