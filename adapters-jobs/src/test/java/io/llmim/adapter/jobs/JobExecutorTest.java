package io.llmim.adapter.jobs;

import io.llmim.application.job.JobHandler;
import io.llmim.application.job.JobRunner;
import io.llmim.application.port.in.Job;
import io.llmim.application.port.in.JobErrorType;
import io.llmim.application.port.in.JobFailedException;
import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.in.JobStatus;
import io.llmim.application.port.in.JobType;
import io.llmim.application.testing.InMemoryJobStore;
import io.llmim.application.testing.MutableClock;
import io.llmim.application.testing.RecordingJobMetrics;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The runtime over the application's job runner and an in-memory store, on an injected clock. */
class JobExecutorTest {

    private final InMemoryJobStore store = new InMemoryJobStore();
    private final MutableClock clock = MutableClock.at("2026-04-01T12:00:00Z");
    private final RecordingJobMetrics metrics = new RecordingJobMetrics();
    private final List<String> ran = new ArrayList<>();

    private JobExecutor executor(JobHandler handler, int maxAttempts, Duration timeout) {
        JobExecutor.Settings settings = new JobExecutor.Settings(1, maxAttempts, Duration.ofMillis(500),
                Duration.ofSeconds(60), timeout, Duration.ofMillis(20), Duration.ofSeconds(10), Duration.ofSeconds(3));
        Map<JobType, JobHandler> handlers = new java.util.EnumMap<>(JobType.class);
        for (JobType type : JobType.values()) {
            handlers.put(type, handler);
        }
        return new JobExecutor(new JobRunner(store, handlers, clock, metrics), settings, () -> 1.0);
    }

    private JobHandler recording() {
        return job -> {
            synchronized (ran) {
                ran.add(job.payload().get("name"));
            }
        };
    }

    private void enqueue(String name, JobQueue queue) {
        store.enqueue(new Job.NewJob(JobType.NOTIFICATION, queue, Map.of("name", name), clock.instant(), null));
    }

    @Test
    void high_priority_goes_first_and_low_priority_is_not_starved() {
        for (int i = 0; i < 10; i++) {
            enqueue("high", JobQueue.HIGH_PRIORITY);
            enqueue("standard", JobQueue.STANDARD);
            enqueue("low", JobQueue.LOW_PRIORITY);
        }
        JobExecutor executor = executor(recording(), 3, Duration.ofSeconds(5));

        for (int i = 0; i < 10; i++) {
            executor.runOnce();
        }

        assertThat(ran.subList(0, 6)).containsOnly("high");
        assertThat(ran).filteredOn("standard"::equals).hasSize(3);
        assertThat(ran).filteredOn("low"::equals).hasSize(1);
    }

    @Test
    void an_empty_preferred_queue_falls_through_to_the_others() {
        enqueue("low", JobQueue.LOW_PRIORITY);

        assertThat(executor(recording(), 3, Duration.ofSeconds(5)).runOnce()).isTrue();
        assertThat(ran).containsExactly("low");
    }

    @Test
    void a_failing_job_is_retried_with_doubling_backoff_then_kept_as_dead() {
        enqueue("flaky", JobQueue.STANDARD);
        JobExecutor executor = executor(job -> {
            throw new JobFailedException(JobErrorType.DEPENDENCY_ERROR, "webhook answered 503");
        }, 3, Duration.ofSeconds(5));

        assertThat(executor.runOnce()).isTrue();
        assertThat(executor.runOnce()).as("not due before its backoff").isFalse();
        clock.advance(Duration.ofMillis(500));
        assertThat(executor.runOnce()).isTrue();
        clock.advance(Duration.ofMillis(999));
        assertThat(executor.runOnce()).isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(executor.runOnce()).isTrue();

        assertThat(store.list(JobStatus.DEAD, 10)).singleElement().satisfies(job -> {
            assertThat(job.attempts()).isEqualTo(3);
            assertThat(job.lastError()).isEqualTo("dependency_error: webhook answered 503");
        });
        assertThat(metrics.outcomes()).containsExactly("notification retry dependency_error",
                "notification retry dependency_error", "notification failure dependency_error");
        assertThat(metrics.active(JobType.NOTIFICATION)).isZero();
    }

    @Test
    void backoff_is_capped_and_jittered_down_to_half() {
        JobExecutor.Settings settings = new JobExecutor.Settings(1, 9, Duration.ofMillis(500), Duration.ofSeconds(2),
                Duration.ofSeconds(1), Duration.ofMillis(20), Duration.ofSeconds(10), Duration.ofSeconds(3));
        JobExecutor halfJitter = new JobExecutor(new JobRunner(store, Map.of(), clock, metrics), settings,
                () -> 0.0);

        assertThat(halfJitter.backoff(1)).isEqualTo(Duration.ofMillis(250));
        assertThat(halfJitter.backoff(10)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void a_job_that_cannot_succeed_is_dead_at_once() {
        enqueue("bad", JobQueue.STANDARD);

        executor(job -> {
            throw new JobFailedException(JobErrorType.VALIDATION_ERROR, "no webhook named x");
        }, 5, Duration.ofSeconds(5)).runOnce();

        assertThat(store.list(JobStatus.DEAD, 10)).hasSize(1);
        assertThat(metrics.outcomes()).containsExactly("notification failure validation_error");
    }

    @Test
    void an_attempt_past_its_timeout_is_cancelled_and_counted_as_a_timeout() {
        enqueue("stuck", JobQueue.STANDARD);
        CountDownLatch interrupted = new CountDownLatch(1);
        JobExecutor executor = executor(job -> {
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
        }, 3, Duration.ofMillis(100));

        executor.runOnce();

        assertThat(metrics.outcomes()).containsExactly("notification retry timeout");
        await().until(() -> interrupted.getCount() == 0);
    }

    @Test
    void a_job_whose_worker_died_runs_again_after_its_lease() {
        enqueue("orphan", JobQueue.STANDARD);
        store.claimNext(JobQueue.STANDARD, clock.instant(), Duration.ofSeconds(35)); // the worker dies here
        JobExecutor executor = executor(recording(), 3, Duration.ofSeconds(5));

        assertThat(executor.runOnce()).isFalse();
        clock.advance(Duration.ofSeconds(35));
        assertThat(executor.runOnce()).isTrue();

        assertThat(ran).containsExactly("orphan");
        assertThat(store.list(JobStatus.DONE, 10)).hasSize(1);
    }

    @Test
    void started_workers_drain_the_queues_and_report_depth_and_lag() throws Exception {
        clock.set(Instant.now());
        enqueue("a", JobQueue.STANDARD);
        enqueue("b", JobQueue.HIGH_PRIORITY);
        JobExecutor executor = executor(recording(), 3, Duration.ofSeconds(5));

        executor.start();
        try {
            await().until(() -> store.list(JobStatus.DONE, 10).size() == 2);
            await().untilAsserted(() -> {
                assertThat(metrics.depth(JobQueue.STANDARD)).isZero();
                assertThat(metrics.lag(JobQueue.STANDARD)).isZero();
            });
        } finally {
            executor.stop(Duration.ofSeconds(5));
        }
        assertThat(metrics.outcomes()).containsOnly("notification success");
    }
}
