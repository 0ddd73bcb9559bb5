package io.llmim.application.port.out;

/**
 * Measures in-process caches (spec 2.5 {@code cache_*{cache_name}}), read from the cache's own
 * statistics when scraped. Implementations must be thread-safe and must not throw.
 *
 * <p>Called by the persistence adapter (its incident cache), never by the application; it is an
 * outbound port only because adapters-metrics implements it and adapters may not know each other.
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
