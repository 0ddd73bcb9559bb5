package io.llmim.application.port.out;

/**
 * Measures the store (the {@code database_*} families of docs/metrics.md): connection pools, read
 * when scraped, and query latency. Called by the persistence adapter ({@code adapters-persistence}:
 * the JDBC store registers its pool, every timed statement reports its latency), never by the core:
 * an outbound port so that one adapter reaches another through the application ring only.
 * Implementations must be cheap and thread-safe; what bootstrap hands out never throws (the metrics
 * adapter contains recording failures), so callers do not catch.
 */
public interface DatabaseMetrics {

    /** Live connection counts of a pool, read on every scrape. */
    interface PoolStatistics {
        int activeConnections();

        int idleConnections();
    }

    /** Starts reporting {@code database_connections_active/idle{pool}} from {@code statistics}. */
    void registerPool(String pool, PoolStatistics statistics);

    void queryCompleted(QueryOperation operation, long durationNanos);

    static DatabaseMetrics noOp() {
        return NoOpMetrics.INSTANCE;
    }
}
