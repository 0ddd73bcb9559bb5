package io.llmim.adapter.metrics;

import io.llmim.application.port.out.CacheMetrics;
import io.llmim.application.port.out.DatabaseMetrics;
import io.llmim.application.port.out.QueryOperation;
import io.micrometer.core.instrument.Timer;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The {@code database_*} and {@code cache_*} families (docs/metrics.md, "The taxonomy"): pools and
 * caches are read when scraped, straight from the statistics their owners keep; query latency is
 * recorded per operation. Failures are contained by the guarded decorators, not here.
 */
public final class MicrometerStoreMetrics implements DatabaseMetrics, CacheMetrics {

    private static final List<Double> QUERY_BUCKETS = List.of(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5);

    private final Meters meters;
    private final Timer[] queries = new Timer[QueryOperation.values().length];
    private final BoundedLabelValues<String> pools;
    private final BoundedLabelValues<String> caches;
    // Micrometer holds the object behind a gauge or function counter weakly, and the owners hand in
    // statistics nothing else keeps (an anonymous class): held here, for as long as the registry lives,
    // so that a GC cannot clear them and turn their series into NaN or a counter stuck at its last read.
    private final List<Object> heldStatistics = new CopyOnWriteArrayList<>();

    MicrometerStoreMetrics(Meters meters, MetricsSettings settings) {
        this.meters = meters;
        this.pools = new BoundedLabelValues<>("pool", settings.labelValueLimit(), name -> name);
        this.caches = new BoundedLabelValues<>("cache_name", settings.labelValueLimit(), name -> name);
        for (QueryOperation operation : QueryOperation.values()) {
            queries[operation.ordinal()] = meters.timer("database.query.duration", "Database query latency",
                    QUERY_BUCKETS, "operation", operation.label());
        }
    }

    @Override
    public void registerPool(String pool, PoolStatistics statistics) {
        String name = pools.get(pool);
        heldStatistics.add(statistics);
        meters.gaugeOf(statistics, PoolStatistics::activeConnections, "database.connections.active",
                "Database connections in use", "pool", name);
        meters.gaugeOf(statistics, PoolStatistics::idleConnections, "database.connections.idle",
                "Database connections idle in the pool", "pool", name);
    }

    @Override
    public void queryCompleted(QueryOperation operation, long durationNanos) {
        queries[operation.ordinal()].record(durationNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void registerCache(String cacheName, CacheStatistics statistics) {
        String name = caches.get(cacheName);
        heldStatistics.add(statistics);
        meters.counterOf(statistics, CacheStatistics::hits, "cache.hits", "Cache lookups answered from the cache",
                "cache_name", name);
        meters.counterOf(statistics, CacheStatistics::misses, "cache.misses", "Cache lookups that went to the source",
                "cache_name", name);
        meters.gaugeOf(statistics, CacheStatistics::estimatedSizeBytes, "cache.size.bytes",
                "Estimated memory held by a cache's entries", "cache_name", name);
    }
}
