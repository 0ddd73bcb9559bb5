package io.llmim.adapter.persistence;

import io.llmim.application.port.in.ChangeFilter;
import io.llmim.application.port.in.ChangeKind;
import io.llmim.application.port.in.IncidentChange;
import io.llmim.application.port.in.StoreUnavailableException;
import io.llmim.application.port.out.IncidentChangeLog;
import io.llmim.application.port.out.QueryOperation;
import io.llmim.domain.IncidentSnapshot;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * The change log in {@code incident_changes} (V12), one row per change with a copy of the
 * incident's row.
 *
 * <p>Why the head is safe. SQLite has one writer, which draws positions and commits them in order,
 * so the highest committed position is a safe head. PostgreSQL draws positions from an identity
 * before the transaction commits, and transactions commit in any order: a reader that saw position
 * 8 committed could later miss 7. So each append first takes a shared advisory lock, held until its
 * transaction ends, and draws its position only then; {@link #head()} takes the same lock
 * exclusively, which it gets only once every transaction that drew a position has ended, reads the
 * highest position, and lets go at once. Every position at or below that head is then committed or
 * rolled back for good, and any append that draws one afterwards gets a higher one. Appenders never
 * wait for one another (shared), and wait for the head at most {@value #HEAD_LOCK_TIMEOUT}: one read
 * per instance and poll interval, however many subscribers; when the lock is not had in that time
 * (a long transaction), the previous head stands until the next poll.
 */
final class JdbcIncidentChangeLog implements IncidentChangeLog {

    // "llmim" in ASCII: the one advisory lock the change log's appenders and head readers share.
    private static final long APPENDING = 0x6c6c6d696dL;
    private static final String HEAD_LOCK_TIMEOUT = "200ms";
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final String COLUMNS = "kind, changed_at, " + IncidentRows.COLUMNS;
    private static final String VALUES = String.join(", ", Collections.nCopies(IncidentRows.ALL.size() + 2, "?"));
    private static final String HIGHEST = "SELECT COALESCE(MAX(position), 0) FROM incident_changes";

    private final Sql sql;
    private final SqlDialect dialect;
    private final String append;
    private volatile long lastHead;

    JdbcIncidentChangeLog(Sql sql, SqlDialect dialect) {
        this.sql = sql;
        this.dialect = dialect;
        this.append = dialect == SqlDialect.POSTGRESQL
                ? "INSERT INTO incident_changes (" + COLUMNS + ") SELECT " + VALUES
                + " FROM (SELECT pg_advisory_xact_lock_shared(" + APPENDING + ")) AS appending"
                : "INSERT INTO incident_changes (" + COLUMNS + ") VALUES (" + VALUES + ")";
    }

    @Override
    public void append(ChangeKind kind, IncidentSnapshot incident, Instant at) {
        sql.update("logging a change of " + incident.id(), QueryOperation.INSERT, append, p -> {
            p.text(kind.name()).instant(at);
            IncidentRows.bindStored(p, incident);
        });
    }

    @Override
    public long head() {
        if (dialect == SqlDialect.SQLITE) {
            return sql.query("reading the change log's head", HIGHEST, Sql.NO_PARAMETERS, row -> row.getLong(1)).get(0);
        }
        try {
            lastHead = sql.write(connection -> {
                sql.update(connection, QueryOperation.SELECT, "SET LOCAL lock_timeout = '" + HEAD_LOCK_TIMEOUT + "'",
                        Sql.NO_PARAMETERS);
                sql.query(connection, "SELECT pg_advisory_xact_lock(" + APPENDING + ")", Sql.NO_PARAMETERS, row -> 0);
                return sql.query(connection, HIGHEST, Sql.NO_PARAMETERS, row -> row.getLong(1)).get(0);
            }, this::headFailure);
        } catch (HeadUnchanged e) {
            // lastHead stays: safe still, only not the newest.
        }
        return lastHead;
    }

    private RuntimeException headFailure(SQLException e) {
        if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
            return new HeadUnchanged();
        }
        return new StoreUnavailableException("reading the change log's head", e);
    }

    @Override
    public boolean keeps(long position) {
        return !sql.query("looking for change " + position, "SELECT 1 FROM incident_changes WHERE position = ?",
                p -> p.number(position), row -> true).isEmpty();
    }

    @Override
    public List<IncidentChange> read(long after, long upTo, ChangeFilter filter, int limit) {
        List<Object> values = new ArrayList<>(List.of(after, upTo));
        StringBuilder query = new StringBuilder("SELECT position, " + COLUMNS
                + " FROM incident_changes WHERE position > ? AND position <= ?");
        anyOf(query, values, "severity", filter.severities().stream().map(Enum::name).toList());
        anyOf(query, values, "source", filter.sources());
        anyOf(query, values, "state", filter.states().stream().map(Enum::name).toList());
        query.append(" ORDER BY position LIMIT ?");
        values.add(limit);
        return sql.query("reading the change log after " + after, query.toString(), p -> p.values(values),
                row -> new IncidentChange(row.getLong("position"), ChangeKind.valueOf(row.getString("kind")),
                        Sql.instant(row, "changed_at"), IncidentRows.snapshotOf(row)));
    }

    private static void anyOf(StringBuilder query, List<Object> values, String column, Collection<String> admitted) {
        if (!admitted.isEmpty()) {
            query.append(" AND ").append(column).append(" IN (")
                    .append(String.join(", ", Collections.nCopies(admitted.size(), "?"))).append(')');
            values.addAll(admitted);
        }
    }

    /** The head lock was not had in time; the previous head stands. */
    private static final class HeadUnchanged extends RuntimeException {
        HeadUnchanged() {
            super(null, null, false, false);
        }
    }
}
