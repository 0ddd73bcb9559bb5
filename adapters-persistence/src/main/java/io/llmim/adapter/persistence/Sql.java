package io.llmim.adapter.persistence;

import io.llmim.application.port.out.DatabaseMetrics;
import io.llmim.application.port.out.QueryOperation;
import io.llmim.application.port.in.StoreUnavailableException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * How the repositories run their SQL: prepare, bind parameters in order, map rows, time each
 * statement ({@link TimedStatements}) and turn a failure into a {@link StoreUnavailableException}
 * that says what was being done. Instants are stored as epoch microseconds (see V1__incidents.sql).
 *
 * <p>The one-statement methods run in the unit of work under way, or on their own; the
 * {@code Connection} ones are for several statements that must share a transaction.
 *
 * <p>Plain JDBC rather than a mapping library (Jdbi): on SQLite every write runs on one CPU-bound
 * writer thread (BENCHMARKS.md), where per-statement contexts and reflective mapping would cost
 * throughput, and the units of work already own connections and transactions.
 */
final class Sql {

    /** Binds a statement's parameters, in order. */
    @FunctionalInterface
    interface Binding {
        void bind(Parameters parameters) throws SQLException;
    }

    /** Binds the parameters of one batch entry. */
    @FunctionalInterface
    interface BatchBinding<T> {
        void bind(Parameters parameters, T item) throws SQLException;
    }

    /** Reads one row. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    static final Binding NO_PARAMETERS = parameters -> { };

    private final JdbcUnitOfWork connections;
    private final TimedStatements timed;

    Sql(JdbcUnitOfWork connections, DatabaseMetrics metrics) {
        this.connections = connections;
        this.timed = new TimedStatements(metrics);
    }

    /** The rows of one query; {@code what} names the read in the error. */
    <T> List<T> query(String what, String sql, Binding binding, RowMapper<T> mapper) {
        try {
            return connections.read(connection -> query(connection, sql, binding, mapper));
        } catch (SQLException e) {
            throw new StoreUnavailableException(what, e);
        }
    }

    /** Runs one writing statement and returns how many rows it changed; {@code what} names the write. */
    int update(String what, QueryOperation operation, String sql, Binding binding) {
        return write(what, connection -> update(connection, operation, sql, binding));
    }

    /** Runs statements together in the unit of work under way, or in one of their own. */
    <T> T write(String what, JdbcUnitOfWork.SqlWork<T> work) {
        return write(work, e -> new StoreUnavailableException(what, e));
    }

    /** Like {@link #write(String, JdbcUnitOfWork.SqlWork)}, with the caller saying what a failure means. */
    <T> T write(JdbcUnitOfWork.SqlWork<T> work, Function<SQLException, RuntimeException> failure) {
        try {
            return connections.write(work);
        } catch (SQLException e) {
            throw failure.apply(e);
        }
    }

    <T> List<T> query(Connection connection, String sql, Binding binding, RowMapper<T> mapper) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binding.bind(new Parameters(statement));
            List<T> rows = new ArrayList<>();
            try (ResultSet row = timed.query(statement)) {
                while (row.next()) {
                    rows.add(mapper.map(row));
                }
            }
            return rows;
        }
    }

    int update(Connection connection, QueryOperation operation, String sql, Binding binding) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binding.bind(new Parameters(statement));
            return timed.update(operation, statement);
        }
    }

    /** Runs {@code sql} once per item, as one batch; nothing when there are no items. */
    <T> void batch(Connection connection, QueryOperation operation, String sql, Collection<T> items,
                   BatchBinding<T> binding) throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (T item : items) {
                binding.bind(new Parameters(statement), item);
                statement.addBatch();
            }
            timed.batch(operation, statement);
        }
    }

    /** A nullable microsecond column as an instant. */
    static Instant instant(ResultSet row, String column) throws SQLException {
        long micros = row.getLong(column);
        return row.wasNull() ? null : fromMicros(micros);
    }

    static long toMicros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    static Instant fromMicros(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    /** A statement's parameters, set one after another from the first. */
    static final class Parameters {

        private final PreparedStatement statement;
        private int index;

        private Parameters(PreparedStatement statement) {
            this.statement = statement;
        }

        Parameters text(String value) throws SQLException {
            statement.setString(++index, value);
            return this;
        }

        Parameters number(long value) throws SQLException {
            statement.setLong(++index, value);
            return this;
        }

        Parameters flag(boolean value) throws SQLException {
            statement.setBoolean(++index, value);
            return this;
        }

        /** An instant as epoch microseconds, or SQL NULL. */
        Parameters instant(Instant value) throws SQLException {
            if (value == null) {
                statement.setNull(++index, Types.BIGINT);
            } else {
                statement.setLong(++index, toMicros(value));
            }
            return this;
        }

        /** Values of the plain JDBC types (text, numbers), for statements put together at run time. */
        Parameters values(List<?> values) throws SQLException {
            for (Object value : values) {
                statement.setObject(++index, value);
            }
            return this;
        }
    }
}
