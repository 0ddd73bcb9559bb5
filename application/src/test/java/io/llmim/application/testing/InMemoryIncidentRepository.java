package io.llmim.application.testing;

import io.llmim.application.port.out.ActiveFingerprintConflictException;
import io.llmim.application.port.out.ActiveIncidentCount;
import io.llmim.application.port.in.IncidentCount;
import io.llmim.application.port.in.IncidentFilter;
import io.llmim.application.port.in.IncidentPage;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.application.port.in.PageCursor;
import io.llmim.application.port.in.ResponseTimes;
import io.llmim.application.port.out.VersionConflictException;
import io.llmim.domain.Fingerprint;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentId;
import io.llmim.domain.IncidentSnapshot;
import io.llmim.domain.Repeats;
import io.llmim.domain.TimelineEntry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The reference {@link IncidentRepository}: the same rules as the JDBC stores, kept in maps.
 * Thread-safe by one lock: simple, and fast enough for every test. It stores snapshots, never the
 * caller's aggregate, so a caller's unsaved changes cannot leak into the store.
 */
public class InMemoryIncidentRepository implements IncidentRepository {

    private static final Comparator<IncidentSnapshot> NEWEST_FIRST = Comparator
            .comparing(IncidentSnapshot::createdAt)
            .thenComparing(s -> s.id().value())
            .reversed();

    private final Map<IncidentId, IncidentSnapshot> byId = new HashMap<>();
    private final Map<Fingerprint, IncidentId> activeByFingerprint = new HashMap<>();
    private final Map<IncidentId, List<TimelineEntry>> timelines = new HashMap<>();

    @Override
    public synchronized void add(Incident incident) {
        IncidentSnapshot snapshot = incident.snapshot();
        if (snapshot.version() != 0 || byId.containsKey(snapshot.id())) {
            throw new VersionConflictException(snapshot.id(), snapshot.version());
        }
        store(snapshot, incident.unsavedTimeline());
        incident.markStored();
    }

    @Override
    public synchronized boolean addUnlessActive(Incident incident) {
        if (activeByFingerprint.containsKey(incident.fingerprint())) {
            return false;
        }
        add(incident);
        return true;
    }

    @Override
    public synchronized Optional<Incident> countRepeats(Fingerprint fingerprint, Repeats repeats, Instant at) {
        Optional<Incident> active = findActiveByFingerprint(fingerprint);
        active.ifPresent(incident -> {
            incident.count(repeats, at);
            byId.put(incident.id(), incident.snapshot());
        });
        return active;
    }

    @Override
    public synchronized void update(Incident incident) {
        IncidentSnapshot snapshot = incident.snapshot();
        IncidentSnapshot stored = byId.get(snapshot.id());
        if (stored == null || stored.version() != snapshot.version()) {
            throw new VersionConflictException(snapshot.id(), snapshot.version());
        }
        boolean wasActive = stored.state().isActive();
        if (wasActive) {
            activeByFingerprint.remove(stored.fingerprint());
        }
        try {
            store(keepingOccurrencesOf(stored, snapshot), incident.unsavedTimeline());
        } catch (ActiveFingerprintConflictException e) {
            if (wasActive) {
                activeByFingerprint.put(stored.fingerprint(), stored.id());
            }
            throw e;
        }
        incident.markStored();
    }

    private void store(IncidentSnapshot snapshot, List<TimelineEntry> newEntries) {
        if (snapshot.state().isActive()) {
            IncidentId holder = activeByFingerprint.get(snapshot.fingerprint());
            if (holder != null && !holder.equals(snapshot.id())) {
                throw new ActiveFingerprintConflictException(snapshot.fingerprint());
            }
            activeByFingerprint.put(snapshot.fingerprint(), snapshot.id());
        }
        byId.put(snapshot.id(), withVersion(snapshot, snapshot.version() + 1));
        timelines.computeIfAbsent(snapshot.id(), id -> new ArrayList<>()).addAll(newEntries);
    }

    @Override
    public synchronized Optional<Incident> findById(IncidentId id) {
        return Optional.ofNullable(byId.get(id)).map(Incident::restore);
    }

    @Override
    public synchronized Optional<Incident> findActiveByFingerprint(Fingerprint fingerprint) {
        return Optional.ofNullable(activeByFingerprint.get(fingerprint)).map(byId::get).map(Incident::restore);
    }

    @Override
    public synchronized IncidentPage list(IncidentFilter filter, int limit, PageCursor after) {
        List<IncidentSnapshot> rows = byId.values().stream()
                .sorted(NEWEST_FIRST)
                .filter(filter::matches)
                .filter(incident -> after == null || after.precedes(incident))
                .limit(limit + 1L)
                .toList();
        return IncidentPage.fromRowsFetchedWithOneExtra(rows, limit);
    }

    @Override
    public synchronized List<TimelineEntry> timeline(IncidentId id) {
        return List.copyOf(timelines.getOrDefault(id, List.of()));
    }

    @Override
    public synchronized List<ActiveIncidentCount> countActive() {
        record Key(io.llmim.domain.Severity severity, String source, io.llmim.domain.Category category) {
        }
        return byId.values().stream()
                .filter(s -> s.state().isActive())
                .collect(Collectors.groupingBy(s -> new Key(s.severity(), s.source(), s.category()),
                        Collectors.counting()))
                .entrySet().stream()
                .map(e -> new ActiveIncidentCount(e.getKey().severity(), e.getKey().source(),
                        e.getKey().category(), e.getValue()))
                .toList();
    }

    @Override
    public synchronized List<IncidentCount> countByStateAndSeverity() {
        record Key(io.llmim.domain.IncidentState state, io.llmim.domain.Severity severity) {
        }
        return byId.values().stream()
                .collect(Collectors.groupingBy(s -> new Key(s.state(), s.severity()), Collectors.counting()))
                .entrySet().stream()
                .map(e -> new IncidentCount(e.getKey().state(), e.getKey().severity(), e.getValue()))
                .toList();
    }

    @Override
    public synchronized ResponseTimes responseTimes(Instant since) {
        List<IncidentSnapshot> created = byId.values().stream().filter(s -> !s.createdAt().isBefore(since)).toList();
        return new ResponseTimes(meanSince(created, IncidentSnapshot::acknowledgedAt),
                meanSince(created, IncidentSnapshot::resolvedAt));
    }

    // The mean of (milestone - created_at) in microseconds, rounded as the SQL stores round it.
    private static Optional<java.time.Duration> meanSince(List<IncidentSnapshot> incidents,
                                                          java.util.function.Function<IncidentSnapshot, Instant> milestone) {
        var micros = incidents.stream().filter(s -> milestone.apply(s) != null)
                .mapToLong(s -> java.time.temporal.ChronoUnit.MICROS.between(s.createdAt(), milestone.apply(s)))
                .average();
        return micros.isPresent()
                ? Optional.of(java.time.Duration.of(Math.round(micros.getAsDouble()), java.time.temporal.ChronoUnit.MICROS))
                : Optional.empty();
    }

    /** What an update stores: the occurrences are counted in place only, and updated_at never moves back. */
    private static IncidentSnapshot keepingOccurrencesOf(IncidentSnapshot stored, IncidentSnapshot s) {
        Instant updatedAt = stored.updatedAt().isAfter(s.updatedAt()) ? stored.updatedAt() : s.updatedAt();
        return new IncidentSnapshot(s.id(), s.fingerprint(), s.title(), s.description(), s.severity(), s.source(),
                s.category(), s.state(), s.labels(), s.createdAt(), updatedAt, s.acknowledgedAt(),
                s.resolvedAt(), s.closedAt(), stored.lastSeenAt(), stored.firstOccurredAt(), stored.lastOccurredAt(),
                stored.occurrenceCount(), s.resolutionNote(), s.rootCause(), s.classifiedBy(), s.severityReported(),
                s.categoryReported(), s.version());
    }

    private static IncidentSnapshot withVersion(IncidentSnapshot s, long version) {
        return new IncidentSnapshot(s.id(), s.fingerprint(), s.title(), s.description(), s.severity(), s.source(),
                s.category(), s.state(), s.labels(), s.createdAt(), s.updatedAt(), s.acknowledgedAt(),
                s.resolvedAt(), s.closedAt(), s.lastSeenAt(), s.firstOccurredAt(), s.lastOccurredAt(),
                s.occurrenceCount(), s.resolutionNote(), s.rootCause(), s.classifiedBy(), s.severityReported(),
                s.categoryReported(), version);
    }
}
