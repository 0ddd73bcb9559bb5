package io.llmim.application.testing;

import io.llmim.application.port.in.JobStatus;
import io.llmim.application.port.in.PrunableHistory;
import io.llmim.application.port.out.HistoryPruning;
import io.llmim.domain.IncidentSnapshot;
import io.llmim.domain.IncidentState;
import io.llmim.domain.Incident;

import java.time.Instant;
import java.util.Set;

/** The reference {@link HistoryPruning}, over the in-memory store's repositories; there is no space to reclaim. */
public final class InMemoryHistoryPruning implements HistoryPruning {

    private static final Set<IncidentState> OVER = Set.of(IncidentState.RESOLVED, IncidentState.CLOSED);

    private final InMemoryIncidentRepository incidents;
    private final InMemoryJobStore jobs;
    private final InMemoryAlertMemberRepository alertMembers;
    private final InMemoryIncidentChangeLog changes;
    private final InMemorySilenceRepository silences;

    public InMemoryHistoryPruning(InMemoryIncidentRepository incidents, InMemoryJobStore jobs,
                                  InMemoryAlertMemberRepository alertMembers, InMemoryIncidentChangeLog changes) {
        this(incidents, jobs, alertMembers, changes, new InMemorySilenceRepository());
    }

    public InMemoryHistoryPruning(InMemoryIncidentRepository incidents, InMemoryJobStore jobs,
                                  InMemoryAlertMemberRepository alertMembers, InMemoryIncidentChangeLog changes,
                                  InMemorySilenceRepository silences) {
        this.silences = silences;
        this.incidents = incidents;
        this.jobs = jobs;
        this.alertMembers = alertMembers;
        this.changes = changes;
    }

    @Override
    public int prune(PrunableHistory history, Instant before) {
        return switch (history) {
            case DONE_JOBS -> jobs.deleteFinished(JobStatus.DONE, before);
            case DEAD_JOBS -> jobs.deleteFinished(JobStatus.DEAD, before);
            case ALERT_MEMBERS -> alertMembers.deleteOf(id -> incidents.findById(id).map(Incident::snapshot)
                    .filter(incident -> resolvedBefore(incident, before)).isPresent());
            case WEBHOOK_DELIVERIES -> jobs.deleteDeliveries(before);
            case CHANGE_LOG -> changes.deleteBefore(before);
            case EXPIRED_SILENCES -> silences.deleteEndedBefore(before);
        };
    }

    private static boolean resolvedBefore(IncidentSnapshot incident, Instant before) {
        return OVER.contains(incident.state()) && incident.resolvedAt() != null && incident.resolvedAt().isBefore(before);
    }

    @Override
    public void reclaimSpace() {
    }
}
