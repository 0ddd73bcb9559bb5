package io.llmim.adapter.persistence;

import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.in.PrunableHistory;
import io.llmim.application.port.out.HistoryPruning;
import io.llmim.application.port.out.QueryOperation;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Deletes history in batches of {@value #BATCH} rows, each its own short write: on SQLite every
 * write waits for the one writer, and a single statement deleting a week of jobs would hold it for
 * seconds. Each statement selects the rows to delete by one bound parameter, the cutoff. Alert
 * members go by incident: a batch deletes every member of up to {@value #BATCH} incidents.
 */
final class JdbcHistoryPruning implements HistoryPruning {

    private static final int BATCH = 1_000;
    // Every queue named, so that both databases seek the jobs_due index (queue, status, run_at).
    private static final String QUEUES = Arrays.stream(JobQueue.values()).map(q -> "'" + q.name() + "'")
            .collect(Collectors.joining(", ", "(", ")"));
    private static final Map<PrunableHistory, String> DELETES = new EnumMap<>(Map.of(
            PrunableHistory.DONE_JOBS, finishedJobs("DONE"),
            PrunableHistory.DEAD_JOBS, finishedJobs("DEAD"),
            PrunableHistory.ALERT_MEMBERS, "DELETE FROM alert_members WHERE incident_id IN (SELECT m.incident_id "
                    + "FROM alert_members m JOIN incidents i ON i.id = m.incident_id "
                    + "WHERE i.state IN ('RESOLVED', 'CLOSED') AND i.resolved_at < ? LIMIT " + BATCH + ")",
            PrunableHistory.WEBHOOK_DELIVERIES, "DELETE FROM webhook_deliveries WHERE idempotency_key IN "
                    + "(SELECT idempotency_key FROM webhook_deliveries WHERE delivered_at < ? LIMIT " + BATCH + ")",
            PrunableHistory.CHANGE_LOG, "DELETE FROM incident_changes WHERE position IN "
                    + "(SELECT position FROM incident_changes WHERE changed_at < ? LIMIT " + BATCH + ")",
            PrunableHistory.EXPIRED_SILENCES, "DELETE FROM silences WHERE id IN "
                    + "(SELECT id FROM silences WHERE ends_at < ? LIMIT " + BATCH + ")"));

    private final Sql sql;
    private final StoreSpace space;

    JdbcHistoryPruning(Sql sql, StoreSpace space) {
        this.sql = sql;
        this.space = space;
    }

    private static String finishedJobs(String status) {
        return "DELETE FROM jobs WHERE id IN (SELECT id FROM jobs WHERE queue IN " + QUEUES
                + " AND status = '" + status + "' AND run_at < ? LIMIT " + BATCH + ")";
    }

    /** The statement that deletes one batch of {@code history}; its one parameter is the cutoff. */
    static String deleteBatch(PrunableHistory history) {
        return DELETES.get(history);
    }

    @Override
    public int prune(PrunableHistory history, Instant before) {
        String delete = deleteBatch(history);
        int total = 0;
        int deleted;
        do {
            deleted = sql.update("pruning " + history, QueryOperation.DELETE, delete, p -> p.instant(before));
            total += deleted;
        } while (deleted > 0);
        return total;
    }

    @Override
    public void reclaimSpace() {
        space.reclaim();
    }
}
