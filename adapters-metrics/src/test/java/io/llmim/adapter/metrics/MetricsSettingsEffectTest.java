package io.llmim.adapter.metrics;

import io.llmim.application.port.out.HttpMetrics;
import io.llmim.domain.Category;
import io.llmim.domain.MetricsPort;
import io.llmim.domain.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What each [metrics] switch does to the exposition. */
class MetricsSettingsEffectTest {

    @Test
    void disabled_metrics_are_the_variant_without_a_registry_and_its_ports_are_no_ops() {
        try (MetricsAdapter metrics = MetricsAdapter.create(TestSettings.disabled())) {
            assertThat(metrics).isInstanceOf(DisabledMetrics.class);
            assertThat(metrics.enabled()).isFalse();
            assertThat(metrics.incidents()).isSameAs(MetricsPort.noOp());
            assertThat(metrics.http()).isSameAs(HttpMetrics.noOp());
        }
    }

    @Test
    void global_labels_are_on_every_series() {
        try (PrometheusMetrics metrics = PrometheusMetrics.create(
                TestSettings.withGlobalLabels(Map.of("environment", "production")))) {
            Workload.driveEveryFamily(metrics);
            Exposition exposition = Exposition.parse(metrics.scrape(null));

            exposition.samples().forEach((name, series) -> assertThat(series)
                    .as(name).allMatch(s -> "production".equals(s.labels().get("environment"))));
            for (MetricsContract family : MetricsContractTest.families()) {
                assertThat(family.violationIn(exposition, java.util.Set.of("environment"))).as(family.exposedName())
                        .isNull();
            }
        }
    }

    @Test
    void configured_buckets_replace_the_defaults() {
        try (PrometheusMetrics metrics = PrometheusMetrics.create(TestSettings.withHttpBuckets(List.of(0.1, 1.0)))) {
            metrics.http().requestStarted("GET", "/health");
            metrics.http().requestCompleted("GET", "/health", 200, 1_000_000, 0, 10);
            Exposition exposition = Exposition.parse(metrics.scrape(null));

            assertThat(exposition.series("http_request_duration_seconds_bucket"))
                    .extracting(s -> s.labels().get("le")).containsExactly("0.1", "1.0", "+Inf");
        }
    }

    @Test
    void a_family_switched_off_is_the_ports_no_op_and_records_nothing() {
        try (PrometheusMetrics metrics = PrometheusMetrics.create(
                TestSettings.withHttp(new MetricsSettings.Http(false, true, true)))) {
            assertThat(metrics.http()).isSameAs(HttpMetrics.noOp());
            metrics.http().requestStarted("GET", "/health");
            metrics.http().requestCompleted("GET", "/health", 200, 1_000_000, 0, 10);

            assertThat(Exposition.parse(metrics.scrape(null)).typeOf("http_requests_total")).isNull();
        }
    }

    @Test
    void size_tracking_can_be_switched_off_alone() {
        try (PrometheusMetrics metrics = PrometheusMetrics.create(
                TestSettings.withHttp(new MetricsSettings.Http(true, false, true)))) {
            metrics.http().requestStarted("GET", "/health");
            metrics.http().requestCompleted("GET", "/health", 200, 1_000_000, 0, 10);
            Exposition exposition = Exposition.parse(metrics.scrape(null));

            assertThat(exposition.typeOf("http_request_size_bytes")).isNull();
            assertThat(exposition.typeOf("http_response_size_bytes")).isEqualTo("histogram");
        }
    }

    @Test
    void the_active_gauge_is_set_from_the_stores_count() {
        try (PrometheusMetrics metrics = PrometheusMetrics.create(TestSettings.onLoopback())) {
            metrics.activeIncidents().activeIncidentsCounted(Severity.P1, "llm-shield", Category.SECURITY, 7);
            metrics.incidents().incidentCreated(Severity.P1, "llm-shield", Category.SECURITY);

            assertThat(Exposition.parse(metrics.scrape(null)).value("incidents_active",
                    Map.of("severity", "P1", "source", "llm-shield", "category", "security"))).isEqualTo(8.0);
        }
    }
}
