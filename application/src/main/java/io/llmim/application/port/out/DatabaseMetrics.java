package io.llmim.application.port.out;

/**
 * Measures the store (spec 2.5): connection pools, read when scraped, and query latency.
 * Implementations must be cheap, thread-safe and must not throw.
 *
 * <p>Called by the persistence adapter (its pools and statements), never by the application; it is an
 * outbound port only because adapters-metrics implements it and adapters may not know each other.
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
