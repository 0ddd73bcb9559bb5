package io.llmim.application.service;

import io.llmim.application.port.out.IncidentRepository;
import io.llmim.application.port.out.Job;
import io.llmim.application.port.out.JobErrorType;
import io.llmim.application.port.out.JobFailedException;
import io.llmim.application.port.out.JobHandler;
import io.llmim.application.port.out.JobStore;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentId;
import io.llmim.domain.IncidentState;
import io.llmim.domain.TimelineEntryKind;

import java.util.List;

/**
 * Runs when a policy's acknowledgement deadline has passed: an incident still NEW is escalated once
 * for that policy (a timeline entry, and a notification to each of the policy's targets); one
 * acknowledged, started or resolved in time is left alone.
 */
public final class EscalationJob implements JobHandler {

    private final IncidentRepository incidents;
    private final List<IncidentFollowUps.EscalationPolicy> policies;
    private final JobStore jobs;
    private final IncidentClock clock;
    private final LifecycleNotifier notifier;

    public EscalationJob(IncidentRepository incidents, List<IncidentFollowUps.EscalationPolicy> policies, JobStore jobs,
                         IncidentClock clock, LifecycleNotifier notifier) {
        this.incidents = incidents;
        this.policies = List.copyOf(policies);
        this.jobs = jobs;
        this.clock = clock;
        this.notifier = notifier;
    }

    @Override
    public void handle(Job job) {
        IncidentId id = new IncidentId(job.payload().get("incident_id"));
        int policyIndex = Integer.parseInt(job.payload().get("policy"));
        if (policyIndex >= policies.size()) {
            throw new JobFailedException(JobErrorType.VALIDATION_ERROR, "no escalation policy " + policyIndex);
        }
        IncidentFollowUps.EscalationPolicy policy = policies.get(policyIndex);
        Incident incident = ConflictRetry.run("escalating " + id, () -> {
            Incident fresh = incidents.findById(id)
                    .orElseThrow(() -> new JobFailedException(JobErrorType.VALIDATION_ERROR, "no incident " + id));
            if (fresh.state() != IncidentState.NEW) {
                return null;
            }
            fresh.annotate(TimelineEntryKind.ESCALATED, "escalation", "not acknowledged within "
                    + policy.ackTimeout().toSeconds() + " s; notifying " + String.join(", ", policy.targets()), clock.now());
            incidents.update(fresh);
            notifier.stored(fresh);
            return fresh;
        });
        if (incident != null) {
            for (String target : policy.targets()) {
                jobs.enqueue(NotificationJob.job(incident, target, "escalated-" + policyIndex, clock.now()));
            }
        }
    }
}
