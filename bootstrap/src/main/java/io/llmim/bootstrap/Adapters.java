package io.llmim.bootstrap;

import io.llmim.adapter.llm.LlmAdapters;
import io.llmim.application.port.out.AlertMemberRepository;
import io.llmim.application.port.out.HttpMetrics;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.domain.MetricsPort;

import java.time.Clock;
import java.util.Optional;

/**
 * Adapters to use instead of the configured ones: how tests swap in an in-memory store or a
 * broken metrics backend without touching the wiring. Empty means "as configured".
 */
public record Adapters(Optional<IncidentRepository> incidents, Optional<AlertMemberRepository> alertMembers,
                       Optional<MetricsPort> incidentMetrics, Optional<HttpMetrics> httpMetrics,
                       Optional<LlmAdapters.LlmPorts> llm, Clock clock) {

    public static Adapters configured() {
        return new Adapters(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Clock.systemUTC());
    }

    /** A store of one's own instead of the configured database (both repositories, as the database has both). */
    public Adapters withStore(IncidentRepository repository, AlertMemberRepository members) {
        return new Adapters(Optional.of(repository), Optional.of(members), incidentMetrics, httpMetrics, llm, clock);
    }

    public Adapters withMetrics(MetricsPort incidents, HttpMetrics http) {
        return new Adapters(this.incidents, alertMembers, Optional.of(incidents), Optional.of(http), llm, clock);
    }

    public Adapters withLlm(LlmAdapters.LlmPorts ports) {
        return new Adapters(incidents, alertMembers, incidentMetrics, httpMetrics, Optional.of(ports), clock);
    }

    public Adapters withClock(Clock clock) {
        return new Adapters(incidents, alertMembers, incidentMetrics, httpMetrics, llm, clock);
    }
}
