package io.llmim.application.incident;

import io.llmim.application.port.in.ChangeKind;
import io.llmim.application.port.in.IncidentNotFoundException;
import io.llmim.application.port.out.IncidentChangeLog;
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
 * write that lost a race or was rolled back is never counted. Every stored change is appended to the
 * {@link IncidentChangeLog} in its own unit of work, so the log holds exactly the changes the store does.
 */
public record IncidentChanges(IncidentRepository incidents, UnitOfWork unitOfWork, IncidentClock clock,
                              MetricsPort metrics, IncidentChangeLog log) {

    /** A change to a freshly loaded incident; returns false when there is nothing to store. */
    @FunctionalInterface
    public interface Change {

        boolean applyTo(Incident incident, Instant now);
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
        Optional<Incident> stored = ConflictRetry.run("changing incident " + id, () -> unitOfWork.atomically(() -> {
            Incident incident = incidents.findById(id).orElseThrow(() -> new IncidentNotFoundException(id));
            Instant now = clock.now();
            if (!change.applyTo(incident, now)) {
                return Optional.<Incident>empty();
            }
            ChangeKind kind = ChangeKind.of(incident.unsavedTimeline());
            incidents.update(incident);
            logged(kind, incident, now);
            return Optional.of(incident);
        }));
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

    /**
     * Appends to the change log, in the unit of work under way, that {@code kind} made
     * {@code incident} what it is as just stored: for work that stores through
     * {@link #atomically} rather than {@link #applyIf}.
     */
    public void logged(ChangeKind kind, Incident incident, Instant at) {
        log.append(kind, incident.snapshot(), at);
    }

    /**
     * Runs {@code work}, which changes what is known about incident {@code id} outside its own
     * record (such as the correlation group it belongs to), and logs it as {@code kind}, in one unit
     * of work.
     */
    public void alongside(IncidentId id, ChangeKind kind, Runnable work) {
        unitOfWork.atomically(() -> {
            work.run();
            Incident incident = incidents.findById(id).orElseThrow(() -> new IncidentNotFoundException(id));
            logged(kind, incident, clock.now());
            return null;
        });
    }

    private void deliverNotifications(Incident incident) {
        for (LifecycleNotification notification : incident.takeNotifications()) {
            notification.deliverTo(metrics);
        }
    }
}
