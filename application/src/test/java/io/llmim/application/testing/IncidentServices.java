package io.llmim.application.testing;

import io.llmim.application.incident.IncidentChanges;
import io.llmim.application.incident.IncidentClock;
import io.llmim.application.incident.IncidentLifecycleService;
import io.llmim.application.incident.IncidentQueryService;
import io.llmim.application.incident.ReportEventService;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.application.port.out.UnitOfWork;
import io.llmim.domain.MetricsPort;

/** The application's incident services wired over one store, clock and metrics port, as bootstrap wires them. */
public record IncidentServices(ReportEventService report, IncidentLifecycleService lifecycle,
                               IncidentQueryService queries, IncidentChanges changes, IncidentRepository repository,
                               MutableClock clock, InMemoryIncidentChangeLog changeLog) {

    public static IncidentServices over(IncidentRepository repository, MetricsPort metrics, MutableClock clock) {
        IncidentClock incidentClock = new IncidentClock(clock);
        InMemoryIncidentChangeLog changeLog = new InMemoryIncidentChangeLog();
        IncidentChanges changes = new IncidentChanges(repository, UnitOfWork.none(), incidentClock, metrics, changeLog);
        return new IncidentServices(
                new ReportEventService(repository, new RandomIncidentIdGenerator(), incidentClock, changes,
                        ReportEventService.FollowUps.NONE),
                new IncidentLifecycleService(changes), new IncidentQueryService(repository), changes, repository,
                clock, changeLog);
    }

    public static IncidentServices inMemory(MetricsPort metrics) {
        return over(new InMemoryIncidentRepository(), metrics, MutableClock.at("2026-06-01T09:00:00Z"));
    }

    public static IncidentServices inMemory() {
        return inMemory(MetricsPort.noOp());
    }
}
