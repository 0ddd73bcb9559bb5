package io.llmim.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmim.domain.MetricsPort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Recorded real-world payloads of both senders, and malformed ones, with the status each must get. */
class IntegrationPayloadsTest {

    private static final long ONE_MEBIBYTE = 1_048_576;

    private ApiServer api;

    @BeforeEach
    void start() throws Exception {
        api = new ApiServer(HttpApiSettings.open(ONE_MEBIBYTE), MetricsPort.noOp(), new RecordingHttpMetrics(),
                List.of(), Map.of());
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
    }

    private static String payload(String name) throws IOException {
        try (InputStream in = IntegrationPayloadsTest.class.getResourceAsStream("/payloads/" + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest(name = "alertmanager/{0} -> {1}")
    @CsvSource({
            "firing, 200",
            "resolved, 200",
            "many-alerts, 200",
            "truncated, 200",
            "unicode, 200",
            "huge-annotations, 200",
            "invalid-wrong-types, 400",
            "invalid-missing-alerts, 400",
            "invalid-missing-group-key, 400",
            "invalid-bad-status, 400",
            "invalid-bad-time, 400",
    })
    void alertmanager_payloads_get_their_status(String name, int status) throws IOException {
        ApiServer.Reply reply = api.post("/v1/integrations/alertmanager", payload("alertmanager/" + name));

        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        if (status == 400) {
            assertThat(reply.contentType()).isEqualTo("application/problem+json");
            assertThat(reply.json().get("field").asText()).isNotBlank();
        }
    }

    @Test
    void a_firing_group_is_one_incident_and_its_resolution_resolves_it() throws IOException {
        JsonNode firing = api.post("/v1/integrations/alertmanager", payload("alertmanager/firing")).json();
        api.post("/v1/integrations/alertmanager", payload("alertmanager/firing"));
        JsonNode resolved = api.post("/v1/integrations/alertmanager", payload("alertmanager/resolved")).json();

        assertThat(resolved.get("incident_id").asText()).isEqualTo(firing.get("incident_id").asText());
        assertThat(resolved.get("state").asText()).isEqualTo("RESOLVED");
        JsonNode incident = api.get("/v1/incidents/" + firing.get("incident_id").asText()).json();
        assertThat(incident.get("occurrence_count").asInt()).isEqualTo(2);
        assertThat(incident.get("severity").asText()).isEqualTo("P1");
        assertThat(api.get("/v1/incidents").json().get("items")).hasSize(1);
    }

    @Test
    void a_notification_of_many_alerts_is_queued_and_taken_by_the_alert_batch_job() throws IOException {
        JsonNode reply = api.post("/v1/integrations/alertmanager", payload("alertmanager/many-alerts")).json();
        assertThat(reply.get("status").asText()).isEqualTo("queued");
        assertThat(api.get("/v1/incidents").json().get("items")).isEmpty();
        io.llmim.application.port.in.Job job = api.jobs.claimNext(io.llmim.application.port.in.JobQueue.HIGH_PRIORITY,
                java.time.Instant.now().plusSeconds(3600), java.time.Duration.ofMinutes(1)).orElseThrow();

        new io.llmim.application.integration.AlertBatchJob(api.alertmanager).handle(job);

        JsonNode incidents = api.get("/v1/incidents").json().get("items");
        assertThat(incidents).hasSize(1);
        assertThat(incidents.get(0).get("severity").asText()).isEqualTo("P1");
    }

    @Test
    void unicode_survives_the_round_trip() throws IOException {
        String id = api.post("/v1/integrations/alertmanager", payload("alertmanager/unicode")).json()
                .get("incident_id").asText();

        assertThat(api.get("/v1/incidents/" + id).json().get("title").asText()).isEqualTo("Latenz über 2 s — 延迟过高 🔥");
    }

    @Test
    void bodies_over_the_limit_are_413_for_both_senders() {
        String twoMebibytes = "{\"groupKey\": \"g\", \"alerts\": [], \"pad\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";

        assertThat(api.post("/v1/integrations/alertmanager", twoMebibytes).status()).isEqualTo(413);
        assertThat(api.post("/v2/enqueue", twoMebibytes).status()).isEqualTo(413);
    }

    @ParameterizedTest(name = "pagerduty/{0} -> {1}")
    @CsvSource({
            "trigger, 202",
            "trigger-without-dedup-key, 202",
            "acknowledge-unknown, 202",
            "invalid-missing-routing-key, 400",
            "invalid-unknown-routing-key, 400",
            "invalid-bad-severity, 400",
            "invalid-bad-action, 400",
            "invalid-missing-summary, 400",
            "invalid-wrong-types, 400",
    })
    void pagerduty_events_get_their_status_in_pagerdutys_shape(String name, int status) throws IOException {
        ApiServer.Reply reply = api.post("/v2/enqueue", payload("pagerduty/" + name));

        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        JsonNode body = reply.json();
        if (status == 202) {
            assertThat(body.get("status").asText()).isEqualTo("success");
            assertThat(body.get("message").asText()).isEqualTo("Event processed");
            assertThat(body.get("dedup_key").asText()).isNotBlank();
        } else {
            assertThat(body.get("status").asText()).isEqualTo("invalid event");
            assertThat(body.get("errors")).isNotEmpty();
        }
    }

    @Test
    void trigger_acknowledge_resolve_drive_one_incident() throws IOException {
        assertThat(api.post("/v2/enqueue", payload("pagerduty/trigger")).json().get("dedup_key").asText())
                .isEqualTo("gw-5xx");
        api.post("/v2/enqueue", payload("pagerduty/acknowledge"));
        String id = api.get("/v1/incidents").json().get("items").get(0).get("id").asText();
        assertThat(api.get("/v1/incidents/" + id).json().get("state").asText()).isEqualTo("ACKNOWLEDGED");

        api.post("/v2/enqueue", payload("pagerduty/resolve"));

        JsonNode incident = api.get("/v1/incidents/" + id).json();
        assertThat(incident.get("state").asText()).isEqualTo("RESOLVED");
        assertThat(incident.get("source").asText()).isEqualTo("llm-edge-agent");
        assertThat(incident.get("labels").get("component").asText()).isEqualTo("gateway");
    }
}
