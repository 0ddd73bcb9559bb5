package io.llmim.application.service;

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
 * loser of two simultaneous opens retries and merges into the winner's incident.
 */
public final class ReportEventService implements ReportEventUseCase {

    private static final String SENDER = "sender";

    private final IncidentRepository incidents;
    private final IncidentIdGenerator ids;
    private final IncidentClock clock;
    private final LifecycleNotifier notifier;
    private final RuleBasedClassifier rules = new RuleBasedClassifier();

    public ReportEventService(IncidentRepository incidents, IncidentIdGenerator ids, IncidentClock clock,
                              LifecycleNotifier notifier) {
        this.incidents = incidents;
        this.ids = ids;
        this.clock = clock;
        this.notifier = notifier;
    }

    @Override
    public ReportOutcome report(Event event) {
        Fingerprint fingerprint = event.fingerprint();
        return ConflictRetry.run("reporting an event", () -> {
            Optional<Incident> active = incidents.findActiveByFingerprint(fingerprint);
            if (active.isPresent()) {
                Incident incident = active.get();
                incident.merge(event, clock.now());
                incidents.update(incident);
                notifier.stored(incident);
                return new ReportOutcome.Deduplicated(incident);
            }
            Incident incident = Incident.open(ids.next(), event, classificationOf(event), clock.now());
            incidents.add(incident);
            notifier.stored(incident);
            return new ReportOutcome.Created(incident);
        });
    }

    private Classification classificationOf(Event event) {
        if (event.severity() != null && event.category() != null) {
            return new Classification(event.severity(), event.category(), 1.0, SENDER);
        }
        return rules.classify(event);
    }
}
