package io.llmim.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The silence routes of Alertmanager's API v2, as amtool uses them, and silences made for one incident. */
class SilencesApiTest {

    // The test clock reads 2026-07-01T08:00:00Z.
    private static final String SILENCE = """
            {"matchers": [{"name": "alertname", "value": "HighLatency", "isRegex": false, "isEqual": true}],
             "startsAt": "2026-07-01T07:00:00Z", "endsAt": "2026-07-01T10:00:00Z",
             "createdBy": "alice", "comment": "model rollout"}""";
    private static final String ALERT = """
            [{"labels": {"alertname": "HighLatency", "severity": "critical", "instance": "a"},
              "startsAt": "2026-07-01T07:59:00Z", "endsAt": "2026-07-01T08:04:00Z"}]""";

    @AutoClose
    final ApiServer api = ApiServer.open();

    private String created(String body) {
        ApiServer.Reply reply = api.post("/api/v2/silences", body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("silenceID").asText();
    }

    private ApiServer.Reply delete(String path) {
        return api.send(HttpMethod.DELETE, path, null, null, Map.of());
    }

    @Test
    void a_posted_silence_is_answered_with_its_id_and_reads_back_active_from_now() {
        String id = created(SILENCE);

        JsonNode silence = api.get("/api/v2/silence/" + id).json();

        assertThat(silence.get("status").get("state").asText()).isEqualTo("active");
        assertThat(silence.get("startsAt").asText()).isEqualTo("2026-07-01T08:00:00Z");
        assertThat(silence.get("matchers").get(0).get("name").asText()).isEqualTo("alertname");
        assertThat(silence.get("createdBy").asText()).isEqualTo("alice");
    }

    @Test
    void the_silences_are_listed_with_filters_on_their_matchers() {
        String latency = created(SILENCE);
        created(SILENCE.replace("HighLatency", "DiskFull"));

        JsonNode listed = api.get("/api/v2/silences?filter=alertname%3D%22HighLatency%22").json();

        assertThat(listed).singleElement().satisfies(silence -> assertThat(silence.get("id").asText()).isEqualTo(latency));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no matchers|\"matchers\": []|at least one matcher",
            "matching everything|\"isRegex\": false, \"isEqual\": true|must not match the empty string",
            "ending in the past|\"endsAt\": \"2026-07-01T10:00:00Z\"|end time can't be in the past",
            "no comment|\"comment\": \"model rollout\"|comment"})
    void an_invalid_silence_is_refused_with_400_and_a_plain_text_reason(String name, String part, String reason) {
        String body = switch (name) {
            case "no matchers" -> SILENCE.replaceAll("\"matchers\": \\[.*?],", "\"matchers\": [],");
            case "matching everything" -> SILENCE.replace("\"value\": \"HighLatency\"", "\"value\": \"\"");
            case "ending in the past" -> SILENCE.replace("2026-07-01T10:00:00Z", "2026-07-01T07:30:00Z");
            default -> SILENCE.replace(", \"comment\": \"model rollout\"", "");
        };

        ApiServer.Reply reply = api.post("/api/v2/silences", body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("text/plain");
        assertThat(reply.body()).contains(reason);
    }

    @Test
    void an_unknown_silence_is_404() {
        assertThat(api.get("/api/v2/silence/0b8e8a52-6f0e-4d1a-9c55-3f1f0e1e2a10").status()).isEqualTo(404);
        assertThat(delete("/api/v2/silence/0b8e8a52-6f0e-4d1a-9c55-3f1f0e1e2a10").status()).isEqualTo(404);
    }

    @Test
    void deleting_a_silence_expires_it() {
        String id = created(SILENCE);

        assertThat(delete("/api/v2/silence/" + id).status()).isEqualTo(200);

        assertThat(api.get("/api/v2/silence/" + id).json().get("status").get("state").asText()).isEqualTo("expired");
    }

    @Test
    void extending_an_active_silence_keeps_its_id() {
        String id = created(SILENCE);
        String start = api.get("/api/v2/silence/" + id).json().get("startsAt").asText();

        String updated = created(SILENCE.replace("{\"matchers\"", "{\"id\": \"" + id + "\", \"matchers\"")
                .replace("2026-07-01T07:00:00Z", start).replace("10:00:00Z", "11:00:00Z"));

        assertThat(updated).isEqualTo(id);
        assertThat(api.get("/api/v2/silence/" + id).json().get("endsAt").asText()).isEqualTo("2026-07-01T11:00:00Z");
    }

    @Test
    void changing_the_matchers_of_an_active_silence_expires_it_and_creates_another() {
        String id = created(SILENCE);

        String replacement = created(SILENCE.replace("{\"matchers\"", "{\"id\": \"" + id + "\", \"matchers\"")
                .replace("HighLatency", "DiskFull"));

        assertThat(replacement).isNotEqualTo(id);
        assertThat(api.get("/api/v2/silence/" + id).json().get("status").get("state").asText()).isEqualTo("expired");
        assertThat(api.get("/api/v2/silence/" + replacement).json().get("status").get("state").asText())
                .isEqualTo("active");
    }

    @Test
    void updating_an_unknown_silence_is_404() {
        ApiServer.Reply reply = api.post("/api/v2/silences",
                SILENCE.replace("{\"matchers\"", "{\"id\": \"nope\", \"matchers\""));

        assertThat(reply.status()).isEqualTo(404);
    }

    @Test
    void a_silenced_alert_is_listed_suppressed_with_the_silence_that_mutes_it() {
        api.post("/api/v2/alerts", ALERT);
        String id = created(SILENCE);

        JsonNode status = api.get("/api/v2/alerts").json().get(0).get("status");

        assertThat(status.get("state").asText()).isEqualTo("suppressed");
        assertThat(status.get("silencedBy")).singleElement().satisfies(by -> assertThat(by.asText()).isEqualTo(id));
    }

    @Test
    void silenced_alerts_are_left_out_when_asked() {
        api.post("/api/v2/alerts", ALERT);
        created(SILENCE);

        assertThat(api.get("/api/v2/alerts?silenced=false").json()).isEmpty();
        assertThat(api.get("/api/v2/alerts?active=false").json()).hasSize(1);
    }

    @Test
    void an_incident_is_silenced_with_a_silence_that_matches_it_for_the_duration_asked() {
        String incident = api.post("/v1/incidents", """
                {"source": "llm-sentinel", "title": "p95 latency above SLO", "labels": {"service": "chat"}}""")
                .json().get("id").asText();

        ApiServer.Reply reply = api.send(HttpMethod.POST, "/v1/incidents/" + incident + "/silence",
                "{\"duration\": \"2h\", \"comment\": \"rolling back\"}", "application/json", Map.of("X-Actor", "bob"));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("endsAt").asText()).isEqualTo("2026-07-01T10:00:00Z");
        assertThat(reply.json().get("createdBy").asText()).isEqualTo("bob");
        assertThat(reply.json().get("matchers").toString()).contains("llm-sentinel", "chat");
    }

    @Test
    void silencing_an_unknown_incident_is_404() {
        ApiServer.Reply reply = api.post("/v1/incidents/0b8e8a52-6f0e-4d1a-9c55-3f1f0e1e2a10/silence", "{}");

        assertThat(reply.status()).isEqualTo(404);
    }

    @Test
    void a_duration_that_is_no_duration_is_refused_naming_the_field() {
        String incident = api.post("/v1/incidents", """
                {"source": "llm-sentinel", "title": "p95 latency above SLO"}""").json().get("id").asText();

        ApiServer.Reply reply = api.post("/v1/incidents/" + incident + "/silence", "{\"duration\": \"soon\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("duration");
    }

    @Test
    void a_silenced_incident_is_still_listed_and_names_the_silence_that_mutes_it() {
        String incident = api.post("/v1/incidents", """
                {"source": "llm-sentinel", "title": "p95 latency above SLO", "labels": {"alertname": "HighLatency"}}""")
                .json().get("id").asText();
        String silence = created(SILENCE);

        JsonNode listed = api.get("/v1/incidents").json().get("items").get(0);
        JsonNode one = api.get("/v1/incidents/" + incident).json();

        assertThat(listed.get("silenced_by")).singleElement().satisfies(id -> assertThat(id.asText()).isEqualTo(silence));
        assertThat(one.get("silenced_by")).singleElement().satisfies(id -> assertThat(id.asText()).isEqualTo(silence));
        assertThat(one.get("held_by")).singleElement().satisfies(held -> {
            assertThat(held.get("reason").asText()).isEqualTo("silenced");
            assertThat(held.get("by")).singleElement().satisfies(id -> assertThat(id.asText()).isEqualTo(silence));
        });
    }

    @Test
    void an_incident_no_silence_matches_has_no_silences() {
        String incident = api.post("/v1/incidents", """
                {"source": "llm-sentinel", "title": "p95 latency above SLO"}""").json().get("id").asText();
        created(SILENCE);

        JsonNode one = api.get("/v1/incidents/" + incident).json();

        assertThat(one.get("silenced_by")).isEmpty();
        assertThat(one.get("held_by")).isEmpty();
    }
}
