package io.llmim.adapter.llm;

import io.llmim.application.port.out.LlmErrorType;
import io.llmim.application.port.out.LlmOutcome;
import io.llmim.domain.Category;
import io.llmim.domain.Classification;
import io.llmim.domain.Incident;
import io.llmim.domain.Severity;
import org.junit.jupiter.api.Test;


import static io.llmim.application.testing.EventBuilder.anEvent;
import static io.llmim.application.testing.IncidentBuilder.anIncident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Both APIs as the providers speak them, and the accounting of a successful call. */
class ProviderProtocolTest {

    private static final String VERDICT = "{\"severity\": \"P1\", \"category\": \"security\", \"confidence\": 0.92}";

    private final Incident incident = anIncident().from(anEvent().unclassified().withTitle("jailbreak wave")).build();

    @Test
    void openai_classification_asks_for_strict_json_schema_and_counts_tokens_and_cost() throws Exception {
        try (LlmHarness llm = LlmHarness.openAi()) {
            llm.provider.then(FakeProvider.Reply.ok(FakeProvider.openAiAnswer(VERDICT, 1000, 500)));

            LlmOutcome<Classification> outcome = llm.ports.classifier().classify(incident);

            assertThat(outcome).isEqualTo(LlmOutcome.answered(
                    new Classification(Severity.P1, Category.SECURITY, 0.92, "openai/gpt-4")));
            FakeProvider.Received request = llm.provider.received().get(0);
            assertThat(request.path()).isEqualTo("/v1/chat/completions");
            assertThat(request.headers().get("Authorization")).isEqualTo("Bearer " + LlmHarness.API_KEY);
            assertThat(request.body().getJsonObject("response_format").getString("type")).isEqualTo("json_schema");
            assertThat(request.body().getJsonObject("response_format").getJsonObject("json_schema")
                    .getBoolean("strict")).isTrue();
            assertThat(llm.metrics.promptTokens).isEqualTo(1000);
            assertThat(llm.metrics.completionTokens).isEqualTo(500);
            assertThat(llm.metrics.dollars).isCloseTo(0.06, within(0.005));
            assertThat(llm.metrics.successes).isEqualTo(1);
        }
    }

    @Test
    void anthropic_classification_uses_its_headers_output_config_and_usage_fields() throws Exception {
        try (LlmHarness llm = LlmHarness.anthropic()) {
            llm.provider.then(FakeProvider.Reply.ok(FakeProvider.anthropicAnswer(VERDICT, 2000, 1000)));

            LlmOutcome<Classification> outcome = llm.ports.classifier().classify(incident);

            assertThat(outcome).isInstanceOf(LlmOutcome.Answered.class);
            FakeProvider.Received request = llm.provider.received().get(0);
            assertThat(request.path()).isEqualTo("/v1/messages");
            assertThat(request.headers().get("x-api-key")).isEqualTo(LlmHarness.API_KEY);
            assertThat(request.headers().get("anthropic-version")).isEqualTo("2023-06-01");
            assertThat(request.headers().get("Authorization")).isNull();
            assertThat(request.body().getJsonObject("output_config").getJsonObject("format").getString("type"))
                    .isEqualTo("json_schema");
            assertThat(llm.metrics.promptTokens).isEqualTo(2000);
            assertThat(llm.metrics.dollars).isCloseTo(0.12, within(0.005));
        }
    }

    @Test
    void enrichment_and_analysis_read_their_schemas() throws Exception {
        try (LlmHarness llm = LlmHarness.openAi()) {
            llm.provider.then(FakeProvider.Reply.ok(FakeProvider.openAiAnswer(
                    "{\"summary\": \"Jailbreak attempts on chat.\", \"next_steps\": [\"block pattern\"]}", 10, 10)));
            llm.provider.then(FakeProvider.Reply.ok(FakeProvider.openAiAnswer(
                    "{\"probable_root_cause\": \"new prompt template\", \"confidence\": 0.4}", 10, 10)));

            var enrichment = (LlmOutcome.Answered<io.llmim.application.port.out.IncidentEnricher.Enrichment>)
                    llm.ports.enricher().enrich(incident);
            var analysis = (LlmOutcome.Answered<io.llmim.application.port.out.RootCauseAnalyst.Analysis>)
                    llm.ports.analyst().analyze(incident, java.util.List.of());

            assertThat(enrichment.value().nextSteps()).containsExactly("block pattern");
            assertThat(analysis.value().probableRootCause()).isEqualTo("new prompt template");
        }
    }

    @Test
    void embeddings_come_from_the_openai_embeddings_api() throws Exception {
        try (LlmHarness llm = LlmHarness.openAi()) {
            llm.provider.then(FakeProvider.Reply.ok("{\"data\": [{\"embedding\": [0.5, -0.25]}], "
                    + "\"usage\": {\"prompt_tokens\": 7}}"));

            var vector = (LlmOutcome.Answered<float[]>) llm.ports.embedder().embed("gateway down");

            assertThat(vector.value()).containsExactly(0.5f, -0.25f);
            assertThat(llm.provider.received().get(0).path()).isEqualTo("/v1/embeddings");
        }
    }

    @Test
    void anthropic_has_no_embeddings_and_says_so_without_calling() throws Exception {
        try (LlmHarness llm = LlmHarness.anthropic()) {
            LlmOutcome<float[]> outcome = llm.ports.embedder().embed("x");

            assertThat(outcome).isEqualTo(LlmOutcome.failed(LlmErrorType.BAD_REQUEST, "anthropic has no embeddings API"));
            assertThat(llm.provider.received()).isEmpty();
        }
    }

    @Test
    void an_answer_that_breaks_the_schema_is_invalid_never_a_guess() throws Exception {
        try (LlmHarness llm = LlmHarness.openAi()) {
            llm.provider.then(FakeProvider.Reply.ok(FakeProvider.openAiAnswer(
                    "{\"severity\": \"P9\", \"category\": \"security\", \"confidence\": 0.9}", 10, 10)));
            llm.provider.then(FakeProvider.Reply.ok(FakeProvider.openAiAnswer("not json at all", 10, 10)));
            llm.provider.then(FakeProvider.Reply.ok(FakeProvider.openAiRefusal()));
            llm.provider.then(FakeProvider.Reply.ok("{\"choices\": 42}"));
            llm.provider.then(FakeProvider.Reply.status(200, "<html>gateway</html>"));

            for (int i = 0; i < 5; i++) {
                assertThat(llm.ports.classifier().classify(incident)).as("answer %d", i)
                        .isInstanceOfSatisfying(LlmOutcome.Failed.class,
                                failed -> assertThat(failed.cause()).isEqualTo(LlmErrorType.INVALID_RESPONSE));
            }
            assertThat(llm.metrics.errors).containsOnly(LlmErrorType.INVALID_RESPONSE).hasSize(5);
            assertThat(llm.provider.received()).hasSize(5);
        }
    }

    @Test
    void the_rules_answer_without_a_network_and_record_no_llm_metrics() {
        RecordingLlmMetrics metrics = new RecordingLlmMetrics();
        LlmAdapters.LlmPorts rules = LlmAdapters.create(null, new LlmSettings(LlmProvider.NONE, "http://unused",
                "none", "", 1, 0, java.util.Set.of(), new LlmSettings.CircuitBreakerSettings(1, 1)), "",
                new TokenPrices(0, 0), metrics);

        LlmOutcome<Classification> outcome = rules.classifier().classify(incident);

        assertThat(outcome).isInstanceOfSatisfying(LlmOutcome.Answered.class, answered ->
                assertThat(((Classification) answered.value()).classifier()).isEqualTo("rules"));
        assertThat(metrics.operations).isEmpty();
        assertThat(rules.name()).isEqualTo("rules");
    }
}
