package io.llmim.bootstrap;

import io.llmim.testsupport.LoopbackProcess;
import io.llmim.testsupport.SystemBinary;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The built fat jar, run as users run it. */
class IncidentManagerJarIT {

    private static final int EXIT_ON_SIGTERM = 143;

    @TempDir
    Path dir;

    private LoopbackProcess startJar(TestConfig config) {
        Path jar = Path.of(System.getProperty("llmim.jar", "target/llm-incident-manager.jar")).toAbsolutePath();
        LoopbackProcess service = LoopbackProcess.start(dir, List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--config", config.file().toString()));
        service.awaitHttpOk(config.api() + "/ready", Duration.ofSeconds(60));
        return service;
    }

    @Test
    void the_jar_serves_the_api_and_stops_cleanly_on_sigterm() throws Exception {
        TestConfig config = TestConfig.in(dir, "");
        try (LoopbackProcess service = startJar(config)) {
            var created = Http.postJson(config.api() + "/v1/incidents",
                    "{\"source\": \"llm-edge-agent\", \"title\": \"gateway down\"}");
            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(service.output()).contains("started: API http://127.0.0.1:" + config.apiPort());

            service.process().destroy(); // SIGTERM

            assertThat(service.process().waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(service.process().exitValue()).isEqualTo(EXIT_ON_SIGTERM);
            assertThat(service.output()).contains("stopped cleanly");
        }
        try (LoopbackProcess again = startJar(config)) {
            assertThat(Http.get(config.api() + "/v1/incidents").body()).contains("gateway down");
        }
    }

    @Test
    void a_bad_configuration_exits_with_2_and_names_the_key() throws Exception {
        Path bad = dir.resolve("bad.toml");
        Files.writeString(bad, "[server]\nlisten_address = \"nowhere\"\n");
        Path jar = Path.of(System.getProperty("llmim.jar", "target/llm-incident-manager.jar")).toAbsolutePath();

        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--config", bad.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).isEqualTo(2);
        assertThat(output).contains("config error: server.listen_address");
    }

    @Test
    void a_real_prometheus_scraping_the_jar_answers_the_specifications_queries() throws Exception {
        Path prometheusBinary = SystemBinary.require("prometheus");
        TestConfig config = TestConfig.in(dir, "");
        try (LoopbackProcess service = startJar(config)) {
            Path prometheusConfig = dir.resolve("prometheus.yml");
            Files.writeString(prometheusConfig, """
                    global:
                      scrape_interval: 1s
                    scrape_configs:
                      - job_name: incident-manager
                        static_configs:
                          - targets: ["127.0.0.1:%d"]
                    """.formatted(config.metricsPort()));
            int port = LoopbackProcess.freePort();
            String prometheus = "http://127.0.0.1:" + port;
            try (LoopbackProcess server = LoopbackProcess.start(dir, List.of(prometheusBinary.toString(),
                    "--config.file=" + prometheusConfig, "--storage.tsdb.path=" + dir.resolve("tsdb"),
                    "--web.listen-address=127.0.0.1:" + port))) {
                server.awaitHttpOk(prometheus + "/-/ready", Duration.ofSeconds(60));
                String id = new JsonObject(Http.postJson(config.api() + "/v1/incidents",
                        "{\"source\": \"llm-sentinel\", \"title\": \"p99 latency\", \"severity\": \"P0\"}").body())
                        .getString("id");
                Http.postJson(config.api() + "/v1/incidents",
                        "{\"source\": \"llm-sentinel\", \"title\": \"p99 latency\", \"severity\": \"P0\"}");
                Http.post(config.api() + "/v1/incidents/" + id + "/acknowledge");
                Http.post(config.api() + "/v1/incidents/" + id + "/resolve");
                Http.get(config.api() + "/no/such/path");

                for (String query : List.of(
                        "sum(rate(http_requests_total[1m])) by (path)",
                        "histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket[1m])))",
                        "http_requests_total{path=\"unknown\",status=\"404\"}",
                        "increase(incidents_total{severity=\"P0\"}[1m])",
                        "sum(incidents_active) by (severity)",
                        "incidents_deduplicated_total{source=\"llm-sentinel\"}",
                        "incident_resolution_duration_seconds_count",
                        "incident_acknowledgment_duration_seconds_count",
                        "database_connections_active",
                        "rate(database_query_duration_seconds_count[1m])",
                        "cache_misses_total",
                        "system_memory_bytes",
                        "jvm_memory_used_bytes")) {
                    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                        JsonObject answer = new JsonObject(Http.get(prometheus + "/api/v1/query?query="
                                + URLEncoder.encode(query, StandardCharsets.UTF_8)).body());
                        assertThat(answer.getJsonObject("data").getJsonArray("result")).as(query).isNotEmpty();
                    });
                }
            }
        }
    }
}
