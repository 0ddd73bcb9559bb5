package io.llmim.adapter.persistence;

import io.llmim.application.port.out.QueryOperation;
import io.llmim.domain.Incident;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.llmim.application.testing.IncidentBuilder.anIncident;
import static org.assertj.core.api.Assertions.assertThat;

class StoreMetricsTest {

    private final RecordingDatabaseMetrics metrics = new RecordingDatabaseMetrics();
    private JdbcIncidentStore store;

    @BeforeEach
    void open() {
        store = JdbcIncidentStore.open(new StorageSettings(Stores.newSqliteUrl(), "", "", 4), "", metrics, metrics);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void every_statement_is_timed_by_operation() {
        Incident incident = anIncident().build();
        store.incidents().add(incident);
        incident.acknowledge("alice", incident.createdAt().plusSeconds(1));
        store.incidents().update(incident);
        store.incidents().timeline(incident.id());

        assertThat(metrics.queries.get(QueryOperation.INSERT)).hasValueGreaterThanOrEqualTo(2);
        assertThat(metrics.queries.get(QueryOperation.UPDATE)).hasValue(1);
        assertThat(metrics.queries.get(QueryOperation.SELECT)).hasValueGreaterThanOrEqualTo(1);
    }

    @Test
    void the_pool_is_reported_under_its_name() {
        var pool = metrics.pools.get("sqlite_main");

        assertThat(pool).isNotNull();
        assertThat(pool.activeConnections() + pool.idleConnections()).isPositive();
    }

    @Test
    void repeated_reads_of_one_incident_hit_the_cache() {
        Incident incident = anIncident().build();
        store.incidents().add(incident);

        store.incidents().findById(incident.id());
        store.incidents().findById(incident.id());
        store.incidents().findById(incident.id());

        var cache = metrics.caches.get("incidents");
        assertThat(cache.misses()).isEqualTo(1);
        assertThat(cache.hits()).isEqualTo(2);
        assertThat(cache.estimatedSizeBytes()).isPositive();
    }

    @Test
    void a_lost_race_evicts_the_cached_incident_so_that_the_retry_sees_the_winner() {
        Incident incident = anIncident().build();
        store.incidents().add(incident);
        Incident stale = store.incidents().findById(incident.id()).orElseThrow();
        Incident winner = store.incidents().findById(incident.id()).orElseThrow();
        winner.acknowledge("alice", winner.createdAt().plusSeconds(1));
        store.incidents().update(winner);

        stale.start("bob", stale.createdAt().plusSeconds(2));
        try {
            store.incidents().update(stale);
        } catch (io.llmim.application.port.out.VersionConflictException expected) {
            // the retry path
        }

        assertThat(store.incidents().findById(incident.id()).orElseThrow().version()).isEqualTo(2);
    }
}
