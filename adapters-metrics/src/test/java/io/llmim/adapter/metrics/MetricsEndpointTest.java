package io.llmim.adapter.metrics;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The scrape endpoint over real HTTP: formats, compression, and nothing else served. */
class MetricsEndpointTest {

    private final Vertx vertx = Vertx.vertx();
    private MetricsAdapter metrics;

    @AfterEach
    void stop() throws Exception {
        if (metrics != null) {
            metrics.close();
        }
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    private HttpResponse<Buffer> get(MetricsSettings settings, String path, Map<String, String> headers,
                                     boolean decompress) throws Exception {
        metrics = MetricsAdapter.create(settings);
        Workload.driveEveryFamily(metrics);
        MetricsEndpoint endpoint = metrics.startEndpoint(vertx).toCompletionStage().toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        WebClient client = WebClient.create(vertx, new WebClientOptions().setDecompressionSupported(decompress));
        var request = client.get(endpoint.port(), "127.0.0.1", path);
        headers.forEach(request::putHeader);
        return request.send().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void the_default_format_is_prometheus_text_0_0_4() throws Exception {
        HttpResponse<Buffer> response = get(TestSettings.onLoopback(), "/metrics", Map.of(), true);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.getHeader("Content-Type")).startsWith("text/plain").contains("version=0.0.4");
        assertThat(response.bodyAsString()).contains("# TYPE incidents_active gauge");
    }

    @Test
    void openmetrics_is_served_when_asked_for() throws Exception {
        HttpResponse<Buffer> response = get(TestSettings.onLoopback(), "/metrics",
                Map.of("Accept", "application/openmetrics-text; version=1.0.0"), true);

        assertThat(response.getHeader("Content-Type")).startsWith("application/openmetrics-text")
                .contains("version=1.0.0");
        assertThat(response.bodyAsString()).endsWith("# EOF\n");
    }

    @Test
    void the_body_is_gzipped_for_a_scraper_that_accepts_it() throws Exception {
        HttpResponse<Buffer> response = get(TestSettings.onLoopback(), "/metrics",
                Map.of("Accept-Encoding", "gzip"), false);

        assertThat(response.getHeader("Content-Encoding")).isEqualTo("gzip");
        byte[] body = response.body().getBytes();
        assertThat(body[0]).isEqualTo((byte) 0x1f);
        assertThat(body[1]).isEqualTo((byte) 0x8b);
    }

    @Test
    void other_paths_are_404() throws Exception {
        assertThat(get(TestSettings.onLoopback(), "/other", Map.of(), true).statusCode()).isEqualTo(404);
    }

    @Test
    void with_metrics_disabled_the_endpoint_answers_404() throws Exception {
        assertThat(get(TestSettings.disabled(), "/metrics", Map.of(), true).statusCode()).isEqualTo(404);
    }
}
