package io.llmim.bootstrap;

import io.llmim.bootstrap.config.ConfigLoader;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** With provider = "openai" pointed at any OpenAI-compatible server, new incidents are classified and enriched. */
class LlmEndToEndTest {

    private final Vertx vertx = Vertx.vertx();

    @TempDir
    Path dir;

    @AfterEach
    void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** An OpenAI-compatible server answering by the schema it is asked for. */
    private int openAiCompatibleServer() throws Exception {
        HttpServer server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            String schema = body.toJsonObject().getJsonObject("response_format").getJsonObject("json_schema")
                    .getString("name");
            String content = switch (schema) {
                case "incident_classification" -> "{\"severity\": \"P0\", \"category\": \"availability\", \"confidence\": 0.95}";
                case "incident_enrichment" -> "{\"summary\": \"Gateway down in eu-west.\", \"next_steps\": [\"fail over\"]}";
                default -> "{\"probable_root_cause\": \"expired certificate\", \"confidence\": 0.6}";
            };
            request.response().putHeader("Content-Type", "application/json").end(new JsonObject()
                    .put("choices", new JsonArray().add(new JsonObject().put("message",
                            new JsonObject().put("role", "assistant").put("content", content))))
                    .put("usage", new JsonObject().put("prompt_tokens", 1000).put("completion_tokens", 100)).encode());
        })).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        return server.actualPort();
    }

    @Test
    void a_new_incident_is_classified_and_enriched_and_every_llm_family_moves() throws Exception {
        int llmPort = openAiCompatibleServer();
        TestConfig test = TestConfig.in(dir, """
                [llm]
                provider = "openai"
                base_url = "http://127.0.0.1:%d/v1"
                model = "gpt-4o-mini"
                operations = ["classification", "enrichment", "analysis"]
                """.formatted(llmPort));
        try (IncidentManager manager = IncidentManager.start(
                new ConfigLoader().load(Optional.of(test.file()), Map.of()),
                Map.of("OPENAI_API_KEY", "sk-e2e"), Adapters.configured())) {
            String id = new JsonObject(Http.postJson(test.api() + "/v1/incidents",
                    "{\"source\": \"llm-edge-agent\", \"title\": \"gateway unreachable\"}").body()).getString("id");

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                JsonObject incident = new JsonObject(Http.get(test.api() + "/v1/incidents/" + id).body());
                assertThat(incident.getString("classified_by")).isEqualTo("openai/gpt-4o-mini");
                assertThat(incident.getString("severity")).isEqualTo("P0");
            });
            await().atMost(Duration.ofSeconds(20)).until(() ->
                    Http.get(test.api() + "/v1/incidents/" + id + "/timeline").body().contains("Gateway down in eu-west."));
            assertThat(Http.post(test.api() + "/v1/incidents/" + id + "/analysis").statusCode()).isEqualTo(202);
            await().atMost(Duration.ofSeconds(20)).until(() ->
                    Http.get(test.api() + "/v1/incidents/" + id + "/timeline").body().contains("expired certificate"));

            String scrape = Http.get(test.metrics()).body();
            assertThat(scrape).contains(
                    "llm_requests_total{model=\"gpt-4o-mini\",operation=\"classification\",provider=\"openai\",status=\"success\"} 1.0",
                    "llm_tokens_total{model=\"gpt-4o-mini\",provider=\"openai\",token_type=\"prompt\"} 3000.0",
                    "llm_circuit_breaker_state{model=\"gpt-4o-mini\",provider=\"openai\"} 0.0",
                    "incidents_active{category=\"availability\",severity=\"P0\",source=\"llm-edge-agent\"} 1.0");
            assertThat(scrape).containsPattern(
                    "llm_cost_dollars_total\\{model=\"gpt-4o-mini\",provider=\"openai\"} 0\\.10[78]\\d*");
        }
    }

    @Test
    void the_console_overview_reads_the_configured_models_breaker_and_the_stores_figures() throws Exception {
        TestConfig test = TestConfig.in(dir, """
                [llm]
                provider = "openai"
                base_url = "http://127.0.0.1:%d/v1"
                model = "gpt-4o-mini"
                """.formatted(openAiCompatibleServer()));
        try (IncidentManager manager = IncidentManager.start(
                new ConfigLoader().load(Optional.of(test.file()), Map.of()),
                Map.of("OPENAI_API_KEY", "sk-e2e"), Adapters.configured())) {
            Http.postJson(test.api() + "/v1/incidents",
                    "{\"source\": \"llm-edge-agent\", \"title\": \"gateway unreachable\", \"severity\": \"P2\"}");

            String overview = Http.get(test.api() + "/overview").body();

            assertThat(overview).contains("openai/gpt-4o-mini: breaker closed", "P2: 1 active",
                    "<dd id=\"mtta\">no data</dd>");
        }
    }
}
