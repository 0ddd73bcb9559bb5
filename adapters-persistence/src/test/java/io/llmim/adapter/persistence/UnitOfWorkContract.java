package io.llmim.adapter.persistence;

import io.llmim.application.port.in.Job;
import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.in.JobStatus;
import io.llmim.application.port.in.JobType;
import io.llmim.application.port.out.UnitOfWork;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.llmim.application.testing.EventBuilder.anEvent;
import static io.llmim.application.testing.IncidentBuilder.anIncident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What {@link UnitOfWork} promises, against a real database: all of a unit's writes or none. */
abstract class UnitOfWorkContract {

    private static final int THREADS = 16;

    private String url;
    private JdbcIncidentStore store;

    protected abstract String newDatabaseUrl();

    @BeforeEach
    void openStore() {
        url = newDatabaseUrl();
        store = Stores.open(url);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private IncidentId addWithItsJob(String title) {
        Incident incident = anIncident().from(anEvent().withTitle(title)).build();
        store.incidents().add(incident);
        store.jobs().enqueue(new Job.NewJob(JobType.ENRICHMENT, JobQueue.STANDARD,
                Map.of("incident_id", incident.id().value()), Instant.parse("2026-01-01T00:00:00Z"),
                "enrichment:" + incident.id().value()));
        return incident.id();
    }

    private int queuedJobs() {
        return store.jobs().list(JobStatus.QUEUED, 1000).size();
    }

    @Test
    void every_write_of_a_unit_is_there_once_it_returns() {
        IncidentId id = store.unitOfWork().atomically(() -> addWithItsJob("stored together"));

        assertThat(store.incidents().findById(id)).isPresent();
        assertThat(queuedJobs()).isEqualTo(1);
    }

    @Test
    void work_that_fails_after_writing_leaves_nothing_behind() {
        List<IncidentId> written = new ArrayList<>();

        assertThatThrownBy(() -> store.unitOfWork().atomically(() -> {
            written.add(addWithItsJob("never stored"));
            throw new IllegalStateException("the work failed half-way");
        })).isInstanceOf(IllegalStateException.class).hasMessage("the work failed half-way");

        assertThat(store.incidents().findById(written.get(0))).isEmpty();
        assertThat(queuedJobs()).isZero();
    }

    @Test
    void work_started_inside_a_unit_joins_it() {
        List<IncidentId> written = new ArrayList<>();

        assertThatThrownBy(() -> store.unitOfWork().atomically(() -> {
            written.add(store.unitOfWork().atomically(() -> addWithItsJob("inner")));
            throw new IllegalStateException("the outer work failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(store.incidents().findById(written.get(0))).isEmpty();
    }

    @Test
    void an_incident_read_inside_a_failed_unit_is_not_served_from_the_cache_afterwards() {
        List<IncidentId> written = new ArrayList<>();

        assertThatThrownBy(() -> store.unitOfWork().atomically(() -> {
            IncidentId id = addWithItsJob("read before the rollback");
            written.add(id);
            assertThat(store.incidents().findById(id)).isPresent();
            throw new IllegalStateException("rolled back after the read");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(store.incidents().findById(written.get(0))).isEmpty();
    }

    @Test
    void an_incident_cached_by_another_reader_while_a_unit_changes_it_is_read_fresh_once_the_unit_commits() {
        Incident incident = anIncident().from(anEvent().withTitle("acknowledged in a unit")).build();
        store.incidents().add(incident);
        Instant acknowledgedAt = Instant.parse("2026-01-01T00:05:00Z");

        store.unitOfWork().atomically(() -> {
            Incident loaded = store.incidents().findById(incident.id()).orElseThrow();
            loaded.acknowledge("alice", acknowledgedAt);
            store.incidents().update(loaded);
            // Another request reads the incident before this unit commits, and sees (and caches) the committed state.
            CompletableFuture.runAsync(() -> store.incidents().findById(incident.id())).join();
            return null;
        });

        assertThat(store.incidents().findById(incident.id()).orElseThrow().snapshot().acknowledgedAt()).isEqualTo(acknowledgedAt);
    }

    @Test
    void a_failing_unit_among_concurrent_ones_undoes_only_its_own_writes() throws Exception {
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<IncidentId>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < THREADS; i++) {
                boolean fails = i % 2 == 1;
                String title = "concurrent " + i;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return store.unitOfWork().atomically(() -> {
                        IncidentId id = addWithItsJob(title);
                        if (fails) {
                            throw new IllegalStateException("unit " + title + " fails");
                        }
                        return id;
                    });
                }));
            }
            int succeeded = 0;
            for (Future<IncidentId> outcome : outcomes) {
                try {
                    assertThat(store.incidents().findById(outcome.get())).isPresent();
                    succeeded++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(IllegalStateException.class);
                }
            }

            assertThat(succeeded).isEqualTo(THREADS / 2);
            assertThat(queuedJobs()).isEqualTo(THREADS / 2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void what_a_unit_wrote_survives_reopening_the_store() {
        IncidentId id = store.unitOfWork().atomically(() -> addWithItsJob("durable"));
        store.close();

        store = Stores.open(url);

        assertThat(store.incidents().findById(id)).isPresent();
        assertThat(queuedJobs()).isEqualTo(1);
    }
}
