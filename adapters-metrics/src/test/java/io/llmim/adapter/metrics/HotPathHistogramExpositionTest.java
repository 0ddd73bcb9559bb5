package io.llmim.adapter.metrics;

import io.llmim.domain.Category;
import io.llmim.domain.Severity;
import io.micrometer.core.instrument.Tag;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acknowledgement and resolution histograms are client_java's own (issue 18: Micrometer's timer
 * cost several times more under contention); the scrape must not tell: each family's lines are the
 * ones Micrometer's timer gave for the same observations, in both formats, global labels included.
 */
class HotPathHistogramExpositionTest {

    private static final Map<String, String> GLOBAL = Map.of("environment", "production", "region", "eu");
    private static final Duration SEVEN_MINUTES = Duration.ofMinutes(7);
    private static final Duration TWO_HOURS = Duration.ofHours(2);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text/plain", "application/openmetrics-text; version=1.0.0"})
    void the_histograms_scrape_line_for_line_as_micrometers_timers_did(String accept) {
        MetricsSettings settings = TestSettings.withGlobalLabels(GLOBAL);
        PrometheusMeterRegistry micrometer = timersAsBefore(settings);
        try (PrometheusMetrics adapter = PrometheusMetrics.create(settings)) {
            adapter.incidents().incidentAcknowledged(Severity.P1, SEVEN_MINUTES);
            adapter.incidents().incidentResolved(Severity.P1, "llm-sentinel", Category.PERFORMANCE, TWO_HOURS);
            micrometer.find("incident.acknowledgment.duration").tag("severity", "P1").timer().record(SEVEN_MINUTES);
            micrometer.find("incident.resolution.duration").tags("severity", "P1", "source", "llm-sentinel").timer()
                    .record(TWO_HOURS);

            for (String family : List.of("incident_acknowledgment_duration_seconds",
                    "incident_resolution_duration_seconds")) {
                assertThat(linesOf(family, adapter.scrape(accept)))
                        .as(family).isNotEmpty()
                        .containsExactlyInAnyOrderElementsOf(linesOf(family, scrape(micrometer, accept)));
            }
        } finally {
            micrometer.close();
        }
    }

    /** What the adapter registered before: a Micrometer timer per label set, the taxonomy's buckets. */
    private static PrometheusMeterRegistry timersAsBefore(MetricsSettings settings) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().commonTags(GLOBAL.entrySet().stream().map(e -> Tag.of(e.getKey(), e.getValue())).toList());
        Meters meters = new Meters(registry, GLOBAL);
        List<Double> buckets = settings.histograms().incidentResolutionDurationSeconds();
        for (Severity severity : Severity.values()) {
            meters.timer("incident.acknowledgment.duration",
                    "Time from an incident's creation to its first acknowledgement", buckets, "severity", severity.name());
            for (String source : MicrometerIncidentMetrics.KNOWN_SOURCES) {
                meters.timer("incident.resolution.duration", "Time from an incident's creation to its resolution",
                        buckets, "severity", severity.name(), "source", source);
            }
        }
        return registry;
    }

    private static String scrape(PrometheusMeterRegistry registry, String accept) {
        return new PrometheusScrape(registry.getPrometheusRegistry()).text(accept);
    }

    /** The family's lines (HELP, TYPE, UNIT and samples), the {@code _max} gauge left out as the scrape does. */
    private static List<String> linesOf(String family, String exposition) {
        return exposition.lines()
                .filter(line -> line.startsWith(family + "_bucket") || line.startsWith(family + "_sum")
                        || line.startsWith(family + "_count") || line.startsWith(family + "{")
                        || line.matches("# (HELP|TYPE|UNIT) " + family + " .*"))
                .toList();
    }
}
