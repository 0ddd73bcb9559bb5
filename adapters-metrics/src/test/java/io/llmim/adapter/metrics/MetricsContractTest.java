package io.llmim.adapter.metrics;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The scrape shows every family of the contract exactly as specified, and nothing else under those names. */
class MetricsContractTest {

    private PrometheusMetrics metrics;
    private RunningCollectors collectors;
    private Exposition exposition;

    @BeforeEach
    void scrapeAfterAWorkload() {
        metrics = PrometheusMetrics.create(MetricsSettings.defaults());
        collectors = metrics.startCollectors();
        Workload.driveEveryFamily(metrics);
        exposition = Exposition.parse(metrics.scrape(null));
    }

    @AfterEach
    void close() {
        collectors.close();
        metrics.close();
    }

    static List<MetricsContract> families() {
        return MetricsContract.load();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("families")
    void every_family_is_exposed_exactly_as_the_contract_says(MetricsContract family) {
        assertThat(family.violationIn(exposition, Set.of())).as(family.exposedName()).isNull();
    }

    @Test
    void the_contract_has_its_35_families() {
        assertThat(MetricsContract.load()).hasSize(35);
    }

    @Test
    void no_max_gauge_appears_beside_the_taxonomy_histograms() {
        for (MetricsContract family : MetricsContract.load()) {
            assertThat(exposition.types()).doesNotContainKey(family.exposedName() + "_max");
            assertThat(exposition.samples()).doesNotContainKey(family.exposedName() + "_max");
        }
    }

    @Test
    void counters_histograms_and_gauges_carry_what_was_recorded() {
        assertThat(exposition.value("incidents_total", Map.of("severity", "P0", "source", "llm-sentinel",
                "category", "performance"))).isEqualTo(1.0);
        assertThat(exposition.value("incidents_active", Map.of("severity", "P0", "source", "llm-sentinel",
                "category", "performance"))).isEqualTo(0.0);
        assertThat(exposition.value("incident_resolution_duration_seconds_bucket", Map.of("severity", "P0",
                "source", "llm-sentinel", "le", "1800.0"))).isEqualTo(1.0);
        assertThat(exposition.value("llm_cost_dollars_total", Map.of("provider", "openai", "model", "gpt-4")))
                .isEqualTo(0.042);
        assertThat(exposition.value("llm_tokens_total", Map.of("token_type", "total"))).isEqualTo(1200.0);
        assertThat(exposition.value("http_requests_in_flight", Map.of("method", "GET", "path", "/v1/incidents/:id")))
                .isEqualTo(1.0);
        assertThat(exposition.value("message_queue_lag_seconds", Map.of("topic", "standard",
                "consumer_group", "workers"))).isEqualTo(12.5);
        assertThat(exposition.value("jobs_total", Map.of("job_type", "notification", "status", "retry")))
                .isEqualTo(1.0);
        assertThat(exposition.value("cache_hits_total", Map.of("cache_name", "incidents"))).isEqualTo(7.0);
    }

    @Test
    void bounded_label_spaces_show_zeros_before_anything_happens() {
        try (PrometheusMetrics fresh = PrometheusMetrics.create(MetricsSettings.defaults())) {
            Exposition idle = Exposition.parse(fresh.scrape(null));

            assertThat(idle.series("incidents_active")).hasSize(4 * 5 * 6);
            assertThat(idle.series("jobs_queue_depth")).hasSize(3);
            assertThat(idle.series("jobs_total")).hasSize(5 * 3);
            assertThat(idle.series("incident_state_transitions_total")).hasSize(8);
        }
    }
}
