package io.llmim.adapter.persistence;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.llmim.application.port.out.ActiveFingerprintConflictException;
import io.llmim.application.port.out.ActiveIncidentCount;
import io.llmim.application.port.out.CacheMetrics;
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

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Read-through cache of incidents by id in front of any repository. Several instances may share
 * the store, so an entry can be stale: entries live briefly, and a write that loses on version or
 * fingerprint evicts the entry so that the caller's retry reloads the truth. Within one instance
 * reads follow writes: an update evicts its entry once its unit of work has committed, and that
 * eviction waits for any load of the entry under way. Only {@link #findById} outside a unit of work
 * is cached; deduplication lookups always go to the store.
 */
final class CachingIncidentRepository implements IncidentRepository {

    /** What the cache must know of the unit of work under way on the calling thread. */
    interface UnitsInProgress {

        /** Whether this thread is inside a unit whose writes are not committed yet. */
        boolean insideUnit();

        /** Runs the action once this thread's unit has committed or rolled back; at once outside a unit. */
        void afterCompletion(Runnable action);
    }

    public static final String CACHE_NAME = "incidents";

    // A rough per-entry cost: object headers, ids, timestamps and the text fields at 2 bytes a char.
    private static final int FIXED_ENTRY_BYTES = 600;

    private final IncidentRepository store;
    private final Cache<IncidentId, IncidentSnapshot> byId;
    private final UnitsInProgress units;

    CachingIncidentRepository(IncidentRepository store, long maxBytes, Duration ttl, CacheMetrics metrics,
                              UnitsInProgress units) {
        this.store = store;
        this.units = units;
        this.byId = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((IncidentId id, IncidentSnapshot s) -> estimatedBytes(s))
                .expireAfterWrite(ttl)
                .recordStats()
                .build();
        metrics.registerCache(CACHE_NAME, new CacheMetrics.CacheStatistics() {
            @Override
            public long hits() {
                return byId.stats().hitCount();
            }

            @Override
            public long misses() {
                return byId.stats().missCount();
            }

            @Override
            public long estimatedSizeBytes() {
                // Caffeine weighs entries in the background; settle that first so a scrape sees every entry.
                byId.cleanUp();
                return byId.policy().eviction().map(e -> e.weightedSize().orElse(0L)).orElse(0L);
            }
        });
    }

    @Override
    public void add(Incident incident) {
        store.add(incident);
    }

    @Override
    public boolean addUnlessActive(Incident incident) {
        return store.addUnlessActive(incident);
    }

    @Override
    public Optional<Incident> countRepeats(Fingerprint fingerprint, Repeats repeats, Instant at) {
        Optional<Incident> counted = store.countRepeats(fingerprint, repeats, at);
        counted.ifPresent(incident -> units.afterCompletion(() -> byId.invalidate(incident.id())));
        return counted;
    }

    @Override
    public void update(Incident incident) {
        try {
            store.update(incident);
        } catch (VersionConflictException | ActiveFingerprintConflictException e) {
            byId.invalidate(incident.id());
            throw e;
        }
        // Not before the commit: a reader in between would cache the state this update replaces.
        units.afterCompletion(() -> byId.invalidate(incident.id()));
    }

    @Override
    public Optional<Incident> findById(IncidentId id) {
        if (units.insideUnit()) {
            // The unit's own uncommitted writes are in the store, not in the cache, and may yet be rolled back.
            return store.findById(id);
        }
        // Loaded under the entry's lock, so an eviction after a commit waits for a load that read before it.
        IncidentSnapshot snapshot = byId.get(id, key -> store.findById(key).map(Incident::snapshot).orElse(null));
        return Optional.ofNullable(snapshot).map(Incident::restore);
    }

    @Override
    public Optional<Incident> findActiveByFingerprint(Fingerprint fingerprint) {
        return store.findActiveByFingerprint(fingerprint);
    }

    @Override
    public IncidentPage list(IncidentFilter filter, int limit, PageCursor after) {
        return store.list(filter, limit, after);
    }

    @Override
    public List<TimelineEntry> timeline(IncidentId id) {
        return store.timeline(id);
    }

    @Override
    public List<ActiveIncidentCount> countActive() {
        return store.countActive();
    }

    @Override
    public List<IncidentCount> countByStateAndSeverity() {
        return store.countByStateAndSeverity();
    }

    @Override
    public ResponseTimes responseTimes(Instant since) {
        return store.responseTimes(since);
    }

    private static int estimatedBytes(IncidentSnapshot s) {
        long chars = s.title().length() + s.description().length() + s.source().length()
                + (s.resolutionNote() == null ? 0 : s.resolutionNote().length())
                + (s.rootCause() == null ? 0 : s.rootCause().length());
        for (var label : s.labels().entrySet()) {
            chars += label.getKey().length() + label.getValue().length() + 16;
        }
        return (int) Math.min(Integer.MAX_VALUE, FIXED_ENTRY_BYTES + 2 * chars);
    }
}
