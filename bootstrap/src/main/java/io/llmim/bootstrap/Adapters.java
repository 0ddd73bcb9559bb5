package io.llmim.bootstrap;

import io.llmim.adapter.llm.LlmAdapters;
import io.llmim.application.port.out.AlertMemberRepository;
import io.llmim.application.port.out.CorrelationGroups;
import io.llmim.application.port.out.HistoryPruning;
import io.llmim.application.port.out.HttpMetrics;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.application.port.out.IncidentChangeLog;
import io.llmim.application.port.out.InstanceRegistry;
import io.llmim.application.port.out.JobStore;
import io.llmim.application.port.out.MaintenanceWindowRepository;
import io.llmim.application.port.out.SilenceRepository;
import io.llmim.application.port.out.UnitOfWork;
import io.llmim.domain.MetricsPort;

import java.time.Clock;
import java.util.Optional;

/**
 * Adapters to use instead of the configured ones: how tests swap in an in-memory store, a broken
 * metrics backend or a model stub without touching the wiring. Empty means "as configured".
 */
public record Adapters(Optional<Store> store, Optional<MetricsPort> incidentMetrics, Optional<HttpMetrics> httpMetrics,
                       Optional<LlmAdapters.LlmPorts> llm, Clock clock) {

    /** Everything the configured database would hold, and what keeps their writes together. */
    public record Store(IncidentRepository incidents, AlertMemberRepository alertMembers, JobStore jobs,
                        CorrelationGroups correlationGroups, HistoryPruning history,
                        UnitOfWork unitOfWork, IncidentChangeLog changeLog, SilenceRepository silences,
                        MaintenanceWindowRepository maintenanceWindows, Optional<InstanceRegistry> instances) {
    }

    public static Adapters configured() {
        return new Adapters(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Clock.systemUTC());
    }

    public Adapters withStore(Store replacement) {
        return new Adapters(Optional.of(replacement), incidentMetrics, httpMetrics, llm, clock);
    }

    public Adapters withMetrics(MetricsPort incidents, HttpMetrics http) {
        return new Adapters(store, Optional.of(incidents), Optional.of(http), llm, clock);
    }

    public Adapters withLlm(LlmAdapters.LlmPorts ports) {
        return new Adapters(store, incidentMetrics, httpMetrics, Optional.of(ports), clock);
    }

    public Adapters withClock(Clock replacement) {
        return new Adapters(store, incidentMetrics, httpMetrics, llm, replacement);
    }
}
