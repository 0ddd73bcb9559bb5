package io.llmim.adapter.metrics;

import io.llmim.application.port.out.DatabaseMetrics;
import io.llmim.application.port.out.QueryOperation;

/** {@link DatabaseMetrics} with recording failures contained by the {@link RecordingGuard}. */
record GuardedDatabaseMetrics(DatabaseMetrics recorder, RecordingGuard guard) implements DatabaseMetrics {

    @Override
    public void registerPool(String pool, PoolStatistics statistics) {
        guard.record(recorder, pool, statistics, DatabaseMetrics::registerPool);
    }

    @Override
    public void queryCompleted(QueryOperation operation, long durationNanos) {
        guard.record(recorder, operation, durationNanos, DatabaseMetrics::queryCompleted);
    }
}
