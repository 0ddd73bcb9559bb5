package io.llmim.application.port.out;

import io.llmim.application.port.in.IncidentCount;
import io.llmim.application.port.in.IncidentFilter;
import io.llmim.application.port.in.IncidentPage;
import io.llmim.application.port.in.PageCursor;
import io.llmim.application.port.in.ResponseTimes;
import io.llmim.domain.Fingerprint;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentId;
import io.llmim.domain.Repeats;
import io.llmim.domain.TimelineEntry;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where incidents and their timelines are kept. Implementations must be thread-safe and must
 * uphold two rules even when several processes share the store:
 * <ul>
 *   <li>optimistic concurrency: a write based on a stale version fails with
 *       {@link VersionConflictException} and changes nothing;</li>
 *   <li>at most one active (NEW, ACKNOWLEDGED, IN_PROGRESS) incident per fingerprint: a write that
 *       would make a second one fails with {@link ActiveFingerprintConflictException}.</li>
 * </ul>
 * A successful write stores the incident's fields at version {@code incident.version() + 1} and
 * appends {@link Incident#unsavedTimeline()} in one transaction, then calls
 * {@link Incident#markStored()} so the caller's instance is at the stored version. The occurrences
 * (count, last seen, occurrence span) are the exception: after the add only {@link #countRepeats}
 * changes them, in place and without moving the version, so counting the repeats of a hot incident
 * never makes a change of its state conflict; {@code updated_at} never moves back either.
 */
public interface IncidentRepository {

    /** Stores a never-stored incident (version 0). */
    void add(Incident incident);

    /**
     * Stores a never-stored incident (version 0) unless an active incident has its fingerprint:
     * false then, nothing is stored and nothing fails. Of two callers racing to open the same
     * trouble, one gets true. Inside a unit of work, a caller that gets false sees the winner's
     * incident in {@link #countRepeats} once the winner has committed.
     */
    boolean addUnlessActive(Incident incident);

    /**
     * Counts {@code repeats} into the active incident with this fingerprint in one atomic step, by
     * {@link Incident#count}'s rule, at the same version: concurrent counts, from any process, all
     * add up and none fails. Returns the incident as stored, or empty when none is active. Inside
     * a unit of work, nobody else changes the incident until the unit ends.
     */
    Optional<Incident> countRepeats(Fingerprint fingerprint, Repeats repeats, Instant at);

    /** Stores the changes of an incident loaded at {@code incident.version()}, its occurrences excepted. */
    void update(Incident incident);

    Optional<Incident> findById(IncidentId id);

    /** The active incident with this fingerprint, if there is one (there is never more than one). */
    Optional<Incident> findActiveByFingerprint(Fingerprint fingerprint);

    /**
     * One page of incidents matching {@code filter}, newest first (created-at, then id, descending),
     * starting strictly after {@code after} when it is given.
     */
    IncidentPage list(IncidentFilter filter, int limit, PageCursor after);

    /** The whole timeline of an incident, oldest first; empty for an unknown id. */
    List<TimelineEntry> timeline(IncidentId id);

    /** Active incidents counted per (severity, source, category); groups with none are left out. */
    List<ActiveIncidentCount> countActive();

    /** Every incident counted per (state, severity), in one grouped query; groups with none are left out. */
    List<IncidentCount> countByStateAndSeverity();

    /**
     * The response times of the incidents created at or after {@code since} (a range of the
     * created-at index, so the query stays bounded however long the history): the mean of
     * acknowledged-at minus created-at over those of them acknowledged, and of resolved-at minus
     * created-at over those of them resolved (as they stand now: a reopened incident counts until it
     * is resolved again). Means are rounded to the microsecond.
     */
    ResponseTimes responseTimes(Instant since);
}
