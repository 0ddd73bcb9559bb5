package io.llmim.benchmarks;

import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * The hot-path histograms as prometheus client_java's classic histograms (the library Micrometer's
 * {@code PrometheusMeterRegistry} is built on), with the taxonomy's buckets and one label set each:
 * the floor issue 18 measures the adapter's acknowledged and resolved observations against. Without
 * exemplars, as the adapter's (and as Micrometer's registry, which leaves client_java's tracer out).
 */
final class ClientJavaHistograms {

    private static final double[] DURATION_BUCKETS = {60, 300, 900, 1800, 3600, 14400, 43200, 86400};

    final DistributionDataPoint acknowledgment;
    final DistributionDataPoint resolution;

    ClientJavaHistograms(PrometheusRegistry registry) {
        acknowledgment = Histogram.builder().name("incident_acknowledgment_duration_seconds")
                .help("Time from an incident's creation to its first acknowledgement")
                .classicOnly().classicUpperBounds(DURATION_BUCKETS).labelNames("severity").withoutExemplars()
                .register(registry).labelValues("P1");
        resolution = Histogram.builder().name("incident_resolution_duration_seconds")
                .help("Time from an incident's creation to its resolution")
                .classicOnly().classicUpperBounds(DURATION_BUCKETS).labelNames("severity", "source").withoutExemplars()
                .register(registry).labelValues("P1", "llm-sentinel");
    }
}
