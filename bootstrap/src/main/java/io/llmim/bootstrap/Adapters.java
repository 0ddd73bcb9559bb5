package io.llmim.bootstrap;

import io.llmim.adapter.llm.LlmAdapters;
import io.llmim.application.port.out.HttpMetrics;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.domain.MetricsPort;

import java.time.Clock;
import java.util.Optional;

/**
 * Adapters to use instead of the configured ones: how tests swap in an in-memory store or a
 * broken metrics backend without touching the wiring. Empty means "as configured".
 */
public record Adapters(Optional<IncidentRepository> incidents, Optional<MetricsPort> incidentMetrics,
                       Optional<HttpMetrics> httpMetrics, Optional<LlmAdapters.LlmPorts> llm, Clock clock) {

    public static Adapters configured() {
        return new Adapters(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Clock.systemUTC());
    }

    public Adapters withIncidents(IncidentRepository repository) {
        return new Adapters(Optional.of(repository), incidentMetrics, httpMetrics, llm, clock);
    }

    public Adapters withMetrics(MetricsPort incidents, HttpMetrics http) {
        return new Adapters(this.incidents, Optional.of(incidents), Optional.of(http), llm, clock);
    }

    public Adapters withLlm(LlmAdapters.LlmPorts ports) {
        return new Adapters(incidents, incidentMetrics, httpMetrics, Optional.of(ports), clock);
    }

    public Adapters withClock(Clock clock) {
        return new Adapters(incidents, incidentMetrics, httpMetrics, llm, clock);
    }
}
