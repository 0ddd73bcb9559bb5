package io.llmim.adapter.persistence;

import io.llmim.application.port.out.StoreUnavailableException;
import io.llmim.application.port.out.UnitOfWork;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Units of work over JDBC, and the connection every repository statement runs on. Inside a unit the
 * thread has one connection bound, whose transaction the unit commits; outside one, a read borrows
 * a pooled connection and a write is a unit of its own.
 *
 * <p>SQLite allows one writer at a time and pays an fsync per commit, so its units go to a
 * {@link SqliteGroupCommit} that stores many callers' units in one transaction. PostgreSQL runs
 * writers side by side and groups their WAL flushes itself: each unit is a transaction on a pooled
 * connection.
 */
final class JdbcUnitOfWork implements UnitOfWork, AutoCloseable {

    /** Statements to run on the connection of the current unit of work. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final ThreadLocal<Connection> bound = new ThreadLocal<>();
    private final SqliteGroupCommit groupCommit;

    private JdbcUnitOfWork(DataSource dataSource, SqlDialect dialect) {
        this.dataSource = dataSource;
        this.groupCommit = dialect == SqlDialect.SQLITE ? new SqliteGroupCommit(dataSource, bound) : null;
    }

    static JdbcUnitOfWork over(DataSource dataSource, SqlDialect dialect) {
        return new JdbcUnitOfWork(dataSource, dialect);
    }

    @Override
    public <T> T atomically(Supplier<T> work) {
        if (insideUnit()) {
            return work.get();
        }
        return groupCommit != null ? groupCommit.run(work) : inPooledTransaction(work);
    }

    /** Runs queries on the unit's connection, or on a pooled one when no unit is under way. */
    <T> T read(SqlWork<T> work) throws SQLException {
        Connection connection = bound.get();
        if (connection != null) {
            return work.run(connection);
        }
        try (Connection pooled = dataSource.getConnection()) {
            return work.run(pooled);
        }
    }

    /** Runs writes in the unit under way, or in a unit of their own. */
    <T> T write(SqlWork<T> work) throws SQLException {
        Connection connection = bound.get();
        if (connection != null) {
            return work.run(connection);
        }
        try {
            return atomically(() -> {
                try {
                    return work.run(bound.get());
                } catch (SQLException e) {
                    throw new SqlFailure(e);
                }
            });
        } catch (SqlFailure e) {
            throw e.getCause();
        }
    }

    /** Whether this thread is inside a unit of work, whose writes are not committed yet. */
    boolean insideUnit() {
        return bound.get() != null;
    }

    @Override
    public void close() {
        if (groupCommit != null) {
            groupCommit.close();
        }
    }

    private <T> T inPooledTransaction(Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            bound.set(connection);
            try {
                T result = work.get();
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            } finally {
                bound.remove();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreUnavailableException("committing a unit of work", e);
        }
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** Carries a statement's failure out of a unit, to be rethrown as the SQLException it is. */
    private static final class SqlFailure extends RuntimeException {

        SqlFailure(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
