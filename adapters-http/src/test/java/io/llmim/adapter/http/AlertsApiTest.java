package io.llmim.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmim.domain.MetricsPort;
import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /api/v2/alerts} answers as Alertmanager's API v2 does, for Prometheus. */
class AlertsApiTest {

    private static final String FIRING = """
            [{"labels": {"alertname": "HighLatency", "severity": "critical", "service": "chat"},
              "annotations": {"summary": "p99 latency above 2s on chat"},
              "startsAt": "2026-07-01T07:59:00Z", "endsAt": "2026-07-01T08:04:00Z",
              "generatorURL": "http://prometheus:9090/graph?g0.expr=latency"}]""";
    private static final String RESOLVED = """
            [{"labels": {"alertname": "HighLatency", "severity": "critical", "service": "chat"},
              "startsAt": "2026-07-01T07:59:00Z", "endsAt": "2026-07-01T07:59:30Z"}]""";

    @AutoClose
    final ApiServer api = ApiServer.open();

    private JsonNode incidents() {
        return api.get("/v1/incidents").json().get("items");
    }

    @Test
    void a_firing_alert_is_taken_with_200_and_an_empty_body_and_opens_an_incident() {
        ApiServer.Reply reply = api.post("/api/v2/alerts", FIRING);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isNullOrEmpty();
        assertThat(incidents()).singleElement().satisfies(incident -> {
            assertThat(incident.get("title").asText()).isEqualTo("p99 latency above 2s on chat");
            assertThat(incident.get("severity").asText()).isEqualTo("P1");
            assertThat(incident.get("state").asText()).isEqualTo("NEW");
        });
    }

    @Test
    void the_alert_sent_again_with_an_end_that_passed_resolves_the_incident() {
        api.post("/api/v2/alerts", FIRING);

        assertThat(api.post("/api/v2/alerts", RESOLVED).status()).isEqualTo(200);

        assertThat(incidents()).singleElement().satisfies(incident ->
                assertThat(incident.get("state").asText()).isEqualTo("RESOLVED"));
    }

    @ParameterizedTest(name = "{0} -> 400 {1}")
    @CsvSource(delimiter = '|', value = {
            "[{\"labels\": {}}]                                     | alerts[0].labels: at least one label pair required",
            "[{\"labels\": {\"bad-name\": \"x\"}}]                  | alerts[0].labels: invalid label name \"bad-name\"",
            "[{\"labels\": {\"a\": \"x\"}, \"startsAt\": \"2026-07-01T08:00:00Z\", \"endsAt\": \"2026-07-01T07:00:00Z\"}] | alerts[0].endsAt: start time must be before end time",
            "[{\"labels\": {\"a\": 1}}]                             | alerts[0].labels.a: must be a string",
            "[{\"labels\": {\"a\": \"x\"}, \"startsAt\": \"yesterday\"}] | alerts[0].startsAt: must be an RFC 3339 time",
            "{\"labels\": {\"a\": \"x\"}}                           | body: must be a JSON array",
            "[1]                                                    | alerts[0]: must be an object",
    })
    void an_invalid_alert_is_400_with_the_reason_in_plain_text(String body, String reason) {
        ApiServer.Reply reply = api.post("/api/v2/alerts", body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("text/plain");
        assertThat(reply.body()).isEqualTo(reason);
        assertThat(incidents()).isEmpty();
    }

    @Test
    void the_firing_alerts_are_listed_as_alertmanager_lists_them() {
        api.post("/api/v2/alerts", FIRING);

        JsonNode alert = api.get("/api/v2/alerts").json().get(0);

        assertThat(alert.get("labels").get("alertname").asText()).isEqualTo("HighLatency");
        assertThat(alert.get("annotations").get("summary").asText()).isEqualTo("p99 latency above 2s on chat");
        assertThat(alert.get("startsAt").asText()).isEqualTo("2026-07-01T07:59:00Z");
        assertThat(alert.get("endsAt").asText()).isEqualTo("2026-07-01T08:04:00Z");
        assertThat(alert.get("updatedAt").asText()).isEqualTo("2026-07-01T08:00:00Z");
        assertThat(alert.get("generatorURL").asText()).isEqualTo("http://prometheus:9090/graph?g0.expr=latency");
        assertThat(alert.get("fingerprint").asText()).hasSize(16);
        assertThat(alert.get("receivers").get(0).get("name").asText()).isEqualTo("on-call");
        assertThat(alert.get("status").toString()).isEqualTo("{\"state\":\"active\",\"silencedBy\":[],\"inhibitedBy\":[]}");
    }

    @Test
    void a_resolved_alert_is_no_longer_listed() {
        api.post("/api/v2/alerts", FIRING);
        api.post("/api/v2/alerts", RESOLVED);

        assertThat(api.get("/api/v2/alerts").json()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1} alerts")
    @CsvSource(delimiter = '|', value = {
            "/api/v2/alerts                                                          | 1",
            "/api/v2/alerts?filter=alertname%3D%22HighLatency%22                     | 1",
            "/api/v2/alerts?filter=alertname%3D~%22High.*%22&filter=service%3Dchat    | 1",
            "/api/v2/alerts?filter=alertname%21%3DHighLatency                        | 0",
            "/api/v2/alerts?filter=env%3D%22%22                                      | 1",
            "/api/v2/alerts?active=false                                             | 0",
            "/api/v2/alerts?silenced=false&inhibited=false&unprocessed=false         | 1",
            "/api/v2/alerts?receiver=on-.*                                           | 1",
            "/api/v2/alerts?receiver=on                                              | 0",
    })
    void the_filters_select_alerts_as_alertmanagers_do(String path, int count) {
        api.post("/api/v2/alerts", FIRING);

        assertThat(api.get(path).json()).hasSize(count);
    }

    @ParameterizedTest(name = "{0} -> 400")
    @CsvSource({"/api/v2/alerts?filter=%3Dbroken", "/api/v2/alerts?active=maybe", "/api/v2/alerts?receiver=%28"})
    void a_bad_query_is_400_with_the_reason_in_plain_text(String path) {
        ApiServer.Reply reply = api.get(path);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("text/plain");
    }

    @Test
    void the_receivers_are_the_notification_webhooks() {
        assertThat(api.get("/api/v2/receivers").json().toString()).isEqualTo("[{\"name\":\"on-call\"}]");
    }

    @Test
    void the_status_names_the_version_the_start_and_the_routing_as_alertmanager_yaml() {
        JsonNode status = api.get("/api/v2/status").json();

        assertThat(status.get("versionInfo").get("version").asText()).isEqualTo("1.2.3");
        assertThat(status.get("uptime").asText()).isEqualTo("2026-07-01T08:00:00Z");
        assertThat(status.get("config").get("original").asText()).isEqualTo("""
                global:
                  resolve_timeout: 300s
                route:
                  group_by: ["alertname"]
                  receiver: "on-call"
                receivers:
                - name: "on-call"
                """);
        assertThat(status.get("cluster").get("status").asText()).isEqualTo("disabled");
    }

    @Test
    void the_alerts_are_listed_by_group_and_receiver() {
        api.post("/api/v2/alerts", FIRING);

        JsonNode group = api.get("/api/v2/alerts/groups?filter=service%3Dchat").json().get(0);

        assertThat(group.get("labels").toString()).isEqualTo("{\"alertname\":\"HighLatency\"}");
        assertThat(group.get("receiver").get("name").asText()).isEqualTo("on-call");
        assertThat(group.get("alerts")).singleElement().satisfies(alert ->
                assertThat(alert.get("labels").get("service").asText()).isEqualTo("chat"));
    }

    @Test
    void with_tokens_configured_posting_alerts_needs_a_bearer_token() throws Exception {
        try (ApiServer secured = new ApiServer(new HttpApiSettings(64 * 1024, Set.of("s3cret"), 8), MetricsPort.noOp(),
                new RecordingHttpMetrics(), List.of(), Map.of())) {
            assertThat(secured.post("/api/v2/alerts", FIRING).status()).isEqualTo(401);
            assertThat(secured.send(HttpMethod.POST, "/api/v2/alerts", FIRING, "application/json",
                    Map.of("Authorization", "Bearer s3cret")).status()).isEqualTo(200);
        }
    }
}
