package io.llmim.application.retention;

import io.llmim.application.port.in.Job;
import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.in.JobStatus;
import io.llmim.application.port.in.JobType;
import io.llmim.application.port.in.PrunableHistory;
import io.llmim.application.port.out.HistoryPruning;
import io.llmim.application.testing.InMemoryAlertMemberRepository;
import io.llmim.application.testing.InMemoryHistoryPruning;
import io.llmim.application.testing.InMemoryIncidentRepository;
import io.llmim.application.testing.InMemoryJobStore;
import io.llmim.application.testing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryRetentionServiceTest {

    private final MutableClock clock = MutableClock.at("2026-03-10T00:00:00Z");
    private final InMemoryJobStore jobs = new InMemoryJobStore();
    private final InMemoryHistoryPruning store = new InMemoryHistoryPruning(new InMemoryIncidentRepository(), jobs,
            new InMemoryAlertMemberRepository());

    private void doneJobDue(Instant due) {
        jobs.enqueue(new Job.NewJob(JobType.ENRICHMENT, JobQueue.STANDARD, Map.of(), due, null));
        jobs.complete(jobs.claimNext(JobQueue.STANDARD, due, Duration.ofMinutes(1)).orElseThrow());
    }

    @Test
    void history_older_than_its_retention_is_pruned_and_newer_history_kept() {
        doneJobDue(clock.instant().minus(Duration.ofDays(8)));
        doneJobDue(clock.instant().minus(Duration.ofDays(6)));
        HistoryRetentionService retention = new HistoryRetentionService(store,
                List.of(new HistoryRetentionService.Retention(PrunableHistory.DONE_JOBS, Duration.ofDays(7))), clock);

        Map<PrunableHistory, Integer> pruned = retention.prune();

        assertThat(pruned).containsEntry(PrunableHistory.DONE_JOBS, 1);
        assertThat(jobs.list(JobStatus.DONE, 10)).hasSize(1);
    }

    @Test
    void a_retention_of_zero_keeps_that_history_forever() {
        doneJobDue(clock.instant().minus(Duration.ofDays(3650)));
        HistoryRetentionService retention = new HistoryRetentionService(store,
                List.of(new HistoryRetentionService.Retention(PrunableHistory.DONE_JOBS, Duration.ZERO)), clock);

        assertThat(retention.prune()).isEmpty();
        assertThat(jobs.list(JobStatus.DONE, 10)).hasSize(1);
    }

    @Test
    void space_is_reclaimed_only_after_something_was_deleted() {
        AtomicInteger reclaimed = new AtomicInteger();
        AtomicInteger deleting = new AtomicInteger();
        HistoryPruning counting = new HistoryPruning() {
            @Override
            public int prune(PrunableHistory history, Instant before) {
                return deleting.get();
            }

            @Override
            public void reclaimSpace() {
                reclaimed.incrementAndGet();
            }
        };
        HistoryRetentionService retention = new HistoryRetentionService(counting,
                List.of(new HistoryRetentionService.Retention(PrunableHistory.DEAD_JOBS, Duration.ofDays(30))), clock);

        retention.prune();
        deleting.set(5);
        retention.prune();

        assertThat(reclaimed.get()).isEqualTo(1);
    }
}
