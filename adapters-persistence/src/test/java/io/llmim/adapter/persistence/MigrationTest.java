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
}
