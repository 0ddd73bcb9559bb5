package io.llmim.application.incident;

import io.llmim.application.port.in.ChangeKind;
import io.llmim.application.port.in.ReportEventUseCase;
import io.llmim.application.port.in.ReportOutcome;
import io.llmim.application.port.out.IncidentIdGenerator;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.domain.Classification;
import io.llmim.domain.Event;
import io.llmim.domain.Fingerprint;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentSnapshot;
import io.llmim.domain.Repeats;
import io.llmim.domain.RuleBasedClassifier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Opens or deduplicates, without ever failing because others report the same trouble at once.
 * Reports of one fingerprint arriving together are stored together ({@link CoalescedCalls}), so a
 * hot fingerprint costs one store round trip at a time per instance. The store counts repeats in
 * place ({@link IncidentRepository#countRepeats}) and opens only when no incident is active
 * ({@link IncidentRepository#addUnlessActive}), so instances sharing it never conflict either. A new
 * incident is stored in one unit of work with its {@link FollowUps}, through {@link IncidentChanges#atomically}.
 */
public final class ReportEventService implements ReportEventUseCase {

    /** Work that must be stored together with a newly opened incident, such as the jobs it needs. */
    @FunctionalInterface
    public interface FollowUps {

        FollowUps NONE = opened -> { };

        void queueFor(Incident opened);
    }

    private static final String SENDER = "sender";
    // Each round means the incident was closed or opened by someone else in between: never in practice.
    private static final int MAX_ROUNDS = 100;

    private final IncidentRepository incidents;
    private final IncidentIdGenerator ids;
    private final IncidentClock clock;
    private final IncidentChanges changes;
    private final FollowUps followUps;
    private final RuleBasedClassifier rules = new RuleBasedClassifier();
    private final CoalescedCalls<Fingerprint, Event, ReportOutcome> sameFingerprint =
            new CoalescedCalls<>(this::storeTogether);

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
        if (changes.unitOfWork().insideUnit()) {
            // Part of a larger unit (the groups of one posted batch): waiting for another caller's
            // batch, which needs the store's writer this unit holds, could never end.
            return storeTogether(event.fingerprint(), List.of(event)).get(0);
        }
        return sameFingerprint.call(event.fingerprint(), event);
    }

    private record Stored(Incident incident, boolean opened) {
    }

    /** Reports of one fingerprint, in arrival order: the first opens the incident if none is active. */
    private List<ReportOutcome> storeTogether(Fingerprint fingerprint, List<Event> events) {
        // Classified before the unit of work: it may run on the store's single writer, which should only write.
        Classification classification = classificationOf(events.get(0));
        Stored stored = changes.atomically("reporting an event", () -> store(fingerprint, events, classification),
                Stored::incident);
        IncidentSnapshot incident = stored.incident().snapshot();
        List<ReportOutcome> outcomes = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            outcomes.add(i == 0 && stored.opened() ? new ReportOutcome.Created(incident)
                    : new ReportOutcome.Deduplicated(incident));
        }
        return outcomes;
    }

    private Stored store(Fingerprint fingerprint, List<Event> events, Classification classification) {
        Repeats all = Repeats.of(events);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Instant now = clock.now();
            Optional<Incident> counted = incidents.countRepeats(fingerprint, all, now);
            if (counted.isPresent()) {
                Incident incident = counted.get();
                if (incident.repeated(all, now)) {
                    // The count above holds the incident's row until the unit ends: this update cannot conflict.
                    incidents.update(incident);
                }
                // One change per batch of repeats: subscribers see the new count, not every report.
                changes.logged(ChangeKind.DEDUPLICATED, incident, now);
                return new Stored(incident, false);
            }
            Incident opened = open(events, classification, now);
            if (incidents.addUnlessActive(opened)) {
                followUps.queueFor(opened);
                changes.logged(ChangeKind.CREATED, opened, now);
                return new Stored(opened, true);
            }
        }
        throw new IllegalStateException("the active incident of " + fingerprint + " kept changing");
    }

    private Incident open(List<Event> events, Classification classification, Instant now) {
        Incident incident = Incident.open(ids.next(), events.get(0), classification, now);
        if (events.size() > 1) {
            Repeats rest = Repeats.of(events.subList(1, events.size()));
            incident.count(rest, now);
            incident.repeated(rest, now);
        }
        return incident;
    }

    private Classification classificationOf(Event event) {
        if (event.severity() != null && event.category() != null) {
            return new Classification(event.severity(), event.category(), 1.0, SENDER);
        }
        return rules.classify(event);
    }
}
