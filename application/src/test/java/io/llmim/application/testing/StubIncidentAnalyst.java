package io.llmim.application.testing;

import io.llmim.application.port.out.IncidentClassifier;
import io.llmim.application.port.out.IncidentEnricher;
import io.llmim.application.port.out.LlmErrorType;
import io.llmim.application.port.out.LlmOutcome;
import io.llmim.application.port.out.RootCauseAnalyst;
import io.llmim.domain.Category;
import io.llmim.domain.Classification;
import io.llmim.domain.Incident;
import io.llmim.domain.Severity;
import io.llmim.domain.TimelineEntry;

import java.util.List;

/** An in-memory stand-in for a language model: answers what it is told to, or fails as told. */
public final class StubIncidentAnalyst implements IncidentClassifier, IncidentEnricher, RootCauseAnalyst {

    public static final String NAME = "stub/model";

    private volatile LlmErrorType failure;

    public StubIncidentAnalyst failingWith(LlmErrorType cause) {
        this.failure = cause;
        return this;
    }

    @Override
    public LlmOutcome<Classification> classify(Incident incident) {
        return failure != null ? LlmOutcome.failed(failure, "stubbed")
                : LlmOutcome.answered(new Classification(Severity.P1, Category.SECURITY, 0.9, NAME));
    }

    @Override
    public LlmOutcome<Enrichment> enrich(Incident incident) {
        return failure != null ? LlmOutcome.failed(failure, "stubbed")
                : LlmOutcome.answered(new Enrichment("Jailbreak attempts on the chat route.", List.of("block the pattern"),
                NAME));
    }

    @Override
    public LlmOutcome<Analysis> analyze(Incident incident, List<TimelineEntry> timeline) {
        return failure != null ? LlmOutcome.failed(failure, "stubbed")
                : LlmOutcome.answered(new Analysis("a new prompt template", 0.7, NAME));
    }
}
