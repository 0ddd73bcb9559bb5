package io.llmim.application.incident;

import io.llmim.application.port.in.IncidentNotFoundException;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.application.port.out.UnitOfWork;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentId;
import io.llmim.domain.LifecycleNotification;
import io.llmim.domain.MetricsPort;

import java.time.Instant;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one way the application changes incidents: load, change, store with the version check, and
 * again from a fresh load when a concurrent writer won ({@link ConflictRetry}). The lifecycle
 * notifications the change queued reach the {@link MetricsPort} only once it is durable, so a
 * write that lost a race or was rolled back is never counted.
 */
public final class IncidentChanges {

    /** A change to a freshly loaded incident; returns false when there is nothing to store. */
    @FunctionalInterface
    public interface Change {

        boolean applyTo(Incident incident, Instant now);
    }

    private final IncidentRepository incidents;
    private final UnitOfWork unitOfWork;
    private final IncidentClock clock;
    private final MetricsPort metrics;

    public IncidentChanges(IncidentRepository incidents, UnitOfWork unitOfWork, IncidentClock clock,
                           MetricsPort metrics) {
        this.incidents = incidents;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Applies a change that always stores (a lifecycle move) and returns the incident as stored.
     *
     * @throws IncidentNotFoundException for an unknown id
     */
    public Incident apply(IncidentId id, BiConsumer<Incident, Instant> change) {
        return applyIf(id, (incident, now) -> {
            change.accept(incident, now);
            return true;
        }).orElseThrow();
    }

    /**
     * Applies a change that may decide there is nothing to do; empty then, and nothing is stored.
     *
     * @throws IncidentNotFoundException for an unknown id
     */
    public Optional<Incident> applyIf(IncidentId id, Change change) {
        Optional<Incident> stored = ConflictRetry.run("changing incident " + id, () -> {
            Incident incident = incidents.findById(id).orElseThrow(() -> new IncidentNotFoundException(id));
            if (!change.applyTo(incident, clock.now())) {
                return Optional.<Incident>empty();
            }
            incidents.update(incident);
            return Optional.of(incident);
        });
        stored.ifPresent(this::deliverNotifications);
        return stored;
    }

    /**
     * Runs {@code work}, which may open or change an incident and write follow-up work with it, in
     * one unit of work, again when a concurrent writer won; then delivers the notifications of the
     * incident {@code changed} names in the result.
     */
    public <T> T atomically(String what, Supplier<T> work, Function<T, Incident> changed) {
        T result = ConflictRetry.run(what, () -> unitOfWork.atomically(work));
        deliverNotifications(changed.apply(result));
        return result;
    }

    private void deliverNotifications(Incident incident) {
        for (LifecycleNotification notification : incident.takeNotifications()) {
            notification.deliverTo(metrics);
        }
    }
}
