package io.llmim.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every client mistake gets a 4xx application/problem+json, never a 500. */
class ErrorResponsesTest {

    private ApiServer api;

    @BeforeEach
    void start() throws Exception {
        api = ApiServer.open(new RecordingHttpMetrics());
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
    }

    private static void assertProblem(ApiServer.Reply reply, int status) {
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asText()).isNotBlank();
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
            "{not json                                              | body",
            "[1, 2]                                                 | body",
            "{\"title\": \"t\"}                                      | source",
            "{\"source\": \"s\"}                                     | title",
            "{\"source\": \"s\", \"title\": 5}                        | title",
            "{\"source\": \"s\", \"title\": \"t\", \"severity\": \"P9\"} | severity",
            "{\"source\": \"s\", \"title\": \"t\", \"category\": \"weather\"} | category",
            "{\"source\": \"s\", \"title\": \"t\", \"labels\": [1]}    | labels",
            "{\"source\": \"s\", \"title\": \"t\", \"labels\": {\"a\": 1}} | labels.a",
            "{\"source\": \"s\", \"title\": \"t\", \"occurred_at\": \"yesterday\"} | occurred_at",
    })
    void an_invalid_event_is_refused_naming_the_field(String body, String field) {
        ApiServer.Reply reply = api.post("/v1/incidents", body);

        assertProblem(reply, 400);
        assertThat(reply.json().get("field").asText()).isEqualTo(field);
    }

    @Test
    void an_over_long_title_is_refused_naming_the_field() {
        String body = "{\"source\": \"s\", \"title\": \"" + "x".repeat(600) + "\"}";

        ApiServer.Reply reply = api.post("/v1/incidents", body);

        assertProblem(reply, 400);
        assertThat(reply.json().get("field").asText()).isEqualTo("title");
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource({
            "limit=0, limit",
            "limit=abc, limit",
            "limit=101, limit",
            "state=SLEEPING, state",
            "severity=high, severity",
            "cursor=bogus, cursor",
    })
    void an_invalid_query_parameter_is_refused_by_name(String query, String parameter) {
        ApiServer.Reply reply = api.get("/v1/incidents?" + query);

        assertProblem(reply, 400);
        assertThat(reply.json().get("field").asText()).isEqualTo(parameter);
    }

    @Test
    void an_unknown_incident_is_404() {
        assertProblem(api.get("/v1/incidents/3f2b8c1e-9d4a-4f6b-8c2e-1a2b3c4d5e6f"), 404);
    }

    @Test
    void a_malformed_id_is_404_too() {
        assertProblem(api.get("/v1/incidents/not-a-uuid"), 404);
        assertProblem(api.post("/v1/incidents/not-a-uuid/acknowledge"), 404);
    }

    @Test
    void an_illegal_transition_is_409() {
        String id = api.post("/v1/incidents", "{\"source\": \"s\", \"title\": \"t\"}").json().get("id").asText();

        assertProblem(api.post("/v1/incidents/" + id + "/close"), 409);
    }

    @Test
    void a_body_over_the_limit_is_413() {
        String body = "{\"source\": \"s\", \"title\": \"t\", \"description\": \"" + "x".repeat(70 * 1024) + "\"}";

        assertProblem(api.post("/v1/incidents", body), 413);
    }

    @Test
    void a_body_that_is_not_json_is_415() {
        ApiServer.Reply reply = api.send(HttpMethod.POST, "/v1/incidents", "source=s&title=t",
                "application/x-www-form-urlencoded", Map.of());

        assertProblem(reply, 415);
    }

    @Test
    void an_unknown_route_is_404_and_a_wrong_method_405() {
        assertProblem(api.get("/v1/nothing-here"), 404);
        assertProblem(api.send(HttpMethod.DELETE, "/v1/incidents", null, null, Map.of()), 405);
    }
}
