package io.llmim.application.testing;

import io.llmim.application.port.in.Job;
import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.in.JobStatus;
import io.llmim.application.port.out.JobStore;
import io.llmim.application.port.in.JobType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link JobStore} must do; each implementation's test supplies an empty one. */
public abstract class JobStoreContract {

    protected static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(60);

    protected JobStore jobs;

    protected abstract JobStore emptyStore();

    @BeforeEach
    void startEmpty() {
        jobs = emptyStore();
    }

    protected static Job.NewJob job(String name, JobQueue queue, Instant runAt) {
        return new Job.NewJob(JobType.NOTIFICATION, queue, Map.of("name", name), runAt, null);
    }

    @Test
    void a_due_job_is_claimed_once_with_its_payload_and_first_attempt() {
        jobs.enqueue(job("a", JobQueue.STANDARD, NOW));

        Job claimed = jobs.claimNext(JobQueue.STANDARD, NOW, LEASE).orElseThrow();

        assertThat(claimed.payload()).containsEntry("name", "a");
        assertThat(claimed.attempts()).isEqualTo(1);
        assertThat(claimed.status()).isEqualTo(JobStatus.RUNNING);
        assertThat(jobs.claimNext(JobQueue.STANDARD, NOW, LEASE)).isEmpty();
    }

    @Test
    void jobs_are_claimed_oldest_due_first_and_never_before_due() {
        jobs.enqueue(job("later", JobQueue.STANDARD, NOW.plusSeconds(10)));
        jobs.enqueue(job("first", JobQueue.STANDARD, NOW.minusSeconds(5)));
        jobs.enqueue(job("second", JobQueue.STANDARD, NOW));

        assertThat(jobs.claimNext(JobQueue.STANDARD, NOW, LEASE).orElseThrow().payload()).containsEntry("name", "first");
        assertThat(jobs.claimNext(JobQueue.STANDARD, NOW, LEASE).orElseThrow().payload()).containsEntry("name", "second");
        assertThat(jobs.claimNext(JobQueue.STANDARD, NOW, LEASE)).isEmpty();
    }

    @Test
    void queues_are_apart() {
        jobs.enqueue(job("low", JobQueue.LOW_PRIORITY, NOW));

        assertThat(jobs.claimNext(JobQueue.HIGH_PRIORITY, NOW, LEASE)).isEmpty();
        assertThat(jobs.claimNext(JobQueue.LOW_PRIORITY, NOW, LEASE)).isPresent();
    }

    @Test
    void a_job_whose_lease_ran_out_is_claimed_again() {
        jobs.enqueue(job("a", JobQueue.STANDARD, NOW));
        jobs.claimNext(JobQueue.STANDARD, NOW, LEASE);

        assertThat(jobs.claimNext(JobQueue.STANDARD, NOW.plusSeconds(59), LEASE)).isEmpty();
        Job again = jobs.claimNext(JobQueue.STANDARD, NOW.plusSeconds(60), LEASE).orElseThrow();
        assertThat(again.attempts()).isEqualTo(2);
    }

    @Test
    void a_retried_job_waits_until_its_time_and_keeps_its_error() {
        jobs.enqueue(job("a", JobQueue.STANDARD, NOW));
        Job claimed = jobs.claimNext(JobQueue.STANDARD, NOW, LEASE).orElseThrow();

        jobs.retry(claimed, NOW.plusSeconds(30), "dependency_error: 503");

        assertThat(jobs.claimNext(JobQueue.STANDARD, NOW.plusSeconds(29), LEASE)).isEmpty();
        Job again = jobs.claimNext(JobQueue.STANDARD, NOW.plusSeconds(30), LEASE).orElseThrow();
        assertThat(again.lastError()).isEqualTo("dependency_error: 503");
    }

    @Test
    void completed_and_buried_jobs_are_never_claimed_and_dead_ones_are_listed() {
        jobs.enqueue(job("done", JobQueue.STANDARD, NOW));
        jobs.enqueue(job("dead", JobQueue.STANDARD, NOW.plusSeconds(1)));
        jobs.complete(jobs.claimNext(JobQueue.STANDARD, NOW, LEASE).orElseThrow());
        jobs.bury(jobs.claimNext(JobQueue.STANDARD, NOW.plusSeconds(1), LEASE).orElseThrow(), "validation_error: x");

        assertThat(jobs.claimNext(JobQueue.STANDARD, NOW.plusSeconds(3600), LEASE)).isEmpty();
        assertThat(jobs.list(JobStatus.DEAD, 10)).singleElement().satisfies(job -> {
            assertThat(job.payload()).containsEntry("name", "dead");
            assertThat(job.lastError()).isEqualTo("validation_error: x");
        });
    }

    @Test
    void a_revived_dead_job_is_claimed_again_with_its_attempts_counted_afresh() {
        jobs.enqueue(job("dead", JobQueue.STANDARD, NOW));
        jobs.bury(jobs.claimNext(JobQueue.STANDARD, NOW, LEASE).orElseThrow(), "validation_error: x");
        String id = jobs.list(JobStatus.DEAD, 10).get(0).id();

        assertThat(jobs.revive(id, NOW.plusSeconds(10))).isTrue();

        assertThat(jobs.list(JobStatus.DEAD, 10)).isEmpty();
        assertThat(jobs.claimNext(JobQueue.STANDARD, NOW.plusSeconds(9), LEASE)).isEmpty();
        Job again = jobs.claimNext(JobQueue.STANDARD, NOW.plusSeconds(10), LEASE).orElseThrow();
        assertThat(again.attempts()).isEqualTo(1);
        assertThat(again.lastError()).isEqualTo("validation_error: x");
    }

    @Test
    void only_a_dead_job_can_be_revived() {
        jobs.enqueue(job("queued", JobQueue.STANDARD, NOW));
        String queued = jobs.list(JobStatus.QUEUED, 10).get(0).id();

        assertThat(jobs.revive(queued, NOW)).isFalse();
        assertThat(jobs.revive("no-such-job", NOW)).isFalse();
        assertThat(jobs.list(JobStatus.QUEUED, 10)).singleElement().satisfies(job -> assertThat(job.attempts()).isZero());
    }

    @Test
    void a_keyed_job_is_enqueued_once() {
        Job.NewJob keyed = new Job.NewJob(JobType.ESCALATION, JobQueue.HIGH_PRIORITY, Map.of(), NOW, "escalation:x:0");

        assertThat(jobs.enqueue(keyed)).isTrue();
        assertThat(jobs.enqueue(keyed)).isFalse();
        assertThat(jobs.stats(JobQueue.HIGH_PRIORITY, NOW).waiting()).isEqualTo(1);
    }

    @Test
    void stats_count_due_waiting_jobs_and_the_oldest_wait() {
        jobs.enqueue(job("a", JobQueue.STANDARD, NOW.minusSeconds(90)));
        jobs.enqueue(job("b", JobQueue.STANDARD, NOW.minusSeconds(10)));
        jobs.enqueue(job("future", JobQueue.STANDARD, NOW.plusSeconds(10)));

        JobStore.QueueStats stats = jobs.stats(JobQueue.STANDARD, NOW);

        assertThat(stats.waiting()).isEqualTo(2);
        assertThat(stats.oldestWait()).isEqualTo(Duration.ofSeconds(90));
        assertThat(jobs.stats(JobQueue.LOW_PRIORITY, NOW)).isEqualTo(new JobStore.QueueStats(0, Duration.ZERO));
    }

    @Test
    void a_renewed_lease_keeps_the_job_from_being_claimed_again() {
        jobs.enqueue(job("long", JobQueue.STANDARD, NOW));
        Job claim = jobs.claimNext(JobQueue.STANDARD, NOW, LEASE).orElseThrow();

        assertThat(jobs.renew(claim, NOW.plusSeconds(90))).isTrue();

        assertThat(jobs.claimNext(JobQueue.STANDARD, NOW.plusSeconds(60), LEASE)).isEmpty();
        assertThat(jobs.claimNext(JobQueue.STANDARD, NOW.plusSeconds(90), LEASE)).isPresent();
    }

    @Test
    void a_claim_taken_over_by_another_worker_can_neither_renew_nor_record_an_outcome() {
        jobs.enqueue(job("orphan", JobQueue.STANDARD, NOW));
        Job lost = jobs.claimNext(JobQueue.STANDARD, NOW, LEASE).orElseThrow();
        Job takeover = jobs.claimNext(JobQueue.STANDARD, NOW.plus(LEASE), LEASE).orElseThrow();

        assertThat(jobs.renew(lost, NOW.plus(LEASE).plusSeconds(30))).isFalse();
        assertThat(jobs.complete(lost)).isFalse();
        assertThat(jobs.retry(lost, NOW, "timeout: x")).isFalse();
        assertThat(jobs.bury(lost, "validation_error: x")).isFalse();

        assertThat(jobs.list(JobStatus.RUNNING, 10)).singleElement()
                .satisfies(job -> assertThat(job.attempts()).isEqualTo(takeover.attempts()));
        assertThat(jobs.complete(takeover)).isTrue();
        assertThat(jobs.list(JobStatus.DONE, 10)).hasSize(1);
    }

    @Test
    void a_finished_job_keeps_its_outcome() {
        jobs.enqueue(job("a", JobQueue.STANDARD, NOW));
        Job claim = jobs.claimNext(JobQueue.STANDARD, NOW, LEASE).orElseThrow();
        jobs.complete(claim);

        assertThat(jobs.renew(claim, NOW.plusSeconds(90))).isFalse();
        assertThat(jobs.bury(claim, "validation_error: x")).isFalse();
        assertThat(jobs.list(JobStatus.DONE, 10)).hasSize(1);
    }

    @Test
    void a_delivery_is_recorded_once_by_its_key() {
        assertThat(jobs.isDelivered("key-1")).isFalse();

        assertThat(jobs.recordDelivery("key-1", NOW)).isTrue();
        assertThat(jobs.recordDelivery("key-1", NOW.plusSeconds(5))).isFalse();

        assertThat(jobs.isDelivered("key-1")).isTrue();
        assertThat(jobs.isDelivered("key-2")).isFalse();
    }
}
