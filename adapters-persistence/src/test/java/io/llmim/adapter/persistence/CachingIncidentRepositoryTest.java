package io.llmim.adapter.persistence;

import io.llmim.application.port.out.CacheMetrics;
import io.llmim.application.testing.InMemoryIncidentRepository;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentId;
import io.llmim.domain.IncidentState;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static io.llmim.application.testing.IncidentBuilder.anIncident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The cache's race with writers, which the repository contract suites cannot stage: a read that
 * loaded an incident just before an update committed must not leave that old state cached.
 */
class CachingIncidentRepositoryTest {

    private static final CachingIncidentRepository.UnitsInProgress NO_UNIT =
            new CachingIncidentRepository.UnitsInProgress() {
                @Override
                public boolean insideUnit() {
                    return false;
                }

                @Override
                public void afterCompletion(Runnable action) {
                    action.run();
                }
            };

    private final PausingStore store = new PausingStore();
    private final CachingIncidentRepository cache =
            new CachingIncidentRepository(store, 1 << 20, Duration.ofMinutes(1), CacheMetrics.noOp(), NO_UNIT);

    @Test
    void an_update_committed_while_a_read_loads_the_old_state_is_what_the_next_read_sees() {
        Incident incident = anIncident().build();
        cache.add(incident);
        CompletableFuture<Optional<Incident>> slowRead = CompletableFuture.supplyAsync(() -> cache.findById(incident.id()));
        await().until(() -> store.readsPaused.getCount() == 0);

        // The paused read was the first: this one is answered at once, and bypasses the cache.
        Incident acknowledged = store.findById(incident.id()).orElseThrow();
        acknowledged.acknowledge("alice", Instant.parse("2026-01-01T00:05:00Z"));
        Thread writer = new Thread(() -> cache.update(acknowledged), "writer");
        writer.start();
        // The writer's eviction must wait for the load under way; where it does not wait, it is done by now.
        await().until(() -> writer.getState() == Thread.State.BLOCKED || !writer.isAlive());
        store.resumeReads.countDown();
        slowRead.join();
        await().until(() -> !writer.isAlive());

        assertThat(cache.findById(incident.id()).orElseThrow().state()).isEqualTo(IncidentState.ACKNOWLEDGED);
    }

    /** A store whose first read by id pauses after reading, until the test resumes it. */
    private static final class PausingStore extends InMemoryIncidentRepository {

        final CountDownLatch readsPaused = new CountDownLatch(1);
        final CountDownLatch resumeReads = new CountDownLatch(1);

        @Override
        public Optional<Incident> findById(IncidentId id) {
            Optional<Incident> found = super.findById(id);
            if (readsPaused.getCount() > 0) {
                readsPaused.countDown();
                try {
                    resumeReads.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return found;
        }
    }
}
