package io.llmim.adapter.llm;

import io.llmim.application.port.out.RootCauseAnalyst;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import static io.llmim.adapter.llm.FakeProvider.Reply;

/** The enrichment contract through each model API, answered by a fake provider speaking it. */
@ParameterizedClass
@EnumSource(ModelApiEnrichmentTest.ModelApi.class)
class ModelApiEnrichmentTest extends EnrichmentContract {

    /** A provider setting and how its API wraps the model's text. */
    enum ModelApi {
        OPENAI(LlmProvider.OPENAI) {
            @Override
            String answer(String content) {
                return FakeProvider.openAiAnswer(content, 50, 10);
            }
        },
        ANTHROPIC(LlmProvider.ANTHROPIC) {
            @Override
            String answer(String content) {
                return FakeProvider.anthropicAnswer(content, 50, 10);
            }
        };

        private final LlmProvider provider;

        ModelApi(LlmProvider provider) {
            this.provider = provider;
        }

        abstract String answer(String content);
    }

    private final ModelApi api;
    private LlmHarness llm;

    ModelApiEnrichmentTest(ModelApi api) {
        this.api = api;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected LlmIncidentAnalyst answering() throws Exception {
        llm = harness();
        llm.provider
                .then(Reply.ok(api.answer("{\"severity\": \"P1\", \"category\": \"security\", \"confidence\": 0.9}")))
                .then(Reply.ok(api.answer("{\"summary\": \"Jailbreaks on chat.\", \"next_steps\": [\"block\"]}")));
        return (LlmIncidentAnalyst) llm.ports.classifier();
    }

    @Override
    protected RootCauseAnalyst analysing() throws Exception {
        llm = harness();
        llm.provider.then(Reply.ok(api.answer("{\"probable_root_cause\": \"new template\", \"confidence\": 0.5}")));
        return llm.ports.analyst();
    }

    @Override
    protected String classifierName() {
        return api.provider.label() + "/gpt-4";
    }

    @Override
    protected void release() throws Exception {
        if (llm != null) {
            llm.close();
        }
    }

    private LlmHarness harness() throws Exception {
        return LlmHarness.of(api.provider);
    }
}
