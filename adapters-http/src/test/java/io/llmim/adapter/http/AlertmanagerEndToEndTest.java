package io.llmim.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmim.domain.MetricsPort;
import io.llmim.testsupport.LoopbackProcess;
import io.llmim.testsupport.SystemBinary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A real Alertmanager routes alerts posted to its API into the service: a firing alert becomes an
 * incident, repeats do not duplicate it, and the resolved alert resolves it.
 */
class AlertmanagerEndToEndTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path work;

    private static void postAlert(String alertmanager, Instant endsAt) throws Exception {
        String alert = """
                [{"labels": {"alertname": "HighLatency", "severity": "critical", "service": "chat"},
                  "annotations": {"summary": "p99 latency above 2s on chat"},
                  "startsAt": "%s"%s}]""".formatted(Instant.now().minusSeconds(60),
                endsAt == null ? "" : ", \"endsAt\": \"" + endsAt + "\"");
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(alertmanager + "/api/v2/alerts"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(alert)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void alerts_routed_by_alertmanager_open_repeat_and_resolve_one_incident() throws Exception {
        Path binary = SystemBinary.require("prometheus-alertmanager", "alertmanager");
        try (ApiServer api = new ApiServer(HttpApiSettings.open(1_048_576), MetricsPort.noOp(),
                new RecordingHttpMetrics(), List.of(), Map.of())) {
            Path config = work.resolve("alertmanager.yml");
            Files.writeString(config, """
                    route:
                      receiver: incident-manager
                      group_by: [alertname]
                      group_wait: 1s
                      group_interval: 1s
                      repeat_interval: 2s
                    receivers:
                      - name: incident-manager
                        webhook_configs:
                          - url: http://127.0.0.1:%d/v1/integrations/alertmanager
                            send_resolved: true
                    """.formatted(api.port()));
            int port = LoopbackProcess.freePort();
            String alertmanager = "http://127.0.0.1:" + port;
            try (LoopbackProcess process = LoopbackProcess.start(work, List.of(binary.toString(),
                    "--config.file=" + config, "--storage.path=" + work.resolve("data"),
                    "--web.listen-address=127.0.0.1:" + port, "--cluster.listen-address="))) {
                process.awaitHttpOk(alertmanager + "/-/ready", Duration.ofSeconds(60));

                postAlert(alertmanager, null);
                await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/v1/incidents").json().get("items").size() == 1);
                JsonNode incident = api.get("/v1/incidents").json().get("items").get(0);
                assertThat(incident.get("title").asText()).isEqualTo("p99 latency above 2s on chat");
                assertThat(incident.get("severity").asText()).isEqualTo("P1");
                String id = incident.get("id").asText();

                await().atMost(Duration.ofSeconds(30)).until(() ->
                        api.get("/v1/incidents/" + id).json().get("occurrence_count").asInt() >= 2);
                assertThat(api.get("/v1/incidents").json().get("items")).hasSize(1);

                postAlert(alertmanager, Instant.now().minusSeconds(1));
                await().atMost(Duration.ofSeconds(30)).until(() ->
                        api.get("/v1/incidents/" + id).json().get("state").asText().equals("RESOLVED"));
                assertThat(api.get("/v1/incidents").json().get("items")).hasSize(1);
            }
        }
    }
}
