package io.llmim.application.stream;

import io.llmim.application.port.in.ChangeFilter;
import io.llmim.application.port.in.ChangePage;
import io.llmim.application.port.in.IncidentChange;
import io.llmim.application.port.in.StreamChangesUseCase;
import io.llmim.application.port.out.IncidentChangeLog;

import java.util.List;

/** Reads the {@link IncidentChangeLog} for stream subscribers; see {@link StreamChangesUseCase}. */
public record ChangeStreamService(IncidentChangeLog log) implements StreamChangesUseCase {

    @Override
    public long head() {
        return log.head();
    }

    @Override
    public Resume resume(long lastSeen, long head) {
        if (lastSeen <= 0 || log.keeps(lastSeen)) {
            return new Resume(Math.max(lastSeen, 0), false);
        }
        // Gone: pruned past the retention (what is kept after it still follows), or never logged
        // here (a position from another store), in which case only what comes next can follow.
        return new Resume(Math.min(lastSeen, head), true);
    }

    @Override
    public ChangePage read(long after, long upTo, ChangeFilter filter, int limit) {
        List<IncidentChange> changes = log.read(after, upTo, filter, limit);
        long readThrough = changes.size() == limit ? changes.get(changes.size() - 1).position() : upTo;
        return new ChangePage(changes, Math.max(readThrough, after));
    }
}
