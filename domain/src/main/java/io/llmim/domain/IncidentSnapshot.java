package io.llmim.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Every stored field of an incident at one version: what repositories write and read back.
 * {@code version} is the version the incident was loaded at; 0 means never stored.
 * Nullable: description-less events store "", timestamps of steps not taken are null, the
 * {@code ...OccurredAt} pair is null until a report says when the trouble occurred,
 * {@code classifiedBy} is null when the sender gave both severity and category; the two
 * {@code ...Reported} flags say which of them the sender gave (a classifier never overrides those).
 */
public record IncidentSnapshot(
        IncidentId id,
        Fingerprint fingerprint,
        String title,
        String description,
        Severity severity,
        String source,
        Category category,
        IncidentState state,
        Map<String, String> labels,
        Instant createdAt,
        Instant updatedAt,
        Instant acknowledgedAt,
        Instant resolvedAt,
        Instant closedAt,
        Instant lastSeenAt,
        Instant firstOccurredAt,
        Instant lastOccurredAt,
        int occurrenceCount,
        String resolutionNote,
        String rootCause,
        String classifiedBy,
        boolean severityReported,
        boolean categoryReported,
        long version) {

    public IncidentSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        description = description == null ? "" : description;
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }
}
