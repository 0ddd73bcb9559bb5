package io.llmim.adapter.persistence;

import io.llmim.application.port.out.CacheMetrics;
import io.llmim.application.port.out.DatabaseMetrics;
import io.llmim.application.port.out.QueryOperation;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Counts what the store reports about itself. */
final class RecordingDatabaseMetrics implements DatabaseMetrics, CacheMetrics {

    final Map<QueryOperation, AtomicLong> queries = new EnumMap<>(QueryOperation.class);
    final Map<String, PoolStatistics> pools = new HashMap<>();
    final Map<String, CacheStatistics> caches = new HashMap<>();

    RecordingDatabaseMetrics() {
        for (QueryOperation operation : QueryOperation.values()) {
            queries.put(operation, new AtomicLong());
        }
    }

    @Override
    public synchronized void registerPool(String pool, PoolStatistics statistics) {
        pools.put(pool, statistics);
    }

    @Override
    public void queryCompleted(QueryOperation operation, long durationNanos) {
        queries.get(operation).incrementAndGet();
    }

    @Override
    public synchronized void registerCache(String cacheName, CacheStatistics statistics) {
        caches.put(cacheName, statistics);
    }
}
