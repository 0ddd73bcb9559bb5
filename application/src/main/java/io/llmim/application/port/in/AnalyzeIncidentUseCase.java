package io.llmim.application.port.in;

import io.llmim.domain.IncidentId;

/**
 * Asks for a probable root cause of an incident. {@link #request} only checks the incident exists
 * and schedules the work; the result lands on the timeline as an ANALYZED entry.
 */
public interface AnalyzeIncidentUseCase {

    /** @throws IncidentNotFoundException for an unknown id */
    void request(IncidentId id);
}
