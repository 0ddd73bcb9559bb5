package io.llmim.adapter.metrics;

import io.llmim.application.port.out.CacheMetrics;

/** {@link CacheMetrics} with registration failures contained by the {@link RecordingGuard}. */
record GuardedCacheMetrics(CacheMetrics recorder, RecordingGuard guard) implements CacheMetrics {

    @Override
    public void registerCache(String cacheName, CacheStatistics statistics) {
        guard.record(recorder, cacheName, statistics, CacheMetrics::registerCache);
    }
}
