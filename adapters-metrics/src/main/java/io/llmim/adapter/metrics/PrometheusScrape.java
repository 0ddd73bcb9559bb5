package io.llmim.adapter.metrics;

import io.prometheus.metrics.expositionformats.ExpositionFormatWriter;
import io.prometheus.metrics.expositionformats.ExpositionFormats;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Renders the registry in the format the scraper asked for: Prometheus text 0.0.4 by default,
 * OpenMetrics 1.0.0 when the Accept header names it. Micrometer keeps a {@code _max} gauge beside
 * each timer and summary; for the taxonomy's histograms those are dropped here, so that nothing but
 * the specified families appears under their names.
 */
public final class PrometheusScrape {

    static final Set<String> TAXONOMY_HISTOGRAMS = Set.of(
            "http_request_duration_seconds", "http_request_size_bytes", "http_response_size_bytes",
            "incident_resolution_duration_seconds", "incident_acknowledgment_duration_seconds",
            "llm_request_duration_seconds", "jobs_duration_seconds", "database_query_duration_seconds");
    private static final Set<String> DROPPED = Set.copyOf(TAXONOMY_HISTOGRAMS.stream().map(n -> n + "_max").toList());
    private static final Predicate<String> INCLUDED = name -> !DROPPED.contains(name);

    private final PrometheusRegistry registry;
    private final ExpositionFormats formats = ExpositionFormats.init();

    PrometheusScrape(PrometheusRegistry registry) {
        this.registry = registry;
    }

    /** The writer for an Accept header (null or anything else: the text format). */
    public ExpositionFormatWriter writerFor(String accept) {
        if (accept != null && accept.contains("application/openmetrics-text")) {
            return formats.getOpenMetricsTextFormatWriter();
        }
        return formats.getPrometheusTextFormatWriter();
    }

    public void write(OutputStream out, ExpositionFormatWriter writer) throws IOException {
        writer.write(out, registry.scrape(INCLUDED));
    }

    public String text(String accept) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            write(out, writerFor(accept));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
