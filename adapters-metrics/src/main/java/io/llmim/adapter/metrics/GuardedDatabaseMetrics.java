package io.llmim.adapter.metrics;

import io.llmim.application.port.out.DatabaseMetrics;
import io.llmim.application.port.out.QueryOperation;

/** {@link DatabaseMetrics} with recording failures contained by the {@link RecordingGuard}. */
final class GuardedDatabaseMetrics extends GuardedPort<DatabaseMetrics> implements DatabaseMetrics {

    GuardedDatabaseMetrics(DatabaseMetrics recorder, RecordingGuard guard) {
        super(recorder, guard);
    }

    @Override
    public void registerPool(String pool, PoolStatistics statistics) {
        if (guard.allows()) {
            try {
                recorder.registerPool(pool, statistics);
                guard.succeeded();
            } catch (RuntimeException e) {
                guard.failed(e);
            }
        }
    }

    @Override
    public void queryCompleted(QueryOperation operation, long durationNanos) {
        if (guard.allows()) {
            try {
                recorder.queryCompleted(operation, durationNanos);
                guard.succeeded();
            } catch (RuntimeException e) {
                guard.failed(e);
            }
        }
    }
}
