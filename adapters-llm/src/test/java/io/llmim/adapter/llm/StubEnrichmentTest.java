package io.llmim.adapter.llm;

import io.llmim.application.testing.StubIncidentAnalyst;

class StubEnrichmentTest extends EnrichmentContract {

    @Override
    @SuppressWarnings("unchecked")
    protected StubIncidentAnalyst answering() {
        return new StubIncidentAnalyst();
    }

    @Override
    protected io.llmim.application.port.out.RootCauseAnalyst analysing() {
        return new StubIncidentAnalyst();
    }

    @Override
    protected String classifierName() {
        return StubIncidentAnalyst.NAME;
    }
}
