package io.llmim.adapter.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class HttpMetricsRecordingTest {

    private static final String EVENT = "{\"source\": \"s\", \"title\": \"t\"}";

    @Test
    void requests_are_recorded_under_their_route_template_and_status() throws Exception {
        RecordingHttpMetrics metrics = new RecordingHttpMetrics();
        try (ApiServer api = ApiServer.open(metrics)) {
            String id = api.post("/v1/incidents", EVENT).json().get("id").asText();
            api.get("/v1/incidents/" + id);
            api.post("/v1/incidents/" + id + "/close");

            await().untilAsserted(() -> assertThat(metrics.completed()).containsExactly(
                    "POST /v1/incidents 201",
                    "GET /v1/incidents/:id 200",
                    "POST /v1/incidents/:id/close 409"));
            assertThat(metrics.inFlight()).isZero();
        }
    }

    @Test
    void requests_no_route_took_are_recorded_as_unknown_whatever_their_path() throws Exception {
        RecordingHttpMetrics metrics = new RecordingHttpMetrics();
        try (ApiServer api = ApiServer.open(metrics)) {
            api.get("/wp-admin/setup.php");
            api.get("/v1/incidents/x/y/z");

            await().untilAsserted(() -> assertThat(metrics.completed())
                    .containsExactly("GET unknown 404", "GET unknown 404"));
        }
    }

    @Test
    void a_refused_body_is_still_recorded_under_its_route() throws Exception {
        RecordingHttpMetrics metrics = new RecordingHttpMetrics();
        try (ApiServer api = ApiServer.open(metrics)) {
            api.post("/v1/incidents", "{\"description\": \"" + "x".repeat(70 * 1024) + "\"}");

            await().untilAsserted(() -> assertThat(metrics.completed()).containsExactly("POST /v1/incidents 413"));
        }
    }
}
