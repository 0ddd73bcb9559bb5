package io.llmim.application.job;

import io.llmim.application.incident.ReportEventService;
import io.llmim.application.port.in.Job;
import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.out.JobStore;
import io.llmim.application.port.in.JobType;
import io.llmim.application.port.out.WebhookSender;
import io.llmim.domain.Incident;
import io.llmim.domain.Severity;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The follow-up work of each new incident, as durable jobs queued in the incident's own unit of
 * work: enrichment (at or above a minimum severity), a notification per matching webhook,
 * correlation, and an escalation check per matching policy, due when its acknowledgement deadline
 * passes. Keys make each job unique, so work run again never queues the same job twice.
 */
public record IncidentFollowUps(JobStore jobs, Clock clock, Severity enrichmentMinimum,
                                List<WebhookSender.Webhook> webhooks, List<EscalationPolicy> policies)
        implements ReportEventService.FollowUps {

    /** One {@code [[escalation.policies]]} entry. */
    public record EscalationPolicy(Set<Severity> severities, Duration ackTimeout, List<String> targets) {
    }

    public IncidentFollowUps {
        webhooks = List.copyOf(webhooks);
        policies = List.copyOf(policies);
    }

    @Override
    public void queueFor(Incident incident) {
        String id = incident.id().value();
        if (!enrichmentMinimum.isMoreSevereThan(incident.severity())) {
            jobs.enqueue(new Job.NewJob(JobType.ENRICHMENT, JobQueue.STANDARD, Map.of(IncidentJobs.INCIDENT_ID, id),
                    clock.instant(), "enrichment:" + id));
        }
        for (WebhookSender.Webhook webhook : webhooks) {
            if (!webhook.minSeverity().isMoreSevereThan(incident.severity())) {
                jobs.enqueue(NotificationJob.job(incident, webhook.name(), "created", clock.instant()));
            }
        }
        jobs.enqueue(new Job.NewJob(JobType.CORRELATION, JobQueue.LOW_PRIORITY, Map.of(IncidentJobs.INCIDENT_ID, id),
                clock.instant(), "correlation:" + id));
        for (int i = 0; i < policies.size(); i++) {
            EscalationPolicy policy = policies.get(i);
            if (policy.severities().contains(incident.severity())) {
                jobs.enqueue(new Job.NewJob(JobType.ESCALATION, JobQueue.HIGH_PRIORITY,
                        Map.of(IncidentJobs.INCIDENT_ID, id, "policy", String.valueOf(i)),
                        incident.createdAt().plus(policy.ackTimeout()), "escalation:" + id + ":" + i));
            }
        }
    }
}
