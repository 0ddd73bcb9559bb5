package io.llmim.adapter.persistence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static io.llmim.application.testing.EventBuilder.anEvent;
import static org.assertj.core.api.Assertions.assertThat;

class MigrationTest {

    private static String newUrl(String kind) {
        return kind.equals("sqlite") ? Stores.newSqliteUrl() : Stores.newPostgresUrl();
    }

    private static int appliedMigrations(JdbcIncidentStore store) throws Exception {
        try (Connection connection = store.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void migrations_build_the_schema_on_an_empty_database(String kind) throws Exception {
        try (JdbcIncidentStore store = Stores.open(newUrl(kind))) {
            assertThat(appliedMigrations(store)).isPositive();
            assertThat(store.isReachable()).isTrue();
            assertThat(store.kind()).isEqualTo(kind);
        }
    }

    // SQLite names no index when a unique one is broken: the repository tells the fingerprint's index
    // from the primary keys by the result code alone, which holds only while it is the one such index.
    @Test
    void on_sqlite_the_active_fingerprint_index_is_the_only_unique_index_an_incident_write_can_break()
            throws Exception {
        try (JdbcIncidentStore store = Stores.open(Stores.newSqliteUrl());
             Connection connection = store.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM pragma_index_list('incidents') "
                     + "WHERE \"unique\" AND origin <> 'pk' UNION ALL SELECT name "
                     + "FROM pragma_index_list('incident_timeline') WHERE \"unique\" AND origin <> 'pk'")) {
            List<String> unique = new ArrayList<>();
            while (rows.next()) {
                unique.add(rows.getString(1));
            }
            assertThat(unique).containsExactly("incidents_one_active_per_fingerprint");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void reopening_applies_nothing_again_and_keeps_the_data(String kind) throws Exception {
        String url = newUrl(kind);
        int applied;
        io.llmim.domain.IncidentId id;
        try (JdbcIncidentStore first = Stores.open(url)) {
            applied = appliedMigrations(first);
            var incident = io.llmim.application.testing.IncidentBuilder.anIncident().from(anEvent()).build();
            first.incidents().add(incident);
            id = incident.id();
        }

        try (JdbcIncidentStore second = Stores.open(url)) {
            assertThat(appliedMigrations(second)).isEqualTo(applied);
            assertThat(second.incidents().findById(id)).isPresent();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void incidents_linked_pairwise_become_one_correlation_group_named_by_the_lowest_id(String kind) throws Exception {
        String url = newUrl(kind);
        OldSchema.migrateTo(url, "6");
        List<String> storm = List.of("00000000-0000-7000-8000-00000000000a", "00000000-0000-7000-8000-00000000000b",
                "00000000-0000-7000-8000-00000000000c");
        String alone = "00000000-0000-7000-8000-00000000000d";
        try (Connection connection = java.sql.DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            for (String id : List.of(storm.get(0), storm.get(1), storm.get(2), alone)) {
                statement.execute("INSERT INTO incidents (id, fingerprint, title, description, severity, source, "
                        + "category, state, labels, created_at, updated_at, last_seen_at, occurrence_count, "
                        + "severity_reported, category_reported, version) VALUES ('" + id + "', 'fp-" + id
                        + "', 't', '', 'P3', 'gw', 'other', 'CLOSED', '', 1, 1, 1, 1, true, true, 1)");
            }
            for (String from : storm) {
                for (String to : storm) {
                    if (!from.equals(to)) {
                        statement.execute("INSERT INTO incident_links VALUES ('" + from + "', '" + to
                                + "', 'same service chat')");
                    }
                }
            }
        }

        try (JdbcIncidentStore store = Stores.open(url)) {
            var ids = storm.stream().map(io.llmim.domain.IncidentId::new).toList();
            var alonesId = new io.llmim.domain.IncidentId(alone);
            assertThat(store.correlationGroups().groupsOf(List.of(ids.get(0), ids.get(1), ids.get(2), alonesId)))
                    .containsOnlyKeys(ids).allSatisfy((id, group) -> assertThat(group).isEqualTo(ids.get(0)));
            assertThat(store.correlationGroups().related(ids.get(2), 20, null).items())
                    .extracting(io.llmim.application.port.in.IncidentLink::reason).containsOnly("same service chat");
        }
    }
}
