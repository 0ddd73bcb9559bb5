package io.llmim.application.port.in;

import io.llmim.domain.IncidentSnapshot;

/** What reporting an event did: opened a new incident, or counted a repeat of an active one. */
public sealed interface ReportOutcome {

    IncidentSnapshot incident();

    record Created(IncidentSnapshot incident) implements ReportOutcome {
    }

    record Deduplicated(IncidentSnapshot incident) implements ReportOutcome {
    }
}
