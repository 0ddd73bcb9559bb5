package io.llmim.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The aggregate: one piece of trouble, however many times it was reported, and its lifecycle
 * NEW -> ACKNOWLEDGED -> IN_PROGRESS -> RESOLVED -> CLOSED (with reopen from RESOLVED).
 *
 * <p>Every change appends to the timeline and queues {@link LifecycleNotification}s; both are
 * handed over ({@link #markStored()}, {@link #takeNotifications()}) once a repository has stored the change. Times passed in
 * that are earlier than the incident's last change are raised to it, so the incident's own
 * timestamps never go backwards even when instances' clocks disagree.
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
    private Instant lastSeenAt;
    private Instant firstOccurredAt;
    private Instant lastOccurredAt;
    private int occurrenceCount;
    private String resolutionNote;
    private String rootCause;
    private String classifiedBy;
    private boolean severityReported;
    private final boolean categoryReported;
    private long version;

    private final List<TimelineEntry> unsavedTimeline = new ArrayList<>(2);
    private final List<LifecycleNotification> pendingNotifications = new ArrayList<>(2);

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
        this.lastSeenAt = s.lastSeenAt();
        this.firstOccurredAt = s.firstOccurredAt();
        this.lastOccurredAt = s.lastOccurredAt();
        this.occurrenceCount = s.occurrenceCount();
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
        incident.pendingNotifications.add(new LifecycleNotification.Created(severity, event.source(), category));
        return incident;
    }

    /** Rebuilds a stored incident; queues nothing. */
    public static Incident restore(IncidentSnapshot snapshot) {
        return new Incident(snapshot);
    }

    /**
     * Merges a repeat of this incident's trouble: counts it, moves last-seen, widens the span of
     * occurrence times the senders reported, and raises the severity when the repeat is more severe
     * (it never lowers it).
     */
    public void merge(Event event, Instant at) {
        if (!state.isActive()) {
            throw new IllegalTransitionException(state, state);
        }
        at = notBeforeLastChange(at);
        occurrenceCount++;
        lastSeenAt = at;
        event.reportedOccurredAt().ifPresent(this::occurredAt);
        pendingNotifications.add(new LifecycleNotification.Deduplicated(source));
        String detail = "occurrence #" + occurrenceCount + " from " + event.source();
        Severity reported = event.severity();
        if (reported != null && reported.isMoreSevereThan(severity)) {
            detail += ", severity raised " + severity + " -> " + reported;
            severityReported = true;
            changeLabels(reported, category);
        }
        addTimeline(TimelineEntryKind.DEDUPLICATED, event.source(), detail, at);
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
        pendingNotifications.add(new LifecycleNotification.Acknowledged(severity, Duration.between(createdAt, at)));
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
        resolutionNote = optionalText("note", note);
        this.rootCause = optionalText("root_cause", rootCause);
        pendingNotifications.add(new LifecycleNotification.Resolved(severity, source, category,
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
        pendingNotifications.add(new LifecycleNotification.Reopened(severity, source, category));
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
        unsavedTimeline.clear();
    }

    /** Hands over, in order, the notifications queued since they were last taken; for once the change is durable. */
    public List<LifecycleNotification> takeNotifications() {
        List<LifecycleNotification> taken = List.copyOf(pendingNotifications);
        pendingNotifications.clear();
        return taken;
    }

    /** Timeline entries added since the last store: a repository appends these. */
    public List<TimelineEntry> unsavedTimeline() {
        return List.copyOf(unsavedTimeline);
    }

    public IncidentSnapshot snapshot() {
        return new IncidentSnapshot(id, fingerprint, title, description, severity, source, category, state, labels,
                createdAt, updatedAt, acknowledgedAt, resolvedAt, closedAt, lastSeenAt, firstOccurredAt, lastOccurredAt,
                occurrenceCount, resolutionNote, rootCause, classifiedBy, severityReported, categoryReported, version);
    }

    private Instant moveTo(LifecycleMove move, Instant at) {
        if (!move.startsFrom(state)) {
            throw new IllegalTransitionException(state, move.target());
        }
        Instant effective = notBeforeLastChange(at);
        pendingNotifications.add(new LifecycleNotification.Transitioned(state, move.target()));
        state = move.target();
        return effective;
    }

    private void changeLabels(Severity newSeverity, Category newCategory) {
        if (newSeverity == severity && newCategory == category) {
            return;
        }
        if (state.isActive()) {
            pendingNotifications.add(new LifecycleNotification.Reclassified(source, severity, category,
                    newSeverity, newCategory));
        }
        severity = newSeverity;
        category = newCategory;
    }

    // Senders' clocks and deliveries disagree: a repeat may say it occurred before the first report.
    private void occurredAt(Instant occurred) {
        if (firstOccurredAt == null || occurred.isBefore(firstOccurredAt)) {
            firstOccurredAt = occurred;
        }
        if (lastOccurredAt == null || occurred.isAfter(lastOccurredAt)) {
            lastOccurredAt = occurred;
        }
    }

    private Instant notBeforeLastChange(Instant at) {
        Objects.requireNonNull(at, "at");
        return at.isBefore(updatedAt) ? updatedAt : at;
    }

    private void addTimeline(TimelineEntryKind kind, String actor, String detail, Instant at) {
        updatedAt = at;
        unsavedTimeline.add(new TimelineEntry(at, kind, actor, detail));
    }

    private static String optionalText(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_NOTE_LENGTH) {
            throw new InvalidIncidentDataException(field, "must be at most " + MAX_NOTE_LENGTH + " characters");
        }
        return PlainText.require(field, text.strip());
    }

    public IncidentId id() { return id; }
    public Fingerprint fingerprint() { return fingerprint; }
    public String title() { return title; }
    public String description() { return description; }
    public Severity severity() { return severity; }
    public String source() { return source; }
    public Category category() { return category; }
    public IncidentState state() { return state; }
    public Map<String, String> labels() { return labels; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Instant acknowledgedAt() { return acknowledgedAt; }
    public Instant resolvedAt() { return resolvedAt; }
    public Instant closedAt() { return closedAt; }
    public Instant lastSeenAt() { return lastSeenAt; }
    /** When the earliest report said the trouble occurred; null when no report said. */
    public Instant firstOccurredAt() { return firstOccurredAt; }
    /** When the latest report said the trouble occurred; null when no report said. */
    public Instant lastOccurredAt() { return lastOccurredAt; }
    public int occurrenceCount() { return occurrenceCount; }
    public String resolutionNote() { return resolutionNote; }
    public String rootCause() { return rootCause; }
    /** The classifier that set severity or category, or null when the sender gave both. */
    public String classifiedBy() { return classifiedBy; }
    public long version() { return version; }
}
