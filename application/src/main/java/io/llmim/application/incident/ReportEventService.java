package io.llmim.application.incident;

import io.llmim.application.port.in.ReportEventUseCase;
import io.llmim.application.port.in.ReportOutcome;
import io.llmim.application.port.out.IncidentIdGenerator;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.domain.Classification;
import io.llmim.domain.Event;
import io.llmim.domain.Fingerprint;
import io.llmim.domain.Incident;
import io.llmim.domain.RuleBasedClassifier;

import java.util.Optional;

/**
 * Opens or deduplicates. The store's one-active-incident-per-fingerprint rule settles races: the
 * loser of two simultaneous opens retries and merges into the winner's incident. A new incident is
 * stored in one unit of work with its {@link FollowUps}, through {@link IncidentChanges#atomically}.
 */
public final class ReportEventService implements ReportEventUseCase {

    /** Work that must be stored together with a newly opened incident, such as the jobs it needs. */
    @FunctionalInterface
    public interface FollowUps {

        FollowUps NONE = opened -> { };

        void queueFor(Incident opened);
    }

    private static final String SENDER = "sender";

    private final IncidentRepository incidents;
    private final IncidentIdGenerator ids;
    private final IncidentClock clock;
    private final IncidentChanges changes;
    private final FollowUps followUps;
    private final RuleBasedClassifier rules = new RuleBasedClassifier();

    public ReportEventService(IncidentRepository incidents, IncidentIdGenerator ids, IncidentClock clock,
                              IncidentChanges changes, FollowUps followUps) {
        this.incidents = incidents;
        this.ids = ids;
        this.clock = clock;
        this.changes = changes;
        this.followUps = followUps;
    }

    @Override
    public ReportOutcome report(Event event) {
        Fingerprint fingerprint = event.fingerprint();
        // Classified before the unit of work: it may run on the store's single writer, which should only write.
        Classification classification = classificationOf(event);
        Stored stored = changes.atomically("reporting an event", () -> store(event, fingerprint, classification),
                Stored::incident);
        return stored.opened() ? new ReportOutcome.Created(stored.incident().snapshot())
                : new ReportOutcome.Deduplicated(stored.incident().snapshot());
    }

    private record Stored(Incident incident, boolean opened) {
    }

    private Stored store(Event event, Fingerprint fingerprint, Classification classification) {
        Optional<Incident> active = incidents.findActiveByFingerprint(fingerprint);
        if (active.isPresent()) {
            Incident incident = active.get();
            incident.merge(event, clock.now());
            incidents.update(incident);
            return new Stored(incident, false);
        }
        Incident incident = Incident.open(ids.next(), event, classification, clock.now());
        incidents.add(incident);
        followUps.queueFor(incident);
        return new Stored(incident, true);
    }

    private Classification classificationOf(Event event) {
        if (event.severity() != null && event.category() != null) {
            return new Classification(event.severity(), event.category(), 1.0, SENDER);
        }
        return rules.classify(event);
    }
}
