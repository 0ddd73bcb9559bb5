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
 * Read it through {@link #snapshot()}.
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
    private Severity severity;
    private Category category;
    private IncidentState state;
    private Instant updatedAt;
    private Instant acknowledgedAt;
    private Instant resolvedAt;
    private Instant closedAt;
    private Occurrences occurrences;
    private String resolutionNote;
    private String rootCause;
    private String classifiedBy;
    private boolean severityReported;
    private final boolean categoryReported;
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
        this.severity = s.severity();
        this.category = s.category();
        this.state = s.state();
        this.updatedAt = s.updatedAt();
        this.acknowledgedAt = s.acknowledgedAt();
        this.resolvedAt = s.resolvedAt();
        this.closedAt = s.closedAt();
        this.occurrences = new Occurrences(s.occurrenceCount(), s.lastSeenAt(), s.firstOccurredAt(),
                s.lastOccurredAt());
        this.resolutionNote = s.resolutionNote();
        this.rootCause = s.rootCause();
        this.classifiedBy = s.classifiedBy();
        this.severityReported = s.severityReported();
        this.categoryReported = s.categoryReported();
        this.version = s.version();
    }

    /**
     * Opens a new incident for an event that matched no active one. Severity and category the
     * sender left out come from {@code fallback}, and the timeline says so.
     */
    public static Incident open(IncidentId id, Event event, Classification fallback, Instant at) {
        Objects.requireNonNull(fallback, "fallback");
        Severity severity = event.reportedSeverity().orElse(fallback.severity());
        Category category = event.reportedCategory().orElse(fallback.category());
        boolean classified = event.severity() == null || event.category() == null;
        Incident incident = new Incident(new IncidentSnapshot(id, event.fingerprint(), event.title(),
                event.description(), severity, event.source(), category, IncidentState.NEW, event.labels(),
                at, at, null, null, null, at, event.occurredAt(), event.occurredAt(), 1, null, null,
                classified ? fallback.classifier() : null,
                event.severity() != null, event.category() != null, 0));
        incident.addTimeline(TimelineEntryKind.CREATED, event.source(), "reported by " + event.source(), at);
        if (classified) {
            incident.addTimeline(TimelineEntryKind.CLASSIFIED, fallback.classifier(),
                    "severity " + severity + ", category " + category.label() + " by " + fallback.classifier()
                            + " (confidence " + fallback.confidence() + ")", at);
        }
        incident.pending.queue(new LifecycleNotification.Created(severity, event.source(), category));
        return incident;
    }

    /** Rebuilds a stored incident; queues nothing. */
    public static Incident restore(IncidentSnapshot snapshot) {
        return new Incident(snapshot);
    }

    /**
     * Counts repeats of this incident's trouble in place: the occurrences grow ({@link Occurrences#plus})
     * and the incident counts as changed at {@code at}. For a store that keeps incidents in memory, or
     * for repeats that arrived with the report that opened the incident; a database counts them in
     * one statement by the same rule. Queues nothing: see {@link #repeated}.
     */
    public void count(Repeats repeats, Instant at) {
        if (!state.isActive()) {
            throw new IllegalTransitionException(state, state);
        }
        updatedAt = notBeforeLastChange(at);
        occurrences = occurrences.plus(repeats, updatedAt);
    }

    /**
     * Takes in repeats already {@link #count counted}: each is one deduplication to measure, and the
     * severity rises when a repeat gave a more severe one (it never falls). Only that rise is worth a
     * timeline entry: a hot incident is reported thousands of times, and its count says how often.
     * Returns whether there is a change left to store.
     */
    public boolean repeated(Repeats repeats, Instant at) {
        for (int i = 0; i < repeats.count(); i++) {
            pending.queue(new LifecycleNotification.Deduplicated(source));
        }
        if (!repeats.raise(severity)) {
            return false;
        }
        at = notBeforeLastChange(at);
        String detail = "severity raised " + severity + " -> " + repeats.mostSevere() + " by a repeat from "
                + repeats.lastSource();
        severityReported = true;
        changeLabels(repeats.mostSevere(), category);
        addTimeline(TimelineEntryKind.DEDUPLICATED, repeats.lastSource(), detail, at);
        return true;
    }

    /**
     * Applies a classifier's verdict to what the sender left out (what the sender said stands); the
     * timeline keeps which classifier and how sure it was. Returns false, changing nothing, when the
     * sender gave both or the verdict changes nothing and comes from the same classifier.
     */
    public boolean reclassify(Classification verdict, Instant at) {
        Severity newSeverity = severityReported ? severity : verdict.severity();
        Category newCategory = categoryReported ? category : verdict.category();
        boolean unchanged = newSeverity == severity && newCategory == category
                && verdict.classifier().equals(classifiedBy);
        if ((severityReported && categoryReported) || unchanged) {
            return false;
        }
        at = notBeforeLastChange(at);
        String detail = "severity " + severity + " -> " + newSeverity + ", category " + category.label()
                + " -> " + newCategory.label() + " by " + verdict.classifier()
                + " (confidence " + verdict.confidence() + ")";
        classifiedBy = verdict.classifier();
        changeLabels(newSeverity, newCategory);
        addTimeline(TimelineEntryKind.CLASSIFIED, verdict.classifier(), detail, at);
        return true;
    }

    /** NEW -> ACKNOWLEDGED: somebody owns it now. */
    public void acknowledge(String actor, Instant at) {
        at = moveTo(LifecycleMove.ACKNOWLEDGE, at);
        acknowledgedAt = at;
        pending.queue(new LifecycleNotification.Acknowledged(severity, Duration.between(createdAt, at)));
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
        resolvedAt = at;
        resolutionNote = PlainText.optional("note", note, MAX_NOTE_LENGTH);
        this.rootCause = PlainText.optional("root_cause", rootCause, MAX_NOTE_LENGTH);
        pending.queue(new LifecycleNotification.Resolved(severity, source, category,
                Duration.between(createdAt, at)));
        String detail = "resolved" + (resolutionNote == null ? "" : ": " + resolutionNote)
                + (this.rootCause == null ? "" : " (root cause: " + this.rootCause + ")");
        addTimeline(TimelineEntryKind.RESOLVED, actor, detail, at);
    }

    /** RESOLVED -> CLOSED: nothing more to do. */
    public void close(String actor, Instant at) {
        at = moveTo(LifecycleMove.CLOSE, at);
        closedAt = at;
        addTimeline(TimelineEntryKind.CLOSED, actor, "closed", at);
    }

    /** RESOLVED -> IN_PROGRESS: the fix did not hold. */
    public void reopen(String actor, Instant at) {
        at = moveTo(LifecycleMove.REOPEN, at);
        resolvedAt = null;
        pending.queue(new LifecycleNotification.Reopened(severity, source, category));
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
     * Called by a repository once it has stored the current changes: the version moves on and the
     * timeline entries it appended are no longer unsaved. Notifications stay held until
     * {@link #takeNotifications()}, since a store inside a larger unit of work is not yet durable.
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
        return new IncidentSnapshot(id, fingerprint, title, description, severity, source, category, state, labels,
                createdAt, updatedAt, acknowledgedAt, resolvedAt, closedAt, occurrences.lastSeenAt(),
                occurrences.firstOccurredAt(), occurrences.lastOccurredAt(), occurrences.count(), resolutionNote,
                rootCause, classifiedBy, severityReported, categoryReported, version);
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

    private void changeLabels(Severity newSeverity, Category newCategory) {
        if (newSeverity == severity && newCategory == category) {
            return;
        }
        if (state.isActive()) {
            pending.queue(new LifecycleNotification.Reclassified(source, severity, category,
                    newSeverity, newCategory));
        }
        severity = newSeverity;
        category = newCategory;
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
    public Severity severity() { return severity; }
    public String source() { return source; }
    public Category category() { return category; }
    public Instant createdAt() { return createdAt; }
    /** The classifier that set severity or category, or null when the sender gave both. */
    public String classifiedBy() { return classifiedBy; }
    public IncidentState state() { return state; }
    public long version() { return version; }
}
