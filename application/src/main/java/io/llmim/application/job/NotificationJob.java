package io.llmim.application.job;

import io.llmim.application.incident.IncidentChanges;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.application.port.in.Job;
import io.llmim.application.port.in.JobErrorType;
import io.llmim.application.port.in.JobFailedException;
import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.in.JobType;
import io.llmim.application.port.out.WebhookSender;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentId;
import io.llmim.domain.TimelineEntryKind;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Delivers one incident event to one webhook, as it stands now, and notes it on the timeline. */
public final class NotificationJob implements JobHandler {

    private final IncidentRepository incidents;
    private final Map<String, WebhookSender.Webhook> webhooks;
    private final WebhookSender sender;
    private final IncidentChanges changes;

    public NotificationJob(IncidentRepository incidents, List<WebhookSender.Webhook> webhooks, WebhookSender sender,
                           IncidentChanges changes) {
        this.incidents = incidents;
        this.webhooks = webhooks.stream().collect(Collectors.toMap(WebhookSender.Webhook::name, Function.identity()));
        this.sender = sender;
        this.changes = changes;
    }

    /** The job that notifies {@code webhook} of {@code event} ("created", "escalated ...") about an incident. */
    static Job.NewJob job(Incident incident, String webhook, String event, Instant at) {
        String id = incident.id().value();
        return new Job.NewJob(JobType.NOTIFICATION, JobQueue.HIGH_PRIORITY,
                Map.of(IncidentJobs.INCIDENT_ID, id, "webhook", webhook, "event", event), at,
                "notification:" + id + ":" + webhook + ":" + event);
    }

    @Override
    public void handle(Job job) {
        WebhookSender.Webhook webhook = webhooks.get(job.payload().get("webhook"));
        if (webhook == null) {
            throw new JobFailedException(JobErrorType.VALIDATION_ERROR, "no webhook named " + job.payload().get("webhook"));
        }
        IncidentId id = IncidentJobs.incidentOf(job);
        Incident incident = incidents.findById(id)
                .orElseThrow(() -> new JobFailedException(JobErrorType.VALIDATION_ERROR, "no incident " + id));
        String event = job.payload().get("event");
        sender.send(webhook, incident, event);
        changes.apply(id, (fresh, now) -> fresh.annotate(TimelineEntryKind.NOTIFIED, "notifier",
                "notified " + webhook.name() + " (" + event + ")", now));
    }
}
