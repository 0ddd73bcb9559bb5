package io.llmim.adapter.llm;

import static io.llmim.adapter.llm.FakeProvider.Reply;

class OpenAiEnrichmentTest extends EnrichmentContract {

    private LlmHarness llm;

    @Override
    @SuppressWarnings("unchecked")
    protected LlmIncidentAnalyst answering() throws Exception {
        llm = LlmHarness.openAi();
        llm.provider.then(Reply.ok(FakeProvider.openAiAnswer(
                        "{\"severity\": \"P1\", \"category\": \"security\", \"confidence\": 0.9}", 50, 10)))
                .then(Reply.ok(FakeProvider.openAiAnswer(
                        "{\"summary\": \"Jailbreaks on chat.\", \"next_steps\": [\"block\"]}", 50, 10)));
        return (LlmIncidentAnalyst) llm.ports.classifier();
    }

    @Override
    protected io.llmim.application.port.out.RootCauseAnalyst analysing() throws Exception {
        llm = LlmHarness.openAi();
        llm.provider.then(Reply.ok(FakeProvider.openAiAnswer(
                "{\"probable_root_cause\": \"new template\", \"confidence\": 0.5}", 50, 10)));
        return llm.ports.analyst();
    }

    @Override
    protected String classifierName() {
        return "openai/gpt-4";
    }

    @Override
    protected void release() throws Exception {
        if (llm != null) {
            llm.close();
        }
    }
}
