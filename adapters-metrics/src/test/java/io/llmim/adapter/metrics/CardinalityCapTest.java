package io.llmim.adapter.metrics;

import io.llmim.application.port.out.LlmOperation;
import io.llmim.domain.Category;
import io.llmim.domain.Severity;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** No input can grow the number of series without bound. */
class CardinalityCapTest {

    private static final int DISTINCT_INPUTS = 10_000;

    private static Set<String> values(Exposition exposition, String series, String label) {
        Set<String> values = new HashSet<>();
        exposition.series(series).forEach(s -> values.add(s.labels().get(label)));
        return values;
    }

    @Test
    void ten_thousand_sources_models_and_paths_stay_within_the_caps() {
        try (PrometheusMetrics metrics = PrometheusMetrics.create(TestSettings.onLoopback())) {
            String before = metrics.scrape(null);

            for (int i = 0; i < DISTINCT_INPUTS; i++) {
                metrics.incidents().incidentCreated(Severity.P3, "source-" + i, Category.OTHER);
                metrics.llm().requestCompleted("openai", "model-" + i, LlmOperation.CLASSIFICATION, true, 1000);
                metrics.http().requestStarted("GET", "/scan/" + i);
                metrics.http().requestCompleted("GET", "/scan/" + i, 404, 1000, 0, 0);
            }
            Exposition after = Exposition.parse(metrics.scrape(null));

            int cap = MetricsSettings.DEFAULT_LABEL_VALUE_LIMIT;
            assertThat(values(after, "incidents_total", "source")).hasSizeLessThanOrEqualTo(cap + 1).contains("other");
            assertThat(values(after, "llm_requests_total", "model")).hasSizeLessThanOrEqualTo(cap + 1).contains("other");
            assertThat(values(after, "http_requests_total", "path")).hasSizeLessThanOrEqualTo(cap + 1).contains("other");
            long seriesBefore = before.lines().filter(l -> !l.startsWith("#")).count();
            long seriesAfter = after.samples().values().stream().mapToLong(java.util.List::size).sum();
            assertThat(seriesAfter).isLessThan(seriesBefore + 60_000);
            assertThat(after.value("incidents_total", java.util.Map.of("source", "other")))
                    .isEqualTo(DISTINCT_INPUTS - (cap - MicrometerIncidentMetrics.KNOWN_SOURCES.size()));
        }
    }
}
