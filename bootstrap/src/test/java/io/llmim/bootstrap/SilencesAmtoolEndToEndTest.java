package io.llmim.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmim.adapter.persistence.PostgresServer;
import io.llmim.bootstrap.config.ConfigLoader;
import io.llmim.testsupport.SystemBinary;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real amtool (Alertmanager 0.25's) managing silences on the service as configured, with a
 * bearer token, on SQLite and on PostgreSQL: {@code silence add}, {@code silence query},
 * {@code alert query} (a silenced alert is hidden unless asked for, and shown suppressed),
 * {@code silence expire}; without the token it is refused.
 */
class SilencesAmtoolEndToEndTest {

    private static final String TOKEN = "s3cret";
    private static final String ALERTS = """
            [{"labels": {"alertname": "HighLatency", "severity": "critical", "service": "chat"}},
             {"labels": {"alertname": "ErrorRate", "service": "search"}}]""";

    @TempDir
    Path dir;

    private record Run(int exitCode, String output) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(output);
        }
    }

    private Run amtool(TestConfig test, boolean withToken, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(SystemBinary.require("amtool").toString(),
                "--alertmanager.url=" + test.api()));
        if (withToken) {
            Path config = dir.resolve("http.yml");
            Files.writeString(config, "authorization:\n  credentials: " + TOKEN + "\n");
            command.add("--http.config.file=" + config);
        }
        command.addAll(List.of(arguments));
        // amtool warns on stderr that its version differs from the server's; what it answers is on stdout.
        Path errors = Files.createTempFile(dir, "amtool", ".err");
        Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output + Files.readString(errors).lines()
                .filter(line -> !line.startsWith("Warning")).reduce("", String::concat));
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"sqlite", "postgresql"})
    void amtool_adds_queries_and_expires_a_silence_that_suppresses_the_alerts_it_matches(String store) throws Exception {
        SystemBinary.require("amtool");
        TestConfig test = store.equals("sqlite") ? TestConfig.in(dir, "")
                : TestConfig.in(dir, PostgresServer.shared().createDatabase(), "");
        try (IncidentManager manager = IncidentManager.start(new ConfigLoader().load(Optional.of(test.file()), Map.of()),
                Map.of("LLMIM_API_TOKENS", TOKEN), Adapters.configured())) {
            assertThat(Http.postJsonWithToken(test.api() + "/api/v2/alerts", ALERTS, TOKEN).statusCode()).isEqualTo(200);

            Run added = amtool(test, true, "silence", "add", "alertname=HighLatency", "--comment=model rollout",
                    "--author=alice", "--duration=1h");
            String id = added.output().strip();
            Run queried = amtool(test, true, "-o", "json", "silence", "query");
            Run activeAlerts = amtool(test, true, "-o", "json", "alert", "query");
            Run silencedAlerts = amtool(test, true, "-o", "json", "alert", "query", "--silenced");
            Run expired = amtool(test, true, "silence", "expire", id);
            Run afterExpiry = amtool(test, true, "silence", "query", "-q");
            Run expiredList = amtool(test, true, "silence", "query", "-q", "--expired");
            Run withoutToken = amtool(test, false, "-o", "json", "silence", "query");

            assertThat(added.exitCode()).as(added.output()).isZero();
            assertThat(queried.json()).singleElement().satisfies(silence -> {
                assertThat(silence.get("id").asText()).isEqualTo(id);
                assertThat(silence.get("status").get("state").asText()).isEqualTo("active");
                assertThat(silence.get("createdBy").asText()).isEqualTo("alice");
            });
            assertThat(activeAlerts.json()).extracting(alert -> alert.get("labels").get("alertname").asText())
                    .containsExactly("ErrorRate");
            assertThat(silencedAlerts.json()).singleElement().satisfies(alert -> {
                assertThat(alert.get("labels").get("alertname").asText()).isEqualTo("HighLatency");
                assertThat(alert.get("status").get("state").asText()).isEqualTo("suppressed");
                assertThat(alert.get("status").get("silencedBy").get(0).asText()).isEqualTo(id);
            });
            assertThat(expired.exitCode()).as(expired.output()).isZero();
            assertThat(afterExpiry.output()).doesNotContain(id);
            assertThat(expiredList.output()).contains(id);
            assertThat(withoutToken.exitCode()).isNotZero();
        }
    }
}
