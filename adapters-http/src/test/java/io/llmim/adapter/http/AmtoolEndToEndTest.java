package io.llmim.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmim.domain.MetricsPort;
import io.llmim.testsupport.SystemBinary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The real amtool (Alertmanager 0.25's) against the service's API v2, with and without a bearer token. */
class AmtoolEndToEndTest {

    private static final String TOKEN = "s3cret";
    private static final String ALERTS = """
            [{"labels": {"alertname": "HighLatency", "severity": "critical", "service": "chat"},
              "annotations": {"summary": "p99 latency above 2s on chat"},
              "startsAt": "2026-07-01T07:59:00Z", "endsAt": "2026-07-01T08:04:00Z"},
             {"labels": {"alertname": "ErrorRate", "service": "search"},
              "startsAt": "2026-07-01T07:59:00Z", "endsAt": "2026-07-01T08:04:00Z"}]""";

    @TempDir
    Path work;

    private record Run(int exitCode, String output) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(output);
        }
    }

    private Run amtool(ApiServer api, List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(SystemBinary.require("amtool").toString(),
                "--alertmanager.url=http://127.0.0.1:" + api.port()));
        command.addAll(arguments);
        // amtool warns on stderr that its version differs from the server's; the JSON is on stdout.
        Path errors = Files.createTempFile(work, "amtool", ".err");
        Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output + Files.readString(errors).lines()
                .filter(line -> !line.startsWith("Warning")).reduce("", String::concat));
    }

    private Path httpConfigWithToken() throws Exception {
        Path config = work.resolve("http.yml");
        Files.writeString(config, "authorization:\n  credentials: " + TOKEN + "\n");
        return config;
    }

    @Test
    void amtool_alert_query_lists_the_alerts_its_matchers_select() throws Exception {
        try (ApiServer api = ApiServer.open()) {
            api.post("/api/v2/alerts", ALERTS);

            Run run = amtool(api, List.of("-o", "json", "alert", "query", "service=~ch.*"));

            assertThat(run.exitCode()).as(run.output()).isZero();
            assertThat(run.json()).singleElement().satisfies(alert ->
                    assertThat(alert.get("labels").get("alertname").asText()).isEqualTo("HighLatency"));
        }
    }

    @Test
    void amtool_config_show_reads_the_routing_from_the_status() throws Exception {
        try (ApiServer api = ApiServer.open()) {
            Run run = amtool(api, List.of("config", "show"));

            assertThat(run.exitCode()).as(run.output()).isZero();
            assertThat(run.output()).contains("group_by:").contains("alertname").contains("on-call");
        }
    }

    @Test
    void amtool_alert_query_sends_the_bearer_token_of_its_http_config() throws Exception {
        try (ApiServer api = new ApiServer(new HttpApiSettings(64 * 1024, Set.of(TOKEN), 8), MetricsPort.noOp(),
                new RecordingHttpMetrics(), List.of(), Map.of("Authorization", "Bearer " + TOKEN))) {
            api.post("/api/v2/alerts", ALERTS);

            Run withToken = amtool(api, List.of("--http.config.file=" + httpConfigWithToken(), "-o", "json",
                    "alert", "query"));
            Run withoutToken = amtool(api, List.of("-o", "json", "alert", "query"));

            assertThat(withToken.exitCode()).as(withToken.output()).isZero();
            assertThat(withToken.json()).hasSize(2);
            assertThat(withoutToken.exitCode()).isNotZero();
        }
    }
}
