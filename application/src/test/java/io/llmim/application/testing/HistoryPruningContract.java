package io.llmim.application.testing;

import io.llmim.application.port.in.Job;
import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.in.JobStatus;
import io.llmim.application.port.in.JobType;
import io.llmim.application.port.in.PrunableHistory;
import io.llmim.application.port.out.AlertMemberRepository;
import io.llmim.application.port.out.AlertMemberRepository.AlertMember;
import io.llmim.application.port.out.HistoryPruning;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.application.port.out.JobStore;
import io.llmim.domain.Incident;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static io.llmim.application.testing.EventBuilder.anEvent;
import static io.llmim.application.testing.IncidentBuilder.anIncident;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link HistoryPruning} must do; each implementation's test supplies an empty store. */
public abstract class HistoryPruningContract {

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant CUTOFF = T0.plus(Duration.ofDays(7));
    private static final Duration LEASE = Duration.ofMinutes(1);

    private IncidentRepository incidents;
    private JobStore jobs;
    private AlertMemberRepository alertMembers;
    private HistoryPruning history;

    /** An empty store. */
    protected abstract Stores emptyStores();

    /** The repositories of one store, and its pruning. */
    public record Stores(IncidentRepository incidents, JobStore jobs, AlertMemberRepository alertMembers,
                         HistoryPruning history) {
    }

    @BeforeEach
    void startEmpty() {
        Stores stores = emptyStores();
        incidents = stores.incidents();
        jobs = stores.jobs();
        alertMembers = stores.alertMembers();
        history = stores.history();
    }

    private String finished(String name, Instant due, boolean succeeded) {
        jobs.enqueue(new Job.NewJob(JobType.CORRELATION, JobQueue.LOW_PRIORITY, Map.of("name", name), due, null));
        Job claimed = jobs.claimNext(JobQueue.LOW_PRIORITY, due, LEASE).orElseThrow();
        if (succeeded) {
            jobs.complete(claimed);
        } else {
            jobs.bury(claimed, "validation_error: " + name);
        }
        return claimed.id();
    }

    private Incident withMember(String title, Instant resolvedAt) {
        Incident incident = anIncident().from(anEvent().withTitle(title)).openedAt(T0).build();
        incidents.add(incident);
        if (resolvedAt != null) {
            incident.resolve("alertmanager", resolvedAt, null, null);
            incidents.update(incident);
        }
        alertMembers.upsert(incident.id(), new AlertMember("fp-" + title, false, T0, resolvedAt));
        return incident;
    }

    @Test
    void done_jobs_last_due_before_the_cutoff_are_deleted_and_later_ones_kept() {
        finished("old", T0, true);
        finished("recent", CUTOFF.plusSeconds(1), true);

        int deleted = history.prune(PrunableHistory.DONE_JOBS, CUTOFF);

        assertThat(deleted).isEqualTo(1);
        assertThat(jobs.list(JobStatus.DONE, 10)).singleElement()
                .satisfies(job -> assertThat(job.payload()).containsEntry("name", "recent"));
    }

    @Test
    void dead_jobs_are_pruned_apart_from_done_ones() {
        finished("dead", T0, false);
        finished("done", T0.plusSeconds(1), true);

        assertThat(history.prune(PrunableHistory.DEAD_JOBS, CUTOFF)).isEqualTo(1);

        assertThat(jobs.list(JobStatus.DEAD, 10)).isEmpty();
        assertThat(jobs.list(JobStatus.DONE, 10)).hasSize(1);
    }

    @Test
    void webhook_deliveries_recorded_before_the_cutoff_are_forgotten_and_later_ones_kept() {
        jobs.recordDelivery("old-key", T0);
        jobs.recordDelivery("recent-key", CUTOFF.plusSeconds(1));

        assertThat(history.prune(PrunableHistory.WEBHOOK_DELIVERIES, CUTOFF)).isEqualTo(1);

        assertThat(jobs.isDelivered("old-key")).isFalse();
        assertThat(jobs.isDelivered("recent-key")).isTrue();
    }

    @Test
    void waiting_and_running_jobs_are_never_pruned_however_old() {
        jobs.enqueue(new Job.NewJob(JobType.CORRELATION, JobQueue.LOW_PRIORITY, Map.of(), T0, null));
        jobs.enqueue(new Job.NewJob(JobType.CORRELATION, JobQueue.LOW_PRIORITY, Map.of(), T0, null));
        jobs.claimNext(JobQueue.LOW_PRIORITY, T0, LEASE);

        history.prune(PrunableHistory.DONE_JOBS, CUTOFF);
        history.prune(PrunableHistory.DEAD_JOBS, CUTOFF);

        assertThat(jobs.list(JobStatus.QUEUED, 10)).hasSize(1);
        assertThat(jobs.list(JobStatus.RUNNING, 10)).hasSize(1);
    }

    @Test
    void alert_members_of_incidents_resolved_before_the_cutoff_are_deleted() {
        Incident longResolved = withMember("long resolved", T0.plusSeconds(60));
        Incident recentlyResolved = withMember("recently resolved", CUTOFF.plusSeconds(60));
        Incident active = withMember("active", null);

        assertThat(history.prune(PrunableHistory.ALERT_MEMBERS, CUTOFF)).isEqualTo(1);

        assertThat(alertMembers.members(longResolved.id())).isEmpty();
        assertThat(alertMembers.members(recentlyResolved.id())).hasSize(1);
        assertThat(alertMembers.members(active.id())).hasSize(1);
    }

    @Test
    void more_than_one_batch_is_pruned_in_one_call() {
        for (int i = 0; i < 2_100; i++) {
            jobs.enqueue(new Job.NewJob(JobType.CORRELATION, JobQueue.LOW_PRIORITY, Map.of(), T0, null));
            jobs.complete(jobs.claimNext(JobQueue.LOW_PRIORITY, T0, LEASE).orElseThrow());
        }

        assertThat(history.prune(PrunableHistory.DONE_JOBS, CUTOFF)).isEqualTo(2_100);

        assertThat(jobs.list(JobStatus.DONE, 10)).isEmpty();
    }

    @Test
    void reclaiming_space_with_nothing_pruned_is_harmless() {
        history.reclaimSpace();

        assertThat(history.prune(PrunableHistory.DONE_JOBS, CUTOFF)).isZero();
    }
}
