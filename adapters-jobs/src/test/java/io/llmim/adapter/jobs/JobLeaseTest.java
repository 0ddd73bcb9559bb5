package io.llmim.adapter.jobs;

import io.llmim.application.job.JobHandler;
import io.llmim.application.job.JobRunner;
import io.llmim.application.port.in.Job;
import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.in.JobStatus;
import io.llmim.application.port.in.JobType;
import io.llmim.application.port.in.RunJobsUseCase;
import io.llmim.application.testing.InMemoryJobStore;
import io.llmim.application.testing.RecordingJobMetrics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two job runtimes ("instances") sharing one store on the real clock, with short leases: a running
 * job keeps its lease, and a dead instance's job is taken over within about one lease.
 */
class JobLeaseTest {

    private static final Duration LEASE = Duration.ofMillis(1000);
    private static final Duration RENEWAL = Duration.ofMillis(100);
    private static final Duration MARGIN = Duration.ofMillis(1000);

    private final InMemoryJobStore store = new InMemoryJobStore();
    private final List<JobExecutor> started = new ArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<String> runs = new ArrayList<>();

    @AfterEach
    void stopAll() throws InterruptedException {
        release.countDown();
        for (JobExecutor executor : started) {
            executor.stop(Duration.ofSeconds(2));
        }
    }

    private void instance(RunJobsUseCase jobs) {
        JobExecutor executor = new JobExecutor(jobs, new JobExecutor.Settings(1, 3, Duration.ofMillis(10),
                Duration.ofMillis(10), Duration.ofSeconds(30), Duration.ofMillis(10), LEASE, RENEWAL), () -> 1.0);
        started.add(executor);
        executor.start();
    }

    /** One instance's runtime: its runs are recorded under {@code name} and block until released. */
    private RunJobsUseCase runner(String name) {
        JobHandler handler = job -> {
            synchronized (runs) {
                runs.add(name);
            }
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Map<JobType, JobHandler> handlers = Map.of(JobType.NOTIFICATION, handler);
        return new JobRunner(store, handlers, Clock.systemUTC(), new RecordingJobMetrics());
    }

    private List<String> runs() {
        synchronized (runs) {
            return List.copyOf(runs);
        }
    }

    private void enqueueLongJob() {
        store.enqueue(new Job.NewJob(JobType.NOTIFICATION, JobQueue.STANDARD, Map.of(), Clock.systemUTC().instant(),
                null));
    }

    @Test
    void a_renewed_lease_keeps_a_long_job_from_being_taken_over() {
        enqueueLongJob();
        instance(runner("first"));
        await().until(() -> runs().contains("first"));

        instance(runner("second"));

        await().during(LEASE.multipliedBy(2)).atMost(LEASE.multipliedBy(3)).until(() -> !runs().contains("second"));
        release.countDown();
        await().until(() -> store.list(JobStatus.DONE, 10).size() == 1);
        assertThat(runs()).containsExactly("first");
    }

    /** A long job runs on the first instance, a second one polls, then the first is cut off from the store. */
    private Severable firstInstanceCutOffWhileRunning() {
        enqueueLongJob();
        Severable first = new Severable(runner("first"));
        instance(first);
        await().until(() -> runs().contains("first"));
        instance(runner("second"));
        first.sever();
        return first;
    }

    @Test
    void a_dead_instance_s_job_is_taken_over_within_the_lease() {
        firstInstanceCutOffWhileRunning(); // as by kill -9: no renewal, no outcome any more

        await().atMost(LEASE.plus(MARGIN)).until(() -> runs().contains("second"));
    }

    @Test
    void an_attempt_that_lost_its_job_to_another_instance_is_stopped_and_leaves_the_other_run_in_place() {
        Severable first = firstInstanceCutOffWhileRunning(); // a partition: alive but unable to renew
        await().atMost(LEASE.plus(MARGIN)).until(() -> runs().contains("second"));

        first.heal();

        await().until(() -> first.lost() > 0 && first.outcomes() > 0);
        assertThat(store.list(JobStatus.RUNNING, 10)).singleElement()
                .satisfies(job -> assertThat(job.attempts()).as("the second instance's claim").isEqualTo(2));
    }
}
