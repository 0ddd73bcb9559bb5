package io.llmim.adapter.persistence;

import io.llmim.application.port.in.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;

/**
 * Group commit for SQLite. Every unit of work goes to one writer thread, which runs all the units
 * waiting at that moment in one transaction, each inside its own savepoint so that a failing unit
 * undoes only its own writes, then commits once. A caller returns only after the commit holding
 * its writes is durable ({@code synchronous=FULL}), so durability is unchanged; what changes is
 * that one fsync covers the whole batch instead of one per caller. With nobody else waiting, a
 * unit is committed at once: grouping adds no delay.
 */
final class SqliteGroupCommit implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteGroupCommit.class);
    private static final int MAX_UNITS_PER_COMMIT = 512;
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final DataSource dataSource;
    private final ThreadLocal<Connection> bound;
    private final Runnable batchCompleted;
    private final BlockingQueue<Unit<?>> waiting = new LinkedBlockingQueue<>();
    private final Thread writer;
    private final Unit<Void> stop = new Unit<>(() -> null);
    private volatile boolean closed;
    private Connection connection;

    /**
     * @param bound          where the writer binds its connection while it runs units
     * @param batchCompleted run on the writer after each batch has committed or failed, before any
     *                       of its callers is answered; must not throw
     */
    SqliteGroupCommit(DataSource dataSource, ThreadLocal<Connection> bound, Runnable batchCompleted) {
        this.dataSource = dataSource;
        this.bound = bound;
        this.batchCompleted = batchCompleted;
        this.writer = new Thread(this::writeUntilStopped, "sqlite-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Runs {@code work} on the writer's connection and returns once its commit is durable. */
    <T> T run(Supplier<T> work) {
        if (closed) {
            throw new StoreUnavailableException("the store is closed", null);
        }
        Unit<T> unit = new Unit<>(work);
        waiting.add(unit);
        return unit.outcome();
    }

    @Override
    public void close() {
        closed = true;
        waiting.add(stop);
        try {
            writer.join(CLOSE_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        StoreUnavailableException shutDown = new StoreUnavailableException("the store closed before this write", null);
        for (Unit<?> unit = waiting.poll(); unit != null; unit = waiting.poll()) {
            unit.fail(shutDown);
        }
    }

    private void writeUntilStopped() {
        List<Unit<?>> batch = new ArrayList<>(MAX_UNITS_PER_COMMIT);
        boolean stopping = false;
        while (!stopping) {
            try {
                batch.add(waiting.take());
            } catch (InterruptedException e) {
                break;
            }
            waiting.drainTo(batch, MAX_UNITS_PER_COMMIT - 1);
            stopping = batch.remove(stop);
            if (!batch.isEmpty()) {
                commit(batch);
            }
            batch.clear();
        }
        releaseConnection();
    }

    private void commit(List<Unit<?>> batch) {
        StoreUnavailableException failure = null;
        try {
            Connection connection = connection();
            connection.setAutoCommit(false);
            bound.set(connection);
            for (Unit<?> unit : batch) {
                Savepoint savepoint = connection.setSavepoint();
                try {
                    unit.runWork();
                    connection.releaseSavepoint(savepoint);
                } catch (RuntimeException | Error e) {
                    connection.rollback(savepoint);
                    connection.releaseSavepoint(savepoint);
                    unit.fail(e);
                }
            }
            connection.commit();
            connection.setAutoCommit(true);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("a commit of {} writes failed; each caller gets the error", batch.size(), e);
            failure = new StoreUnavailableException("committing to the store", e);
            releaseConnection();
        } finally {
            bound.remove();
        }
        batchCompleted.run();
        for (Unit<?> unit : batch) {
            if (failure == null) {
                unit.succeed();
            } else {
                unit.fail(failure);
            }
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            // Every unit of work runs the same few statements: keep them prepared (issue 18).
            connection = CachedStatements.wrap(dataSource.getConnection());
        }
        return connection;
    }

    /** Gives a connection that failed back to the pool (which drops it if it is broken) and rolls back. */
    private void releaseConnection() {
        if (connection == null) {
            return;
        }
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            LOG.debug("rolling back after a failed commit failed too", e);
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("returning the writer connection failed", e);
        }
        connection = null;
    }

    /** One caller's work, its result once run, and the future the caller waits on. */
    private static final class Unit<T> {

        private final Supplier<T> work;
        private final CompletableFuture<T> outcome = new CompletableFuture<>();
        private T result;

        Unit(Supplier<T> work) {
            this.work = work;
        }

        void runWork() {
            result = work.get();
        }

        /** Completes with the result unless the unit already failed (its own failure wins). */
        void succeed() {
            outcome.complete(result);
        }

        void fail(Throwable failure) {
            outcome.completeExceptionally(failure);
        }

        T outcome() {
            try {
                return outcome.join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        }
    }
}
