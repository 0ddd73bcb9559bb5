package io.llmim.adapter.metrics;

import io.llmim.application.port.out.CacheMetrics;

/** {@link CacheMetrics} with registration failures contained by the {@link RecordingGuard}. */
final class GuardedCacheMetrics extends GuardedPort<CacheMetrics> implements CacheMetrics {

    GuardedCacheMetrics(CacheMetrics recorder, RecordingGuard guard) {
        super(recorder, guard);
    }

    @Override
    public void registerCache(String cacheName, CacheStatistics statistics) {
        if (guard.allows()) {
            try {
                recorder.registerCache(cacheName, statistics);
                guard.succeeded();
            } catch (RuntimeException e) {
                guard.failed(e);
            }
        }
    }
}
