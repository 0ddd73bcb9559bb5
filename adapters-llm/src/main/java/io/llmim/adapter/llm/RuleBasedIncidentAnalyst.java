package io.llmim.adapter.llm;

import io.llmim.application.port.out.IncidentClassifier;
import io.llmim.application.port.out.IncidentEnricher;
import io.llmim.application.port.out.LlmErrorType;
import io.llmim.application.port.out.LlmOutcome;
import io.llmim.application.port.out.RootCauseAnalyst;
import io.llmim.application.port.out.TextEmbedder;
import io.llmim.domain.Category;
import io.llmim.domain.Classification;
import io.llmim.domain.Event;
import io.llmim.domain.Incident;
import io.llmim.domain.RuleBasedClassifier;
import io.llmim.domain.TimelineEntry;

import java.util.List;
import java.util.Map;

/**
 * Provider {@code none}: the deterministic rules, with no network and no key. It is not an LLM and
 * records no {@code llm_*} metrics; it answers every operation but embeddings.
 */
final class RuleBasedIncidentAnalyst implements IncidentClassifier, IncidentEnricher, RootCauseAnalyst, TextEmbedder {

    private static final Map<Category, List<String>> NEXT_STEPS = Map.of(
            Category.PERFORMANCE, List.of("Check latency and saturation of the affected model route",
                    "Compare with the last deployment or traffic change", "Scale out or shed load if saturated"),
            Category.SECURITY, List.of("Identify the affected tenant and prompts", "Block the offending input pattern",
                    "Rotate credentials if any may have leaked"),
            Category.AVAILABILITY, List.of("Check health of the inference servers and the gateway",
                    "Fail over to a healthy region or model", "Roll back the last change if it correlates"),
            Category.COMPLIANCE, List.of("Identify the policy and data involved", "Preserve logs for audit",
                    "Inform the compliance owner"),
            Category.COST, List.of("Find the tenants or routes driving token usage", "Apply rate limits or quotas",
                    "Review model choice for the route"),
            Category.OTHER, List.of("Confirm the impact with the reporting system", "Assign an owner"));

    private final RuleBasedClassifier rules = new RuleBasedClassifier();

    @Override
    public LlmOutcome<Classification> classify(Incident incident) {
        return LlmOutcome.answered(rules.classify(new Event(incident.source(), incident.title(),
                incident.description(), null, null, null, incident.labels(), null)));
    }

    @Override
    public LlmOutcome<Enrichment> enrich(Incident incident) {
        String summary = incident.severity() + " " + incident.category().label() + " incident from "
                + incident.source() + ": " + incident.title()
                + (incident.occurrenceCount() > 1 ? " (seen " + incident.occurrenceCount() + " times)" : "");
        return LlmOutcome.answered(new Enrichment(summary, NEXT_STEPS.get(incident.category()),
                RuleBasedClassifier.NAME));
    }

    @Override
    public LlmOutcome<Analysis> analyze(Incident incident, List<TimelineEntry> timeline) {
        return LlmOutcome.answered(new Analysis("no model configured; by category, look first at: "
                + NEXT_STEPS.get(incident.category()).get(0).toLowerCase(), 0.1, RuleBasedClassifier.NAME));
    }

    @Override
    public LlmOutcome<float[]> embed(String text) {
        return LlmOutcome.failed(LlmErrorType.BAD_REQUEST, "the rule-based provider has no embeddings");
    }
}
