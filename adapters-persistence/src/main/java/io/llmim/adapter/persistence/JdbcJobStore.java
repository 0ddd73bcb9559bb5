package io.llmim.adapter.persistence;

import io.llmim.application.port.out.DatabaseMetrics;
import io.llmim.application.port.in.Job;
import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.in.JobStatus;
import io.llmim.application.port.out.JobStore;
import io.llmim.application.port.in.JobType;
import io.llmim.application.port.out.QueryOperation;
import io.llmim.application.port.in.StoreUnavailableException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Job queues in the incidents' database. A claim is one transaction: pick the oldest due row
 * (skipping rows other transactions hold, on PostgreSQL), then mark it RUNNING under a lease, so
 * that with several instances on one database each job is taken by exactly one of them.
 */
final class JdbcJobStore implements JobStore {

    private static final String COLUMNS = "id, job_type, queue, payload, attempts, run_at, status, last_error";
    // Two picks, each one range of the jobs_due index: an OR of both would scan the queue's whole history.
    static final String LEASE_EXPIRED = "SELECT " + COLUMNS + " FROM jobs "
            + "WHERE queue = ? AND status = 'RUNNING' AND lease_until <= ? LIMIT 1";
    static final String LONGEST_DUE = "SELECT " + COLUMNS + " FROM jobs "
            + "WHERE queue = ? AND status = 'QUEUED' AND run_at <= ? ORDER BY run_at, created_seq LIMIT 1";

    private final JdbcUnitOfWork connections;
    private final SqlDialect dialect;
    private final TimedStatements statements;
    private final TimeOrderedIds ids = new TimeOrderedIds();
    // Orders jobs enqueued in the same microsecond; seeded from the clock so restarts keep the order.
    private final AtomicLong sequence = new AtomicLong(System.currentTimeMillis() * 1000);

    JdbcJobStore(JdbcUnitOfWork connections, SqlDialect dialect, DatabaseMetrics metrics) {
        this.connections = connections;
        this.dialect = dialect;
        this.statements = new TimedStatements(metrics);
    }

    @Override
    public boolean enqueue(Job.NewJob job) {
        String sql = "INSERT INTO jobs (id, job_type, queue, payload, job_key, attempts, run_at, status, created_seq) "
                + "VALUES (?, ?, ?, ?, ?, 0, ?, 'QUEUED', ?) ON CONFLICT (job_key) DO NOTHING";
        try {
            return connections.write(connection -> {
                try (PreparedStatement insert = connection.prepareStatement(sql)) {
                    insert.setString(1, ids.nextUuid().toString());
                    insert.setString(2, job.type().name());
                    insert.setString(3, job.queue().name());
                    insert.setString(4, LabelCodec.encode(job.payload()));
                    insert.setString(5, job.key());
                    insert.setLong(6, JdbcIncidentRepository.toMicros(job.runAt()));
                    insert.setLong(7, sequence.incrementAndGet());
                    return statements.update(QueryOperation.INSERT, insert) == 1;
                }
            });
        } catch (SQLException e) {
            throw new StoreUnavailableException("enqueueing a " + job.type() + " job", e);
        }
    }

    /** A job whose worker died (its lease ran out) first, so a busy queue cannot starve it; else the longest due. */
    @Override
    public Optional<Job> claimNext(JobQueue queue, Instant now, Duration lease) {
        long nowMicros = JdbcIncidentRepository.toMicros(now);
        try {
            return connections.write(connection -> {
                Optional<Job> picked = pick(connection, LEASE_EXPIRED, queue, nowMicros);
                if (picked.isEmpty()) {
                    picked = pick(connection, LONGEST_DUE, queue, nowMicros);
                }
                if (picked.isEmpty()) {
                    return picked;
                }
                Job job = picked.get();
                try (PreparedStatement claim = connection.prepareStatement(
                        "UPDATE jobs SET status = 'RUNNING', attempts = attempts + 1, lease_until = ? WHERE id = ?")) {
                    claim.setLong(1, JdbcIncidentRepository.toMicros(now.plus(lease)));
                    claim.setString(2, job.id());
                    statements.update(QueryOperation.UPDATE, claim);
                }
                return Optional.of(new Job(job.id(), job.type(), job.queue(), job.payload(), job.attempts() + 1,
                        job.runAt(), JobStatus.RUNNING, job.lastError()));
            });
        } catch (SQLException e) {
            throw new StoreUnavailableException("claiming a job from " + queue, e);
        }
    }

    private Optional<Job> pick(Connection connection, String sql, JobQueue queue, long nowMicros)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql + dialect.lockSkippingLocked())) {
            select.setString(1, queue.name());
            select.setLong(2, nowMicros);
            try (ResultSet row = statements.query(select)) {
                return row.next() ? Optional.of(jobOf(row)) : Optional.empty();
            }
        }
    }

    @Override
    public void complete(String jobId) {
        change("UPDATE jobs SET status = 'DONE', lease_until = NULL WHERE id = ?", null, null, jobId);
    }

    @Override
    public void retry(String jobId, Instant runAt, String error) {
        change("UPDATE jobs SET status = 'QUEUED', lease_until = NULL, run_at = ?, last_error = ? WHERE id = ?",
                JdbcIncidentRepository.toMicros(runAt), error, jobId);
    }

    @Override
    public void bury(String jobId, String error) {
        change("UPDATE jobs SET status = 'DEAD', lease_until = NULL, last_error = ? WHERE id = ?", null, error, jobId);
    }

    private void change(String sql, Long runAt, String error, String jobId) {
        try {
            connections.write(connection -> {
                try (PreparedStatement update = connection.prepareStatement(sql)) {
                    int i = 0;
                    if (runAt != null) {
                        update.setLong(++i, runAt);
                    }
                    if (error != null) {
                        update.setString(++i, error);
                    }
                    update.setString(++i, jobId);
                    return statements.update(QueryOperation.UPDATE, update);
                }
            });
        } catch (SQLException e) {
            throw new StoreUnavailableException("updating job " + jobId, e);
        }
    }

    @Override
    public QueueStats stats(JobQueue queue, Instant now) {
        String sql = "SELECT COUNT(*), MIN(run_at) FROM jobs WHERE queue = ? AND status = 'QUEUED' AND run_at <= ?";
        long nowMicros = JdbcIncidentRepository.toMicros(now);
        try {
            return connections.read(connection -> {
                try (PreparedStatement select = connection.prepareStatement(sql)) {
                    select.setString(1, queue.name());
                    select.setLong(2, nowMicros);
                    try (ResultSet row = statements.query(select)) {
                        row.next();
                        long waiting = row.getLong(1);
                        long oldest = row.getLong(2);
                        return new QueueStats(waiting, row.wasNull() ? Duration.ZERO
                                : Duration.between(JdbcIncidentRepository.fromMicros(oldest), now));
                    }
                }
            });
        } catch (SQLException e) {
            throw new StoreUnavailableException("reading queue " + queue, e);
        }
    }

    @Override
    public List<Job> list(JobStatus status, int limit) {
        String sql = "SELECT " + COLUMNS + " FROM jobs WHERE status = ? ORDER BY created_seq DESC LIMIT ?";
        try {
            return connections.read(connection -> {
                try (PreparedStatement select = connection.prepareStatement(sql)) {
                    select.setString(1, status.name());
                    select.setInt(2, limit);
                    List<Job> jobs = new ArrayList<>();
                    try (ResultSet rows = statements.query(select)) {
                        while (rows.next()) {
                            jobs.add(jobOf(rows));
                        }
                    }
                    return jobs;
                }
            });
        } catch (SQLException e) {
            throw new StoreUnavailableException("listing " + status + " jobs", e);
        }
    }

    private static Job jobOf(ResultSet row) throws SQLException {
        return new Job(row.getString("id"), JobType.valueOf(row.getString("job_type")),
                JobQueue.valueOf(row.getString("queue")), LabelCodec.decode(row.getString("payload")),
                row.getInt("attempts"), JdbcIncidentRepository.fromMicros(row.getLong("run_at")),
                JobStatus.valueOf(row.getString("status")), row.getString("last_error"));
    }
}
