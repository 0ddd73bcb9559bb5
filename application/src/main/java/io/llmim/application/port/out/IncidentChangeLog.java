package io.llmim.application.port.out;

import io.llmim.application.port.in.ChangeFilter;
import io.llmim.application.port.in.ChangeKind;
import io.llmim.application.port.in.IncidentChange;
import io.llmim.domain.IncidentSnapshot;

import java.time.Instant;
import java.util.List;

/**
 * The durable, ordered log of incident changes that live subscribers read. Written by the
 * application's one write path in the unit of work of the change itself, so a change is in the log
 * exactly when it is in the store. Entries older than the retention are deleted through
 * {@link HistoryPruning}. Implementations must be thread-safe and keep their promises across the
 * processes sharing the store.
 */
public interface IncidentChangeLog {

    /**
     * Appends, in the unit of work under way, that {@code kind} made {@code incident} (as stored) at
     * {@code at}, at a position greater than every position appended before.
     */
    void append(ChangeKind kind, IncidentSnapshot incident, Instant at);

    /**
     * A safe position to read up to: every entry at or below it is committed and readable, and no
     * entry committing later takes a position at or below it (even where positions are handed out
     * before their transactions commit, in another order). 0 when the log is empty.
     */
    long head();

    /** Whether the entry at {@code position} is still kept (false once pruned, or for a position never logged). */
    boolean keeps(long position);

    /** At most {@code limit} entries after {@code after} and at or below {@code upTo} that {@code filter} admits, oldest first. */
    List<IncidentChange> read(long after, long upTo, ChangeFilter filter, int limit);
}
