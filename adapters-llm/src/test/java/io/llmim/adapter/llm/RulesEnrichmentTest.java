package io.llmim.adapter.llm;

class RulesEnrichmentTest extends EnrichmentContract {

    @Override
    @SuppressWarnings("unchecked")
    protected RuleBasedIncidentAnalyst answering() {
        return new RuleBasedIncidentAnalyst();
    }

    @Override
    protected io.llmim.application.port.out.RootCauseAnalyst analysing() {
        return new RuleBasedIncidentAnalyst();
    }

    @Override
    protected String classifierName() {
        return "rules";
    }
}
