package io.llmim.application.port.out;

/**
 * Measures in-process caches (the {@code cache_*{cache_name}} families of docs/metrics.md), read
 * from the cache's own statistics when scraped. Called by the persistence adapter
 * ({@code adapters-persistence}: the read-through incident cache registers itself at start), never
 * by the core: an outbound port so that one adapter reaches another through the application ring
 * only. Implementations must be thread-safe; what bootstrap hands out never throws.
 */
public interface CacheMetrics {

    /** Cumulative statistics of one cache. */
    interface CacheStatistics {
        long hits();

        long misses();

        /** An estimate of the memory the cached entries hold. */
        long estimatedSizeBytes();
    }

    void registerCache(String cacheName, CacheStatistics statistics);

    static CacheMetrics noOp() {
        return NoOpMetrics.INSTANCE;
    }
}
