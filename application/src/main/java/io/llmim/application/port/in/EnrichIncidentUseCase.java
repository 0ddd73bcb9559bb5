package io.llmim.application.port.in;

import io.llmim.domain.IncidentId;

/**
 * Classifies (when the sender left severity or category out) and enriches an incident through the
 * configured language model, falling back to the rule-based classifier when it fails. What was
 * decided, and by which classifier, lands on the incident's timeline.
 */
public interface EnrichIncidentUseCase {

    /** @throws IncidentNotFoundException for an unknown id */
    void enrich(IncidentId id);
}
