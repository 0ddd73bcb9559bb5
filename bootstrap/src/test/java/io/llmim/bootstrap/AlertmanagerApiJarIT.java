package io.llmim.bootstrap;

import io.llmim.testsupport.LoopbackProcess;
import io.llmim.testsupport.SystemBinary;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The jar where Alertmanager stands: a real Prometheus whose alerting rule fires posts to
 * {@code /api/v2/alerts} with a bearer token, an incident opens, and it resolves when the rule
 * stops firing.
 */
class AlertmanagerApiJarIT {

    private static final String TOKEN = "s3cret";
    private static final String SUMMARY = "a P0 incident is open";

    @TempDir
    Path dir;

    private LoopbackProcess startJar(TestConfig config) {
        Path jar = Path.of(System.getProperty("llmim.jar", "target/llm-incident-manager.jar")).toAbsolutePath();
        LoopbackProcess service = LoopbackProcess.start(dir, List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--config", config.file().toString()), Map.of("LLMIM_API_TOKENS", TOKEN));
        service.awaitHttpOk(config.metrics(), Duration.ofSeconds(60));
        return service;
    }

    private LoopbackProcess startPrometheus(Path binary, TestConfig config) throws Exception {
        Files.writeString(dir.resolve("rules.yml"), """
                groups:
                  - name: incidents
                    rules:
                      - alert: P0IncidentOpen
                        expr: sum(incidents_active{severity="P0"}) > 0
                        labels: {severity: warning, service: chat}
                        annotations: {summary: "%s"}
                """.formatted(SUMMARY));
        Path prometheusConfig = dir.resolve("prometheus.yml");
        Files.writeString(prometheusConfig, """
                global:
                  scrape_interval: 1s
                  evaluation_interval: 1s
                rule_files: [rules.yml]
                alerting:
                  alertmanagers:
                    - api_version: v2
                      authorization: {credentials: %s}
                      static_configs:
                        - targets: ["127.0.0.1:%d"]
                scrape_configs:
                  - job_name: incident-manager
                    static_configs:
                      - targets: ["127.0.0.1:%d"]
                """.formatted(TOKEN, config.apiPort(), config.metricsPort()));
        int port = LoopbackProcess.freePort();
        LoopbackProcess prometheus = LoopbackProcess.start(dir, List.of(binary.toString(),
                "--config.file=" + prometheusConfig, "--storage.tsdb.path=" + dir.resolve("tsdb"),
                "--web.listen-address=127.0.0.1:" + port));
        prometheus.awaitHttpOk("http://127.0.0.1:" + port + "/-/ready", Duration.ofSeconds(60));
        return prometheus;
    }

    private static Optional<JsonObject> alertIncident(TestConfig config) {
        JsonArray items = new JsonObject(Http.getWithToken(config.api() + "/v1/incidents", TOKEN).body())
                .getJsonArray("items");
        return items.stream().map(JsonObject.class::cast)
                .filter(incident -> SUMMARY.equals(incident.getString("title"))).findFirst();
    }

    @Test
    void an_alert_prometheus_fires_opens_an_incident_that_resolves_when_the_rule_stops_firing() throws Exception {
        Path prometheusBinary = SystemBinary.require("prometheus");
        TestConfig config = TestConfig.in(dir, "");
        try (LoopbackProcess service = startJar(config);
             LoopbackProcess prometheus = startPrometheus(prometheusBinary, config)) {
            String p0 = new JsonObject(Http.postJsonWithToken(config.api() + "/v1/incidents",
                    "{\"source\": \"llm-sentinel\", \"title\": \"gateway down\", \"severity\": \"P0\"}", TOKEN).body())
                    .getString("id");

            await().atMost(Duration.ofSeconds(60)).until(() -> alertIncident(config).isPresent());
            JsonObject opened = alertIncident(config).orElseThrow();
            assertThat(opened.getString("severity")).isEqualTo("P3");
            assertThat(opened.getString("state")).isEqualTo("NEW");
            assertThat(opened.getJsonObject("labels").getString("service")).isEqualTo("chat");

            Http.postWithToken(config.api() + "/v1/incidents/" + p0 + "/resolve", TOKEN);

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(alertIncident(config).orElseThrow().getString("state")).isEqualTo("RESOLVED"));
        }
    }
}
