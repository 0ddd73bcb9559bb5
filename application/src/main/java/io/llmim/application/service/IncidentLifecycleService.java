package io.llmim.application.service;

import io.llmim.application.port.in.ConcurrentUpdateException;
import io.llmim.application.port.in.IncidentNotFoundException;
import io.llmim.application.port.in.TransitionIncidentUseCase;
import io.llmim.application.port.out.ActiveFingerprintConflictException;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentId;

import java.time.Instant;
import java.util.function.BiConsumer;

/** Applies lifecycle moves with load-change-store, retried when a concurrent writer won. */
public final class IncidentLifecycleService implements TransitionIncidentUseCase {

    private final IncidentRepository incidents;
    private final IncidentClock clock;
    private final LifecycleNotifier notifier;

    public IncidentLifecycleService(IncidentRepository incidents, IncidentClock clock, LifecycleNotifier notifier) {
        this.incidents = incidents;
        this.clock = clock;
        this.notifier = notifier;
    }

    @Override
    public Incident acknowledge(IncidentId id, String actor) {
        return change(id, (incident, at) -> incident.acknowledge(actor, at));
    }

    @Override
    public Incident start(IncidentId id, String actor) {
        return change(id, (incident, at) -> incident.start(actor, at));
    }

    @Override
    public Incident resolve(IncidentId id, String actor, String note, String rootCause) {
        return change(id, (incident, at) -> incident.resolve(actor, at, note, rootCause));
    }

    @Override
    public Incident close(IncidentId id, String actor) {
        return change(id, (incident, at) -> incident.close(actor, at));
    }

    @Override
    public Incident reopen(IncidentId id, String actor) {
        try {
            return change(id, (incident, at) -> incident.reopen(actor, at));
        } catch (ConcurrentUpdateException e) {
            if (e.getCause() instanceof ActiveFingerprintConflictException) {
                throw new ConcurrentUpdateException("cannot reopen incident " + id
                        + ": another active incident has the same fingerprint", e.getCause());
            }
            throw e;
        }
    }

    private Incident change(IncidentId id, BiConsumer<Incident, Instant> move) {
        return ConflictRetry.run("changing incident " + id, () -> {
            Incident incident = incidents.findById(id).orElseThrow(() -> new IncidentNotFoundException(id));
            move.accept(incident, clock.now());
            incidents.update(incident);
            notifier.stored(incident);
            return incident;
        });
    }
}
