package io.llmim.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The aggregate: one piece of trouble, however many times it was reported, and its lifecycle
 * NEW -> ACKNOWLEDGED -> IN_PROGRESS -> RESOLVED -> CLOSED (with reopen from RESOLVED).
 *
 * <p>Every change appends to the timeline and queues {@link LifecycleNotification}s; both are
 * handed over ({@link #markStored()}, {@link #takeNotifications()}) once a repository has stored
 * the change ({@link PendingChanges}). Times passed in that are earlier than the incident's last
 * change are raised to it, so its own timestamps never go backwards even when clocks disagree.
 *
 * <p>Not thread-safe: load, change and store one instance per use.
 */
public final class Incident {

    public static final int MAX_NOTE_LENGTH = 4_096;

    private final IncidentId id;
    private final Fingerprint fingerprint;
    private final String title;
    private final String description;
    private final String source;
    private final Map<String, String> labels;
    private final Instant createdAt;
    private Triage triage;
    private IncidentState state;
    private Instant updatedAt;
    private Milestones milestones;
    private Occurrences occurrences;
    private long version;

    private final PendingChanges pending = new PendingChanges();

    private Incident(IncidentSnapshot s) {
        this.id = s.id();
        this.fingerprint = s.fingerprint();
        this.title = s.title();
        this.description = s.description();
        this.source = s.source();
        this.labels = s.labels();
        this.createdAt = s.createdAt();
        this.triage = new Triage(s.severity(), s.category(), s.classifiedBy(), s.severityReported(),
                s.categoryReported());
        this.state = s.state();
        this.updatedAt = s.updatedAt();
        this.milestones = new Milestones(s.acknowledgedAt(), s.resolvedAt(), s.closedAt(), s.resolutionNote(),
                s.rootCause());
        this.occurrences = new Occurrences(s.occurrenceCount(), s.lastSeenAt(), s.firstOccurredAt(),
                s.lastOccurredAt());
        this.version = s.version();
    }

    /** Opens an incident for an event no active one matched; what the sender left out comes from {@code fallback}. */
    public static Incident open(IncidentId id, Event event, Classification fallback, Instant at) {
        Triage t = Triage.of(event, Objects.requireNonNull(fallback, "fallback"));
        Incident incident = new Incident(new IncidentSnapshot(id, event.fingerprint(), event.title(),
                event.description(), t.severity(), event.source(), t.category(), IncidentState.NEW, event.labels(),
                at, at, null, null, null, at, event.occurredAt(), event.occurredAt(), 1, null, null,
                t.classifiedBy(), t.severityReported(), t.categoryReported(), 0));
        incident.addTimeline(TimelineEntryKind.CREATED, event.source(), "reported by " + event.source(), at);
        if (t.classifiedBy() != null) {
            incident.addTimeline(TimelineEntryKind.CLASSIFIED, fallback.classifier(), "severity " + t.severity()
                    + ", category " + t.category().label() + " by " + fallback.classifier()
                    + " (confidence " + fallback.confidence() + ")", at);
        }
        incident.pending.queue(new LifecycleNotification.Created(t.severity(), event.source(), t.category()));
        return incident;
    }

    /** Rebuilds a stored incident; queues nothing. */
    public static Incident restore(IncidentSnapshot snapshot) {
        return new Incident(snapshot);
    }

    /**
     * Counts repeats in place by {@link Occurrences#plus}, changed at {@code at}; queues nothing (see
     * {@link #repeated}). A database does the same in one statement, so that concurrent counts add up.
     */
    public void count(Repeats repeats, Instant at) {
        if (!state.isActive()) {
            throw new IllegalTransitionException(state, state);
        }
        updatedAt = notBeforeLastChange(at);
        occurrences = occurrences.plus(repeats, updatedAt);
    }

    /**
     * Takes in repeats already {@link #count counted}: each is a deduplication to measure, and the
     * severity rises (never falls) to the most severe one a repeat gave. Only a rise goes on the
     * timeline: a hot incident's thousands of repeats are its count. True when there is a change to store.
     */
    public boolean repeated(Repeats repeats, Instant at) {
        for (int i = 0; i < repeats.count(); i++) {
            pending.queue(new LifecycleNotification.Deduplicated(source));
        }
        if (!repeats.raises(triage.severity())) {
            return false;
        }
        at = notBeforeLastChange(at);
        String detail = "severity raised " + triage.severity() + " -> " + repeats.mostSevere()
                + " by a repeat from " + repeats.lastSource();
        retriage(triage.raisedTo(repeats.mostSevere()));
        addTimeline(TimelineEntryKind.DEDUPLICATED, repeats.lastSource(), detail, at);
        return true;
    }

    /**
     * Applies a classifier's verdict to what the sender left out (what the sender said stands); the
     * timeline keeps which classifier and how sure it was. Returns false, changing nothing, when the
     * sender gave both or the verdict changes nothing and comes from the same classifier.
     */
    public boolean reclassify(Classification verdict, Instant at) {
        Triage next = triage.reclassifiedBy(verdict).orElse(null);
        if (next == null) {
            return false;
        }
        String detail = "severity " + triage.severity() + " -> " + next.severity() + ", category "
                + triage.category().label() + " -> " + next.category().label() + " by " + verdict.classifier()
                + " (confidence " + verdict.confidence() + ")";
        retriage(next);
        addTimeline(TimelineEntryKind.CLASSIFIED, verdict.classifier(), detail, notBeforeLastChange(at));
        return true;
    }

    /** NEW -> ACKNOWLEDGED: somebody owns it now. */
    public void acknowledge(String actor, Instant at) {
        at = moveTo(LifecycleMove.ACKNOWLEDGE, at);
        milestones = milestones.acknowledged(at);
        pending.queue(new LifecycleNotification.Acknowledged(triage.severity(), Duration.between(createdAt, at)));
        addTimeline(TimelineEntryKind.ACKNOWLEDGED, actor, "acknowledged", at);
    }

    /** NEW or ACKNOWLEDGED -> IN_PROGRESS: work has started. */
    public void start(String actor, Instant at) {
        at = moveTo(LifecycleMove.START, at);
        addTimeline(TimelineEntryKind.STARTED, actor, "work started", at);
    }

    /** Any active state -> RESOLVED, with an optional note and root cause. */
    public void resolve(String actor, Instant at, String note, String rootCause) {
        at = moveTo(LifecycleMove.RESOLVE, at);
        milestones = milestones.resolved(at, note, rootCause);
        pending.queue(new LifecycleNotification.Resolved(triage.severity(), source, triage.category(),
                Duration.between(createdAt, at)));
        addTimeline(TimelineEntryKind.RESOLVED, actor, milestones.resolutionDetail(), at);
    }

    /** RESOLVED -> CLOSED: nothing more to do. */
    public void close(String actor, Instant at) {
        at = moveTo(LifecycleMove.CLOSE, at);
        milestones = milestones.closed(at);
        addTimeline(TimelineEntryKind.CLOSED, actor, "closed", at);
    }

    /** RESOLVED -> IN_PROGRESS: the fix did not hold. */
    public void reopen(String actor, Instant at) {
        at = moveTo(LifecycleMove.REOPEN, at);
        milestones = milestones.reopened();
        pending.queue(new LifecycleNotification.Reopened(triage.severity(), source, triage.category()));
        addTimeline(TimelineEntryKind.REOPENED, actor, "reopened", at);
    }

    /** Adds an informational line (enrichment, notification, escalation, ...) to the timeline. */
    public void annotate(TimelineEntryKind kind, String actor, String detail, Instant at) {
        if (!kind.isInformational()) {
            throw new InvalidIncidentDataException("kind", kind + " is written by the lifecycle itself");
        }
        addTimeline(kind, actor, detail, notBeforeLastChange(at));
    }

    /**
     * Called by a repository once it has stored the changes: the version moves on, the timeline is saved.
     * Notifications wait for {@link #takeNotifications()}: a store inside a unit of work is not yet durable.
     */
    public void markStored() {
        version++;
        pending.stored();
    }

    /** Hands over, in order, the notifications queued since they were last taken; for once the change is durable. */
    public List<LifecycleNotification> takeNotifications() {
        return pending.takeNotifications();
    }

    /** Timeline entries added since the last store: a repository appends these. */
    public List<TimelineEntry> unsavedTimeline() {
        return pending.unsavedTimeline();
    }

    public IncidentSnapshot snapshot() {
        Milestones m = milestones;
        return new IncidentSnapshot(id, fingerprint, title, description, triage.severity(), source,
                triage.category(), state, labels, createdAt, updatedAt, m.acknowledgedAt(), m.resolvedAt(),
                m.closedAt(), occurrences.lastSeenAt(), occurrences.firstOccurredAt(), occurrences.lastOccurredAt(),
                occurrences.count(), m.resolutionNote(), m.rootCause(), triage.classifiedBy(),
                triage.severityReported(), triage.categoryReported(), version);
    }

    private Instant moveTo(LifecycleMove move, Instant at) {
        if (!move.startsFrom(state)) {
            throw new IllegalTransitionException(state, move.target());
        }
        Instant effective = notBeforeLastChange(at);
        pending.queue(new LifecycleNotification.Transitioned(state, move.target()));
        state = move.target();
        return effective;
    }

    private void retriage(Triage next) {
        if (state.isActive() && next.labelsDifferFrom(triage)) {
            pending.queue(new LifecycleNotification.Reclassified(source, triage.severity(), triage.category(),
                    next.severity(), next.category()));
        }
        triage = next;
    }

    private Instant notBeforeLastChange(Instant at) {
        Objects.requireNonNull(at, "at");
        return at.isBefore(updatedAt) ? updatedAt : at;
    }

    private void addTimeline(TimelineEntryKind kind, String actor, String detail, Instant at) {
        updatedAt = at;
        pending.record(new TimelineEntry(at, kind, actor, detail));
    }

    public IncidentId id() { return id; }
    public Fingerprint fingerprint() { return fingerprint; }
    public String title() { return title; }
    public String description() { return description; }
    public Map<String, String> labels() { return labels; }
    public int occurrenceCount() { return occurrences.count(); }
    public Severity severity() { return triage.severity(); }
    public String source() { return source; }
    public Category category() { return triage.category(); }
    public Instant createdAt() { return createdAt; }
    /** The classifier that set severity or category, or null when the sender gave both. */
    public String classifiedBy() { return triage.classifiedBy(); }
    public IncidentState state() { return state; }
    public long version() { return version; }
}
