package io.llmim.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Reports of trouble an active incident already stands for, counted together: a hot fingerprint's
 * reports arrive faster than one store write each, so they are merged into the incident in batches.
 * Holds only what merging needs: how many, the span of occurrence times the senders gave, the most
 * severe severity a sender gave (null when none gave one) and the latest sender.
 */
public record Repeats(int count, Instant earliestOccurredAt, Instant latestOccurredAt, Severity mostSevere,
                      String lastSource) {

    public Repeats {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
        Objects.requireNonNull(lastSource, "lastSource");
    }

    /** The repeats of one fingerprint, in arrival order; at least one. */
    public static Repeats of(List<Event> events) {
        Instant earliest = null;
        Instant latest = null;
        Severity mostSevere = null;
        for (Event event : events) {
            Instant occurred = event.occurredAt();
            if (occurred != null) {
                earliest = earliest == null || occurred.isBefore(earliest) ? occurred : earliest;
                latest = latest == null || occurred.isAfter(latest) ? occurred : latest;
            }
            Severity reported = event.severity();
            if (reported != null) {
                mostSevere = mostSevere == null ? reported : Severity.mostSevere(mostSevere, reported);
            }
        }
        return new Repeats(events.size(), earliest, latest, mostSevere, events.get(events.size() - 1).source());
    }

    /** Whether a sender asked for a higher severity than {@code current}: severity only ever rises. */
    public boolean raises(Severity current) {
        return mostSevere != null && mostSevere.isMoreSevereThan(current);
    }
}
