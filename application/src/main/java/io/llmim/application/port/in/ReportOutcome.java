package io.llmim.application.port.in;

import io.llmim.domain.Incident;

/** What reporting an event did: opened a new incident, or counted a repeat of an active one. */
public sealed interface ReportOutcome {

    Incident incident();

    record Created(Incident incident) implements ReportOutcome {
    }

    record Deduplicated(Incident incident) implements ReportOutcome {
    }
}
