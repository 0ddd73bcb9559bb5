package io.llmim.adapter.persistence;

import io.llmim.application.port.in.Job;
import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.in.JobType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances sharing one PostgreSQL: every job is taken by exactly one of them. */
class PostgresJobClaimingTest {

    private static final int JOBS = 200;

    @Test
    void two_stores_on_one_database_never_take_the_same_job() throws Exception {
        String url = Stores.newPostgresUrl();
        Instant now = Instant.parse("2026-04-01T12:00:00Z");
        try (JdbcIncidentStore first = Stores.open(url); JdbcIncidentStore second = Stores.open(url)) {
            for (int i = 0; i < JOBS; i++) {
                first.jobs().enqueue(new Job.NewJob(JobType.NOTIFICATION, JobQueue.STANDARD, Map.of("n", "" + i), now, null));
            }
            List<String> taken = Collections.synchronizedList(new ArrayList<>());
            CyclicBarrier start = new CyclicBarrier(4);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> workers = new ArrayList<>();
            for (JdbcIncidentStore instance : List.of(first, second, first, second)) {
                workers.add(pool.submit(() -> {
                    start.await();
                    while (true) {
                        var job = instance.jobs().claimNext(JobQueue.STANDARD, now, Duration.ofMinutes(5));
                        if (job.isEmpty()) {
                            return null;
                        }
                        taken.add(job.get().id());
                        instance.jobs().complete(job.get());
                    }
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            pool.shutdown();

            assertThat(taken).hasSize(JOBS);
            assertThat(new HashSet<>(taken)).hasSize(JOBS);
        }
    }
}
