package io.llmim.adapter.persistence;

import io.llmim.application.port.out.DatabaseMetrics;
import io.llmim.application.port.out.QueryOperation;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Runs statements and reports each one's latency as {@code database_query_duration_seconds{operation}}. */
final class TimedStatements {

    private final DatabaseMetrics metrics;

    TimedStatements(DatabaseMetrics metrics) {
        this.metrics = metrics;
    }

    ResultSet query(PreparedStatement statement) throws SQLException {
        long start = System.nanoTime();
        try {
            return statement.executeQuery();
        } finally {
            metrics.queryCompleted(QueryOperation.SELECT, System.nanoTime() - start);
        }
    }

    int update(QueryOperation operation, PreparedStatement statement) throws SQLException {
        long start = System.nanoTime();
        try {
            return statement.executeUpdate();
        } finally {
            metrics.queryCompleted(operation, System.nanoTime() - start);
        }
    }

    void batch(QueryOperation operation, PreparedStatement statement) throws SQLException {
        long start = System.nanoTime();
        try {
            statement.executeBatch();
        } finally {
            metrics.queryCompleted(operation, System.nanoTime() - start);
        }
    }
}
