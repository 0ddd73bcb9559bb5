package io.llmim.adapter.metrics;

import io.llmim.testsupport.LoopbackProcess;
import io.llmim.testsupport.SystemBinary;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A real Prometheus scrapes the adapter's endpoint every second; the specification's example
 * queries (sections 2.1 to 2.5 and 9.2, with the counter's real name llm_cost_dollars_total)
 * answer with data.
 */
class PrometheusServerEndToEndTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path work;
    private static Vertx vertx;
    private static PrometheusMetrics metrics;
    private static RunningCollectors collectors;
    private static LoopbackProcess prometheus;
    private static String prometheusUrl;
    private static String metricsUrl;

    @BeforeAll
    static void startPrometheusScrapingTheAdapter() throws Exception {
        Path binary = SystemBinary.require("prometheus");
        vertx = Vertx.vertx();
        metrics = PrometheusMetrics.create(TestSettings.onLoopback());
        collectors = metrics.startCollectors();
        int metricsPort = metrics.startEndpoint(vertx).toCompletionStage().toCompletableFuture()
                .get(10, TimeUnit.SECONDS).port();
        metricsUrl = "http://127.0.0.1:" + metricsPort + "/metrics";
        Path config = work.resolve("prometheus.yml");
        Files.writeString(config, """
                global:
                  scrape_interval: 1s
                  evaluation_interval: 1s
                scrape_configs:
                  - job_name: incident-manager
                    static_configs:
                      - targets: ["127.0.0.1:%d"]
                """.formatted(metricsPort));
        int port = LoopbackProcess.freePort();
        prometheusUrl = "http://127.0.0.1:" + port;
        prometheus = LoopbackProcess.start(work, List.of(binary.toString(),
                "--config.file=" + config, "--storage.tsdb.path=" + work.resolve("tsdb"),
                "--web.listen-address=127.0.0.1:" + port));
        prometheus.awaitHttpOk(prometheusUrl + "/-/ready", Duration.ofSeconds(60));
        // Two scrapes with traffic in between, so that rate() has two points to work with.
        Workload.driveEveryFamily(metrics);
        await().atMost(Duration.ofSeconds(30)).until(() -> hasData("incidents_total"));
        Workload.driveEveryFamily(metrics);
        await().atMost(Duration.ofSeconds(30)).until(() -> hasData("increase(incidents_total[1m]) > 0"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (prometheus != null) {
            prometheus.close();
        }
        if (collectors != null) {
            collectors.close();
        }
        if (metrics != null) {
            metrics.close();
        }
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    private static JsonObject query(String promql) throws Exception {
        String url = prometheusUrl + "/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new JsonObject(response.body());
    }

    private static boolean hasData(String promql) throws Exception {
        JsonObject answer = query(promql);
        return "success".equals(answer.getString("status")) && !answer.getJsonObject("data").getJsonArray("result").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // 2.1
            "rate(http_requests_total[5m])",
            "histogram_quantile(0.95, rate(http_request_duration_seconds_bucket[5m]))",
            "100 * rate(http_requests_total{status=~\"2..\"}[5m]) / rate(http_requests_total[5m])",
            // 2.2
            "rate(incidents_total[5m])",
            "incidents_active{severity=~\"P0|P1\"}",
            "histogram_quantile(0.5, rate(incident_resolution_duration_seconds_bucket[1h]))",
            // The spec divides series with different labels, which matches nothing; aggregated, it works.
            "100 * sum by (source) (rate(incidents_deduplicated_total[5m])) / sum by (source) (rate(incidents_total[5m]))",
            // 2.3
            "rate(llm_requests_total[5m])",
            "histogram_quantile(0.95, rate(llm_request_duration_seconds_bucket[5m]))",
            "rate(llm_tokens_total[1h])",
            "rate(llm_cost_dollars_total[1h]) * 3600",
            "100 * sum by (provider) (rate(llm_errors_total[5m])) / sum by (provider) (rate(llm_requests_total[5m]))",
            // 2.4
            "rate(jobs_total[5m])",
            "jobs_queue_depth",
            "100 * sum by (job_type) (rate(jobs_failures_total[5m])) / sum by (job_type) (rate(jobs_total[5m]))",
            "histogram_quantile(0.99, rate(jobs_duration_seconds_bucket[5m]))",
            // 2.5
            "100 * system_memory_bytes{type=\"used\"} / ignoring(type) system_memory_bytes{type=\"total\"}",
            "100 * database_connections_active / (database_connections_active + database_connections_idle)",
            "100 * rate(cache_hits_total[5m]) / (rate(cache_hits_total[5m]) + rate(cache_misses_total[5m]))",
            "message_queue_lag_seconds > 10",
            "system_cpu_usage_percent",
            // 9.2
            "sum(rate(http_requests_total[5m])) by (path)",
            "histogram_quantile(0.99, rate(http_request_duration_seconds_bucket[5m]))",
            "increase(incidents_total[1h])",
            "sum(incidents_active) by (severity)",
            "histogram_quantile(0.5, rate(incident_resolution_duration_seconds_bucket[24h])) / 60",
            "topk(5, histogram_quantile(0.95, rate(http_request_duration_seconds_bucket[5m])))",
            "100 * sum(rate(cache_hits_total[5m])) / (sum(rate(cache_hits_total[5m])) + sum(rate(cache_misses_total[5m])))",
            "histogram_quantile(0.5, rate(incident_acknowledgment_duration_seconds_bucket[1h]))",
            "llm_circuit_breaker_state == 1",
            "rate(llm_rate_limit_hits_total[5m])",
            "jobs_active",
            "rate(jobs_retries_total[5m])",
            "http_requests_in_flight",
            "rate(http_request_size_bytes_sum[5m])",
            "rate(http_response_size_bytes_count[5m])",
            "rate(database_query_duration_seconds_count[5m])",
            "cache_size_bytes",
            "rate(incident_state_transitions_total[5m])",
            "rate(incidents_resolved_total[5m])",
    })
    void the_specifications_query_returns_data(String promql) throws Exception {
        JsonObject answer = query(promql);

        assertThat(answer.getString("status")).as(answer.encode()).isEqualTo("success");
        assertThat(answer.getJsonObject("data").getJsonArray("result").size()).as(promql + " -> " + answer.encode())
                .isPositive();
    }

    @Test
    void the_scrape_target_is_healthy() throws Exception {
        assertThat(query("up{job=\"incident-manager\"}").getJsonObject("data").getJsonArray("result")
                .getJsonObject(0).getJsonArray("value").getString(1)).isEqualTo("1");
    }

    @Test
    void promtool_finds_nothing_to_report_in_the_scrape() throws Exception {
        Path promtool = SystemBinary.require("promtool");
        HttpResponse<String> scrape = HTTP.send(HttpRequest.newBuilder(URI.create(metricsUrl)).build(),
                HttpResponse.BodyHandlers.ofString());
        Process check = new ProcessBuilder(promtool.toString(), "check", "metrics").redirectErrorStream(true).start();
        check.getOutputStream().write(scrape.body().getBytes(StandardCharsets.UTF_8));
        check.getOutputStream().close();
        String report = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(check.waitFor()).as(report).isZero();
        assertThat(report).isBlank();
    }
}
