package io.llmim.adapter.persistence;

import io.llmim.application.port.in.Job;
import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.in.JobStatus;
import io.llmim.application.port.out.JobStore;
import io.llmim.application.port.in.JobType;
import io.llmim.application.port.out.QueryOperation;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
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
    private static final String ENQUEUE = "INSERT INTO jobs "
            + "(id, job_type, queue, payload, job_key, attempts, run_at, status, created_seq) "
            + "VALUES (?, ?, ?, ?, ?, 0, ?, 'QUEUED', ?) ON CONFLICT (job_key) DO NOTHING";

    private final Sql sql;
    private final SqlDialect dialect;
    private final TimeOrderedIds ids = new TimeOrderedIds();
    // Orders jobs enqueued in the same microsecond; seeded from the clock so restarts keep the order.
    private final AtomicLong sequence = new AtomicLong(System.currentTimeMillis() * 1000);

    JdbcJobStore(Sql sql, SqlDialect dialect) {
        this.sql = sql;
        this.dialect = dialect;
    }

    @Override
    public boolean enqueue(Job.NewJob job) {
        return sql.update("enqueueing a " + job.type() + " job", QueryOperation.INSERT, ENQUEUE, p -> p
                .text(ids.nextUuid().toString())
                .text(job.type().name())
                .text(job.queue().name())
                .text(LabelCodec.encode(job.payload()))
                .text(job.key())
                .instant(job.runAt())
                .number(sequence.incrementAndGet())) == 1;
    }

    /** A job whose worker died (its lease ran out) first, so a busy queue cannot starve it; else the longest due. */
    @Override
    public Optional<Job> claimNext(JobQueue queue, Instant now, Duration lease) {
        return sql.write("claiming a job from " + queue, connection -> {
            Optional<Job> picked = pick(connection, LEASE_EXPIRED, queue, now);
            if (picked.isEmpty()) {
                picked = pick(connection, LONGEST_DUE, queue, now);
            }
            if (picked.isEmpty()) {
                return picked;
            }
            Job job = picked.get();
            sql.update(connection, QueryOperation.UPDATE,
                    "UPDATE jobs SET status = 'RUNNING', attempts = attempts + 1, lease_until = ? WHERE id = ?",
                    p -> p.instant(now.plus(lease)).text(job.id()));
            return Optional.of(new Job(job.id(), job.type(), job.queue(), job.payload(), job.attempts() + 1,
                    job.runAt(), JobStatus.RUNNING, job.lastError()));
        });
    }

    private Optional<Job> pick(Connection connection, String query, JobQueue queue, Instant now)
            throws SQLException {
        return sql.query(connection, query + dialect.lockSkippingLocked(),
                p -> p.text(queue.name()).instant(now), JdbcJobStore::jobOf).stream().findFirst();
    }

    @Override
    public boolean renew(Job claim, Instant leaseUntil) {
        return change(claim, "lease_until = ?", p -> p.instant(leaseUntil));
    }

    @Override
    public boolean complete(Job claim) {
        return change(claim, "status = 'DONE', lease_until = NULL", Sql.NO_PARAMETERS);
    }

    @Override
    public boolean retry(Job claim, Instant runAt, String error) {
        return change(claim, "status = 'QUEUED', lease_until = NULL, run_at = ?, last_error = ?",
                p -> p.instant(runAt).text(error));
    }

    @Override
    public boolean bury(Job claim, String error) {
        return change(claim, "status = 'DEAD', lease_until = NULL, last_error = ?", p -> p.text(error));
    }

    @Override
    public boolean revive(String id, Instant runAt) {
        return sql.update("reviving job " + id, QueryOperation.UPDATE, "UPDATE jobs SET status = 'QUEUED', attempts = 0, "
                + "run_at = ?, lease_until = NULL WHERE id = ? AND status = 'DEAD'", p -> p.instant(runAt).text(id)) == 1;
    }

    /** Applies {@code assignments} while the claim still holds the job: a newer claim has counted another attempt. */
    private boolean change(Job claim, String assignments, Sql.Binding binding) {
        return sql.update("updating job " + claim.id(), QueryOperation.UPDATE, "UPDATE jobs SET " + assignments
                + " WHERE id = ? AND status = 'RUNNING' AND attempts = ?",
                p -> {
                    binding.bind(p);
                    p.text(claim.id()).number(claim.attempts());
                }) == 1;
    }

    @Override
    public boolean recordDelivery(String idempotencyKey, Instant at) {
        return sql.update("recording a delivery", QueryOperation.INSERT, "INSERT INTO webhook_deliveries "
                + "(idempotency_key, delivered_at) VALUES (?, ?) ON CONFLICT (idempotency_key) DO NOTHING",
                p -> p.text(idempotencyKey).instant(at)) == 1;
    }

    @Override
    public boolean isDelivered(String idempotencyKey) {
        return !sql.query("reading a delivery", "SELECT 1 FROM webhook_deliveries WHERE idempotency_key = ?",
                p -> p.text(idempotencyKey), row -> true).isEmpty();
    }

    @Override
    public QueueStats stats(JobQueue queue, Instant now) {
        return sql.query("reading queue " + queue,
                "SELECT COUNT(*) AS waiting, MIN(run_at) AS oldest FROM jobs "
                        + "WHERE queue = ? AND status = 'QUEUED' AND run_at <= ?",
                p -> p.text(queue.name()).instant(now),
                row -> {
                    Instant oldest = Sql.instant(row, "oldest");
                    return new QueueStats(row.getLong("waiting"),
                            oldest == null ? Duration.ZERO : Duration.between(oldest, now));
                }).get(0);
    }

    @Override
    public List<Job> list(JobStatus status, int limit) {
        return sql.query("listing " + status + " jobs",
                "SELECT " + COLUMNS + " FROM jobs WHERE status = ? ORDER BY created_seq DESC LIMIT ?",
                p -> p.text(status.name()).number(limit), JdbcJobStore::jobOf);
    }

    private static Job jobOf(ResultSet row) throws SQLException {
        return new Job(row.getString("id"), JobType.valueOf(row.getString("job_type")),
                JobQueue.valueOf(row.getString("queue")), LabelCodec.decode(row.getString("payload")),
                row.getInt("attempts"), Sql.fromMicros(row.getLong("run_at")),
                JobStatus.valueOf(row.getString("status")), row.getString("last_error"));
    }
}
