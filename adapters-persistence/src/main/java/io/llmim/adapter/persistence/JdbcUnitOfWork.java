package io.llmim.adapter.persistence;

import io.llmim.application.port.in.StoreUnavailableException;
import io.llmim.application.port.out.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
final class JdbcUnitOfWork implements UnitOfWork, CachingIncidentRepository.UnitsInProgress, AutoCloseable {

    /** Statements to run on the connection of the current unit of work. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(JdbcUnitOfWork.class);

    private final DataSource dataSource;
    private final ThreadLocal<Connection> bound = new ThreadLocal<>();
    private final ThreadLocal<List<Runnable>> afterCompletion = ThreadLocal.withInitial(ArrayList::new);
    private final SqliteGroupCommit groupCommit;

    private JdbcUnitOfWork(DataSource dataSource, SqlDialect dialect) {
        this.dataSource = dataSource;
        this.groupCommit = dialect == SqlDialect.SQLITE
                ? new SqliteGroupCommit(dataSource, bound, this::completeUnits) : null;
    }

    static JdbcUnitOfWork over(DataSource dataSource, SqlDialect dialect) {
        return new JdbcUnitOfWork(dataSource, dialect);
    }

    @Override
    public <T> T atomically(Supplier<T> work) {
        if (insideUnit()) {
            return work.get();
        }
        if (groupCommit != null) {
            return groupCommit.run(work);
        }
        try {
            return inPooledTransaction(work);
        } finally {
            // Once the connection is back in the pool: an action may wait for a cache load that needs one.
            completeUnits();
        }
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

    @Override
    public boolean insideUnit() {
        return bound.get() != null;
    }

    @Override
    public void afterCompletion(Runnable action) {
        if (insideUnit()) {
            afterCompletion.get().add(action);
        } else {
            action.run();
        }
    }

    /** Runs what this thread's units (one, or a group commit's batch) left for after their completion. */
    private void completeUnits() {
        List<Runnable> actions = afterCompletion.get();
        for (Runnable action : actions) {
            try {
                action.run();
            } catch (RuntimeException e) {
                // The writes are settled; a failing follow-up must not turn them into an error or a hang.
                LOG.warn("an action after a unit of work failed", e);
            }
        }
        actions.clear();
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
