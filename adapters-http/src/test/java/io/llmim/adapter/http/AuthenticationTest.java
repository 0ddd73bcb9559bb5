package io.llmim.adapter.http;

import io.llmim.domain.MetricsPort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AuthenticationTest {

    private static final String EVENT = "{\"source\": \"s\", \"title\": \"t\"}";

    private ApiServer api;

    @BeforeEach
    void start() throws Exception {
        api = new ApiServer(new HttpApiSettings(64 * 1024, Set.of("s3cret", "other"), 8), MetricsPort.noOp(),
                new RecordingHttpMetrics(), List.of(), Map.of());
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
    }

    @Test
    void without_a_token_the_api_answers_401_with_a_bearer_challenge() {
        ApiServer.Reply reply = api.post("/v1/incidents", EVENT);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.headers().get("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void a_wrong_token_is_401() {
        ApiServer.Reply reply = api.send(io.vertx.core.http.HttpMethod.GET, "/v1/incidents", null, null,
                Map.of("Authorization", "Bearer guess"));

        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void a_configured_token_is_accepted() {
        ApiServer.Reply reply = api.send(io.vertx.core.http.HttpMethod.POST, "/v1/incidents", EVENT,
                "application/json", Map.of("Authorization", "Bearer other"));

        assertThat(reply.status()).isEqualTo(201);
    }

    @ParameterizedTest(name = "{0} {1} without a token -> 401")
    @CsvSource({
            "GET, /v1/nothing-here",
            "GET, /v2/nothing-here",
            "DELETE, /v1/incidents",
            "POST, /v1/integrations/nothing-here",
    })
    void without_a_token_unknown_paths_answer_401_so_routes_cannot_be_discovered(String method, String path) {
        ApiServer.Reply reply = api.send(io.vertx.core.http.HttpMethod.valueOf(method), path, null, null, Map.of());

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void with_a_token_an_unknown_path_is_404_and_a_wrong_method_405() {
        Map<String, String> token = Map.of("Authorization", "Bearer s3cret");

        assertThat(api.send(io.vertx.core.http.HttpMethod.GET, "/v1/nothing-here", null, null, token).status())
                .isEqualTo(404);
        assertThat(api.send(io.vertx.core.http.HttpMethod.DELETE, "/v1/incidents", null, null, token).status())
                .isEqualTo(405);
    }

    @Test
    void health_readiness_and_the_api_document_stay_public() {
        assertThat(api.get("/health").status()).isEqualTo(200);
        assertThat(api.get("/ready").status()).isEqualTo(200);
        assertThat(api.get("/openapi.yaml").status()).isEqualTo(200);
    }
}
