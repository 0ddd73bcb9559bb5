package io.llmim.adapter.persistence;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteConnection;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** Every pooled SQLite connection carries the settings durability and the writer's speed rest on. */
class SqliteConnectionSettingsTest {

    private final JdbcIncidentStore store = Stores.open(Stores.newSqliteUrl());

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void writesAheadToALog() throws SQLException {
        assertThat(pragma("journal_mode")).isEqualTo("wal");
    }

    @Test
    void syncsEveryCommitToDisk() throws SQLException {
        assertThat(pragma("synchronous")).isEqualTo("2"); // FULL
    }

    @Test
    void keepsSavepointJournalsInMemory() throws SQLException {
        // The group commit runs each caller in a savepoint; on disk, their journals cost several
        // page writes per request on the writer thread (issue 18).
        assertThat(pragma("temp_store")).isEqualTo("2"); // MEMORY
    }

    @Test
    void doesNotQueryGeneratedKeysAfterInserts() throws SQLException {
        try (Connection connection = store.dataSource().getConnection()) {
            assertThat(connection.unwrap(SQLiteConnection.class).getConnectionConfig().isGetGeneratedKeys()).isFalse();
        }
    }

    private String pragma(String name) throws SQLException {
        try (Connection connection = store.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA " + name)) {
            result.next();
            return result.getString(1);
        }
    }
}
