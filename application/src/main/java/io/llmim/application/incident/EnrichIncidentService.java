package io.llmim.application.incident;

import io.llmim.application.port.in.EnrichIncidentUseCase;
import io.llmim.application.port.in.IncidentNotFoundException;
import io.llmim.application.port.out.IncidentClassifier;
import io.llmim.application.port.out.IncidentEnricher;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.application.port.out.LlmOutcome;
import io.llmim.domain.Classification;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentId;
import io.llmim.domain.TimelineEntryKind;

import java.time.Instant;

/**
 * Asks the model first, outside any retry, because calls are slow and cost money; then applies
 * the answers to a freshly loaded incident, retrying only that cheap part when a concurrent write
 * wins. A failed call changes nothing but a timeline note: the rules' verdict from creation stays.
 */
public record EnrichIncidentService(IncidentRepository incidents, IncidentClassifier classifier,
                                    IncidentEnricher enricher, IncidentChanges changes) implements EnrichIncidentUseCase {

    @Override
    public void enrich(IncidentId id) {
        Incident incident = incidents.findById(id).orElseThrow(() -> new IncidentNotFoundException(id));
        // Only what the sender left out is the classifier's to decide.
        LlmOutcome<Classification> verdict = incident.classifiedBy() != null ? classifier.classify(incident) : null;
        LlmOutcome<IncidentEnricher.Enrichment> enrichment = enricher.enrich(incident);
        changes.applyIf(id, (fresh, now) -> applyVerdict(fresh, verdict, now) | applyEnrichment(fresh, enrichment, now));
    }

    private static boolean applyVerdict(Incident incident, LlmOutcome<Classification> verdict, Instant now) {
        if (verdict instanceof LlmOutcome.Answered<Classification> answered) {
            return incident.reclassify(answered.value(), now);
        }
        if (verdict instanceof LlmOutcome.Failed<Classification> failed) {
            incident.annotate(TimelineEntryKind.NOTE, "llm", "LLM classification failed (" + failed.cause().label()
                    + "); severity and category stay as classified by " + incident.classifiedBy(), now);
            return true;
        }
        return false;
    }

    private static boolean applyEnrichment(Incident incident, LlmOutcome<IncidentEnricher.Enrichment> enrichment,
                                           Instant now) {
        if (enrichment instanceof LlmOutcome.Answered<IncidentEnricher.Enrichment> answered) {
            IncidentEnricher.Enrichment e = answered.value();
            StringBuilder detail = new StringBuilder(e.summary());
            if (!e.nextSteps().isEmpty()) {
                detail.append("\nNext steps:");
                e.nextSteps().forEach(step -> detail.append("\n- ").append(step));
            }
            incident.annotate(TimelineEntryKind.ENRICHED, e.author(), detail.toString(), now);
            return true;
        }
        if (enrichment instanceof LlmOutcome.Failed<IncidentEnricher.Enrichment> failed) {
            incident.annotate(TimelineEntryKind.NOTE, "llm", "enrichment unavailable (" + failed.cause().label() + ")",
                    now);
            return true;
        }
        return false;
    }
}
