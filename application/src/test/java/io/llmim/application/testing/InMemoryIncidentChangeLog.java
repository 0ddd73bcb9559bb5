package io.llmim.application.testing;

import io.llmim.application.port.in.ChangeFilter;
import io.llmim.application.port.in.ChangeKind;
import io.llmim.application.port.in.IncidentChange;
import io.llmim.application.port.out.IncidentChangeLog;
import io.llmim.domain.IncidentSnapshot;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference {@link IncidentChangeLog}: a list in position order. Appends are whole at once,
 * so every position appended is safe to read.
 */
public final class InMemoryIncidentChangeLog implements IncidentChangeLog {

    private final List<IncidentChange> changes = new ArrayList<>();
    private long last;

    @Override
    public synchronized void append(ChangeKind kind, IncidentSnapshot incident, Instant at) {
        changes.add(new IncidentChange(++last, kind, at, incident));
    }

    @Override
    public synchronized long head() {
        return changes.isEmpty() ? 0 : changes.get(changes.size() - 1).position();
    }

    @Override
    public synchronized boolean keeps(long position) {
        return changes.stream().anyMatch(change -> change.position() == position);
    }

    @Override
    public synchronized List<IncidentChange> read(long after, long upTo, ChangeFilter filter, int limit) {
        return changes.stream()
                .filter(change -> change.position() > after && change.position() <= upTo)
                .filter(change -> filter.admits(change.incident()))
                .limit(limit)
                .toList();
    }

    /** Deletes the changes made before {@code before}; how many. */
    public synchronized int deleteBefore(Instant before) {
        int size = changes.size();
        changes.removeIf(change -> change.at().isBefore(before));
        return size - changes.size();
    }

    /** Every change kept, oldest first. */
    public synchronized List<IncidentChange> all() {
        return List.copyOf(changes);
    }
}
