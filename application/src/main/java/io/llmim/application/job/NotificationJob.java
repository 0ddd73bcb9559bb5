package io.llmim.application.job;

import io.llmim.application.incident.IncidentChanges;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.application.port.in.Job;
import io.llmim.application.port.in.JobErrorType;
import io.llmim.application.port.in.JobFailedException;
import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.in.JobType;
import io.llmim.application.port.out.JobStore;
import io.llmim.application.port.out.WebhookSender;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentId;
import io.llmim.domain.TimelineEntryKind;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Delivers one incident event to one webhook, as it stands now, and notes it on the timeline.
 * Delivery is at least once: the delivery is recorded in the job store as soon as the receiver took
 * it, before anything else can fail the job, so a retried job does not send again; only a failure
 * between the receiver's answer and that record resends, with the same idempotency key.
 */
public final class NotificationJob implements JobHandler {

    private final IncidentRepository incidents;
    private final Map<String, WebhookSender.Webhook> webhooks;
    private final WebhookSender sender;
    private final JobStore deliveries;
    private final Clock clock;
    private final IncidentChanges changes;
    private final FollowUpGate gate;

    public NotificationJob(IncidentRepository incidents, List<WebhookSender.Webhook> webhooks, WebhookSender sender,
                           JobStore deliveries, Clock clock, IncidentChanges changes) {
        this(incidents, webhooks, sender, deliveries, clock, changes, FollowUpGate.open(deliveries, changes, clock));
    }

    /** @param gate holds the notification while a mute (a silence, say) holds its incident */
    public NotificationJob(IncidentRepository incidents, List<WebhookSender.Webhook> webhooks, WebhookSender sender,
                           JobStore deliveries, Clock clock, IncidentChanges changes, FollowUpGate gate) {
        this.gate = gate;
        this.incidents = incidents;
        this.webhooks = webhooks.stream().collect(Collectors.toMap(WebhookSender.Webhook::name, Function.identity()));
        this.sender = sender;
        this.deliveries = deliveries;
        this.clock = clock;
        this.changes = changes;
    }

    /** The job that notifies {@code webhook} of {@code event} ("created", "escalated ...") about an incident. */
    static Job.NewJob job(Incident incident, String webhook, String event, Instant at) {
        String id = incident.id().value();
        return new Job.NewJob(JobType.NOTIFICATION, JobQueue.HIGH_PRIORITY,
                Map.of(IncidentJobs.INCIDENT_ID, id, "webhook", webhook, "event", event), at,
                "notification:" + id + ":" + webhook + ":" + event);
    }

    /**
     * The key a receiver sees for every attempt, on every instance, to deliver {@code event} of an incident
     * to a webhook: a name-based UUID, header-safe whatever the event's text. The webhook name's length
     * goes first so that two different (webhook, event) pairs never spell the same name.
     */
    static String idempotencyKey(IncidentId incident, String webhook, String event) {
        String name = "notification:" + incident.value() + ":" + webhook.length() + ":" + webhook + ":" + event;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    @Override
    public void handle(Job job) {
        WebhookSender.Webhook webhook = webhooks.get(job.payload().get("webhook"));
        if (webhook == null) {
            throw new JobFailedException(JobErrorType.VALIDATION_ERROR, "no webhook named " + job.payload().get("webhook"));
        }
        IncidentId id = IncidentJobs.incidentOf(job);
        String event = job.payload().get("event");
        String key = idempotencyKey(id, webhook.name(), event);
        if (!deliveries.isDelivered(key)) {
            Incident incident = incidents.findById(id)
                    .orElseThrow(() -> new JobFailedException(JobErrorType.VALIDATION_ERROR, "no incident " + id));
            if (!SilenceNotices.isAboutASilence(event)
                    && !gate.mayProceed(job, incident, "notification to " + webhook.name() + " (" + event + ")")) {
                return;
            }
            sender.send(webhook, incident, event, key);
            deliveries.recordDelivery(key, clock.instant());
        }
        changes.apply(id, (fresh, now) -> fresh.annotate(TimelineEntryKind.NOTIFIED, "notifier",
                "notified " + webhook.name() + " (" + event + ")", now));
    }
}
