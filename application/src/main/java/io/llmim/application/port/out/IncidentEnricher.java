package io.llmim.application.port.out;

import io.llmim.domain.Incident;

import java.util.List;

/** Writes a short summary of an incident and the next steps a responder should take. */
public interface IncidentEnricher {

    /** A summary and suggested next steps, with the name of what wrote them. */
    record Enrichment(String summary, List<String> nextSteps, String author) {
        public Enrichment {
            nextSteps = List.copyOf(nextSteps);
        }
    }

    LlmOutcome<Enrichment> enrich(Incident incident);
}
