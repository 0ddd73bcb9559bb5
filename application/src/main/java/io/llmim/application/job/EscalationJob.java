package io.llmim.application.job;

import io.llmim.application.incident.IncidentChanges;
import io.llmim.application.incident.IncidentClock;
import io.llmim.application.port.in.Job;
import io.llmim.application.port.in.JobErrorType;
import io.llmim.application.port.in.JobFailedException;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.application.port.out.JobStore;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentId;
import io.llmim.domain.IncidentState;
import io.llmim.domain.TimelineEntryKind;

import java.util.List;
import java.util.Optional;

/**
 * Runs when a policy's acknowledgement deadline has passed: an incident still NEW is escalated once
 * for that policy (a timeline entry, and a notification to each of the policy's targets); one
 * acknowledged, started or resolved in time is left alone.
 */
public record EscalationJob(List<IncidentFollowUps.EscalationPolicy> policies, JobStore jobs, IncidentClock clock,
                            IncidentChanges changes, IncidentRepository incidents, FollowUpGate gate)
        implements JobHandler {

    public EscalationJob {
        policies = List.copyOf(policies);
    }

    /** An escalation no mute holds. */
    public EscalationJob(List<IncidentFollowUps.EscalationPolicy> policies, JobStore jobs, IncidentClock clock,
                         IncidentChanges changes) {
        this(policies, jobs, clock, changes, null, null);
    }

    @Override
    public void handle(Job job) {
        IncidentId id = IncidentJobs.incidentOf(job);
        int policyIndex = Integer.parseInt(job.payload().get("policy"));
        if (policyIndex >= policies.size()) {
            throw new JobFailedException(JobErrorType.VALIDATION_ERROR, "no escalation policy " + policyIndex);
        }
        IncidentFollowUps.EscalationPolicy policy = policies.get(policyIndex);
        if (gate != null && isHeld(job, id, policyIndex)) {
            return;
        }
        Optional<Incident> escalated = IncidentJobs.forKnownIncident(() -> changes.applyIf(id, (fresh, now) -> {
            if (fresh.state() != IncidentState.NEW) {
                return false;
            }
            fresh.annotate(TimelineEntryKind.ESCALATED, "escalation", "not acknowledged within "
                    + policy.ackTimeout().toSeconds() + " s; notifying " + String.join(", ", policy.targets()), now);
            return true;
        }));
        escalated.ifPresent(incident -> policy.targets().forEach(target ->
                jobs.enqueue(NotificationJob.job(incident, target, "escalated-" + policyIndex, clock.now()))));
    }

    // Only an incident still NEW would escalate: one acknowledged meanwhile is left alone, held or not.
    private boolean isHeld(Job job, IncidentId id, int policyIndex) {
        Incident incident = incidents.findById(id)
                .orElseThrow(() -> new JobFailedException(JobErrorType.VALIDATION_ERROR, "no incident " + id));
        return incident.state() == IncidentState.NEW && !gate.mayProceed(job, incident, "escalation " + policyIndex);
    }
}
