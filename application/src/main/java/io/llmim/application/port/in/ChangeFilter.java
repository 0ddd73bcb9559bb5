package io.llmim.application.port.in;

import io.llmim.domain.IncidentSnapshot;
import io.llmim.domain.IncidentState;
import io.llmim.domain.Severity;

import java.util.Set;

/**
 * Which changes a stream subscriber wants, by the incident's severity, source and state as the
 * change left them; an empty set admits every value.
 */
public record ChangeFilter(Set<Severity> severities, Set<String> sources, Set<IncidentState> states) {

    public ChangeFilter {
        severities = Set.copyOf(severities);
        sources = Set.copyOf(sources);
        states = Set.copyOf(states);
    }

    public static ChangeFilter all() {
        return new ChangeFilter(Set.of(), Set.of(), Set.of());
    }

    public boolean admits(IncidentSnapshot incident) {
        return (severities.isEmpty() || severities.contains(incident.severity()))
                && (sources.isEmpty() || sources.contains(incident.source()))
                && (states.isEmpty() || states.contains(incident.state()));
    }
}
