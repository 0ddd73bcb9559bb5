package io.llmim.application.integration;

import io.llmim.application.port.in.AlertmanagerNotification;
import io.llmim.application.port.in.IngestAlertmanagerUseCase;
import io.llmim.application.port.in.ReportEventUseCase;
import io.llmim.application.port.in.TransitionIncidentUseCase;
import io.llmim.application.port.in.Job;
import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.in.JobType;
import io.llmim.application.port.out.AlertMemberRepository;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.application.port.out.JobStore;
import io.llmim.application.port.out.UnitOfWork;
import io.llmim.domain.Category;
import io.llmim.domain.Event;
import io.llmim.domain.Fingerprint;
import io.llmim.domain.IllegalTransitionException;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentId;
import io.llmim.domain.IncidentSnapshot;
import io.llmim.domain.InvalidIncidentDataException;
import io.llmim.domain.Severity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One incident per Alertmanager group: the group key is the incident's dedup key, the group's
 * alerts are its members. The severity is the most severe of the firing alerts', mapped. A
 * notification of more than {@link #INLINE_ALERTS} alerts becomes an {@link AlertBatchJob}.
 */
public record AlertmanagerIngestService(ReportEventUseCase report, TransitionIncidentUseCase lifecycle,
                                        IncidentRepository incidents, AlertMemberRepository members,
                                        AlertSeverityMapping severities, JobStore jobs, Clock clock,
                                        UnitOfWork unitOfWork)
        implements IngestAlertmanagerUseCase {

    /** Without a unit of work spanning notifications: each group's writes are stored on their own. */
    public AlertmanagerIngestService(ReportEventUseCase report, TransitionIncidentUseCase lifecycle,
                                     IncidentRepository incidents, AlertMemberRepository members,
                                     AlertSeverityMapping severities, JobStore jobs, Clock clock) {
        this(report, lifecycle, incidents, members, severities, jobs, clock, UnitOfWork.none());
    }

    static final String DEFAULT_SOURCE = "alertmanager";
    static final String ACTOR = "alertmanager";

    @Override
    public Outcome ingest(AlertmanagerNotification notification) {
        if (notification.groupKey() == null || notification.groupKey().isBlank()) {
            throw new InvalidIncidentDataException("groupKey", "is required");
        }
        if (notification.alerts().size() > INLINE_ALERTS) {
            jobs.enqueue(new Job.NewJob(JobType.ALERT_BATCH, JobQueue.HIGH_PRIORITY,
                    AlertBatchPayload.encode(notification), clock.instant(), null));
            return new Outcome.Queued();
        }
        return new Outcome.Ingested(ingestNow(notification));
    }

    /** All the notifications in one unit of work: one commit instead of two per group (issue 18). */
    @Override
    public List<Outcome> ingestAll(List<AlertmanagerNotification> notifications) {
        return unitOfWork.atomically(() -> notifications.stream().map(this::ingest).toList());
    }

    /** Takes the notification at once; the group's incident after it, if the group has one. */
    Optional<IncidentSnapshot> ingestNow(AlertmanagerNotification notification) {
        boolean anyFiring = notification.alerts().stream().anyMatch(AlertmanagerNotification.Alert::firing);
        Optional<IncidentSnapshot> incident = anyFiring
                ? Optional.of(report.report(eventOf(notification)).incident())
                : incidents.findActiveByFingerprint(Fingerprint.ofDedupKey(dedupKey(notification))).map(Incident::snapshot);
        if (incident.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        members.upsertAll(incident.get().id(), notification.alerts().stream()
                .map(alert -> new AlertMemberRepository.AlertMember(alert.fingerprint(), alert.firing(),
                        alert.startsAt(), alert.endsAt(), alert.labels(), alert.annotations(), alert.generatorUrl(), now))
                .toList());
        if (anyFiring) {
            // A member of this notification fires, so the group cannot be all resolved: no need to read
            // its members and its incident back (two reads per group and request, issue 18).
            return incident;
        }
        return resolveWhenNoMemberFires(incident.get().id(), "all alerts of the group resolved");
    }

    /** Resolves the group's incident once none of its members fires; the incident after that. */
    Optional<IncidentSnapshot> resolveWhenNoMemberFires(IncidentId incident, String why) {
        boolean allResolved = members.members(incident).stream().noneMatch(AlertMemberRepository.AlertMember::firing);
        Optional<IncidentSnapshot> current = incidents.findById(incident).map(Incident::snapshot);
        if (allResolved && current.isPresent() && current.get().state().isActive()) {
            try {
                return Optional.of(lifecycle.resolve(incident, ACTOR, why, null));
            } catch (IllegalTransitionException alreadyResolved) {
                // Another delivery of the same notification got there first: show what it stored.
                return incidents.findById(incident).map(Incident::snapshot);
            }
        }
        return current;
    }

    private Event eventOf(AlertmanagerNotification n) {
        Map<String, String> labels = new TreeMap<>(n.commonLabels());
        Severity severity = n.alerts().stream().filter(AlertmanagerNotification.Alert::firing)
                .map(alert -> severities.map(alert.labels().getOrDefault("severity", n.commonLabels().get("severity"))))
                .reduce(Severity::mostSevere).orElse(severities.map(n.commonLabels().get("severity")));
        String title = first(n.commonAnnotations().get("summary"), n.commonLabels().get("alertname"),
                n.groupLabels().get("alertname"), "Alertmanager group " + n.groupKey());
        String description = first(n.commonAnnotations().get("description"), n.commonAnnotations().get("message"), "");
        String source = first(n.commonLabels().get("source"), n.groupLabels().get("source"), DEFAULT_SOURCE);
        return new Event(limit(source, Event.MAX_SOURCE_LENGTH), limit(title, Event.MAX_TITLE_LENGTH),
                limit(description, Event.MAX_DESCRIPTION_LENGTH), severity, category(labels.get("category")),
                dedupKey(n), boundedLabels(labels), null);
    }

    private static String dedupKey(AlertmanagerNotification n) {
        return limit("alertmanager:" + n.groupKey(), Event.MAX_DEDUP_KEY_LENGTH);
    }

    private static Category category(String label) {
        if (label == null) {
            return null;
        }
        try {
            return Category.parse(label);
        } catch (InvalidIncidentDataException unknown) {
            return null;
        }
    }

    // Alertmanager labels are the operator's: keep what fits an incident rather than reject the alert.
    private static Map<String, String> boundedLabels(Map<String, String> labels) {
        Map<String, String> bounded = new TreeMap<>();
        for (Map.Entry<String, String> label : labels.entrySet()) {
            if (bounded.size() == Event.MAX_LABELS) {
                break;
            }
            if (label.getKey().length() <= Event.MAX_LABEL_KEY_LENGTH && label.getValue() != null) {
                bounded.put(label.getKey(), limit(label.getValue(), Event.MAX_LABEL_VALUE_LENGTH));
            }
        }
        return bounded;
    }

    private static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return "";
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
