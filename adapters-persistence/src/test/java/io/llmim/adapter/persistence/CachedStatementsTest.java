package io.llmim.adapter.persistence;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** The writer's connection prepares each statement text once and keeps it usable after close. */
class CachedStatementsTest {

    private static final String INSERT = "INSERT INTO t (v) VALUES (?)";

    private Connection raw;
    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        raw = DriverManager.getConnection("jdbc:sqlite::memory:");
        raw.createStatement().execute("CREATE TABLE t (v TEXT)");
        connection = CachedStatements.wrap(raw);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void the_same_text_is_prepared_once() throws SQLException {
        PreparedStatement first;
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            first = statement.unwrap(PreparedStatement.class);
        }

        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            assertThat(statement.unwrap(PreparedStatement.class)).isSameAs(first);
        }
    }

    @Test
    void a_kept_statement_runs_again_after_its_close_with_new_parameters() throws SQLException {
        for (String value : new String[] {"a", "b"}) {
            try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
                statement.setString(1, value);
                statement.executeUpdate();
            }
        }
        for (String value : new String[] {"c", "d"}) {
            try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
                statement.setString(1, value);
                statement.addBatch();
                statement.executeBatch();
            }
        }

        assertThat(values()).isEqualTo("a,b,c,d");
    }

    @Test
    void closing_the_connection_closes_the_kept_statements() throws SQLException {
        PreparedStatement kept;
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            kept = statement.unwrap(PreparedStatement.class);
        }

        connection.close();

        assertThat(kept.isClosed()).isTrue();
    }

    private String values() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT group_concat(v) FROM t");
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }
}
