package io.llmim.application.service;

import io.llmim.application.port.out.IncidentRepository;
import io.llmim.application.port.out.UnitOfWork;
import io.llmim.application.testing.InMemoryIncidentRepository;
import io.llmim.application.testing.MutableClock;
import io.llmim.application.testing.RandomIncidentIdGenerator;
import io.llmim.domain.MetricsPort;

/** The application's services wired over one store, clock and metrics port, as bootstrap wires them. */
record IncidentServices(ReportEventService report, IncidentLifecycleService lifecycle, IncidentQueryService queries,
                        IncidentRepository repository, MutableClock clock) {

    static IncidentServices over(IncidentRepository repository, MetricsPort metrics, MutableClock clock) {
        IncidentClock incidentClock = new IncidentClock(clock);
        LifecycleNotifier notifier = new LifecycleNotifier(metrics);
        return new IncidentServices(
                new ReportEventService(repository, new RandomIncidentIdGenerator(), incidentClock, notifier,
                        UnitOfWork.none(), ReportEventService.FollowUps.NONE),
                new IncidentLifecycleService(repository, incidentClock, notifier),
                new IncidentQueryService(repository), repository, clock);
    }

    static IncidentServices inMemory(MetricsPort metrics) {
        return over(new InMemoryIncidentRepository(), metrics, MutableClock.at("2026-06-01T09:00:00Z"));
    }
}
