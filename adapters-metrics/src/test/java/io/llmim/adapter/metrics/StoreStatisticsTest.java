package io.llmim.adapter.metrics;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics a pool or cache hands in are read at every scrape for as long as the adapter lives,
 * even when nothing else keeps them (the owners pass anonymous classes) and a GC has run since.
 */
class StoreStatisticsTest {

    @Test
    void statistics_nothing_else_holds_survive_a_garbage_collection() {
        try (PrometheusMetrics metrics = PrometheusMetrics.create(MetricsSettings.defaults())) {
            Workload.driveEveryFamily(metrics);

            System.gc();
            Exposition exposition = Exposition.parse(metrics.scrape(null));

            assertThat(exposition.value("cache_hits_total", Map.of("cache_name", "incidents"))).isEqualTo(7.0);
            assertThat(exposition.value("database_connections_idle", Map.of("pool", "sqlite_main"))).isEqualTo(8.0);
        }
    }
}
