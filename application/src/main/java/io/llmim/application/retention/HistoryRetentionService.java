package io.llmim.application.retention;

import io.llmim.application.port.in.PrunableHistory;
import io.llmim.application.port.in.PruneHistoryUseCase;
import io.llmim.application.port.out.HistoryPruning;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Prunes each kind of history older than its retention; a retention of zero keeps that kind forever. */
public record HistoryRetentionService(HistoryPruning store, List<Retention> retentions, Clock clock)
        implements PruneHistoryUseCase {

    /** How long one kind of history is kept; {@link Duration#ZERO} keeps it forever. */
    public record Retention(PrunableHistory history, Duration keptFor) {
    }

    private static final System.Logger LOG = System.getLogger(HistoryRetentionService.class.getName());

    public HistoryRetentionService {
        retentions = List.copyOf(retentions);
    }

    @Override
    public Map<PrunableHistory, Integer> prune() {
        Map<PrunableHistory, Integer> deleted = new EnumMap<>(PrunableHistory.class);
        for (Retention retention : retentions) {
            if (!retention.keptFor().isZero()) {
                deleted.put(retention.history(), store.prune(retention.history(), clock.instant().minus(retention.keptFor())));
            }
        }
        if (deleted.values().stream().anyMatch(count -> count > 0)) {
            store.reclaimSpace();
            LOG.log(System.Logger.Level.INFO, "pruned history past its retention: {0}", deleted);
        }
        return deleted;
    }
}
