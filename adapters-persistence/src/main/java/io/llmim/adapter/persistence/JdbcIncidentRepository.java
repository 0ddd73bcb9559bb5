package io.llmim.adapter.persistence;

import io.llmim.application.port.out.ActiveFingerprintConflictException;
import io.llmim.application.port.out.ActiveIncidentCount;
import io.llmim.application.port.in.IncidentCount;
import io.llmim.application.port.in.IncidentFilter;
import io.llmim.application.port.in.IncidentPage;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.application.port.in.PageCursor;
import io.llmim.application.port.in.ResponseTimes;
import io.llmim.application.port.out.QueryOperation;
import io.llmim.application.port.in.StoreUnavailableException;
import io.llmim.application.port.out.VersionConflictException;
import io.llmim.domain.Category;
import io.llmim.domain.Fingerprint;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentId;
import io.llmim.domain.IncidentSnapshot;
import io.llmim.domain.Repeats;
import io.llmim.domain.IncidentState;
import io.llmim.domain.Severity;
import io.llmim.domain.TimelineEntry;
import io.llmim.domain.TimelineEntryKind;

import static io.llmim.adapter.persistence.IncidentRows.ALL;
import static io.llmim.adapter.persistence.IncidentRows.COLUMNS;
import static io.llmim.adapter.persistence.IncidentRows.LIFECYCLE;
import static io.llmim.adapter.persistence.IncidentRows.bindNew;
import static io.llmim.adapter.persistence.IncidentRows.lifecycle;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * {@link IncidentRepository} over JDBC, the same SQL for SQLite and PostgreSQL. Optimistic
 * concurrency is the {@code WHERE version = ?} of every update; the one-active-incident rule is the
 * partial unique index of the schema, so both hold across processes sharing the database.
 */
final class JdbcIncidentRepository implements IncidentRepository {

    // V1__incidents.sql; besides the primary keys the only unique index of the tables an incident's write
    // touches, which SQLite needs to tell it apart (see SqlDialect.brokeUniqueIndex).
    private static final String ONE_ACTIVE_PER_FINGERPRINT = "incidents_one_active_per_fingerprint";
    private static final String ACTIVE = "state IN ('NEW', 'ACKNOWLEDGED', 'IN_PROGRESS')";

    private static final String INSERT = "INSERT INTO incidents (" + COLUMNS + ") VALUES ("
            + String.join(", ", Collections.nCopies(ALL.size(), "?")) + ")";
    // The arbiter is the partial unique index: the insert waits for a racing opener and then does nothing.
    private static final String INSERT_UNLESS_ACTIVE = INSERT + " ON CONFLICT (fingerprint) WHERE " + ACTIVE
            + " DO NOTHING";
    // Incident.count's rule in one statement, so concurrent repeats add up without a retry; every
    // right-hand side reads the row as it was. Severity is left to the domain (ReportEventService). The
    // version stays: it guards what UPDATE writes, which never includes the occurrences, so a hot
    // incident's repeats never make an acknowledgement or a resolution conflict.
    private static final String COUNT_REPEATS = "UPDATE incidents SET occurrence_count = occurrence_count + ?, "
            + "updated_at = CASE WHEN updated_at > ? THEN updated_at ELSE ? END, "
            + "last_seen_at = CASE WHEN updated_at > ? THEN updated_at ELSE ? END, "
            + "first_occurred_at = COALESCE(CASE WHEN ? < first_occurred_at THEN ? ELSE first_occurred_at END, ?), "
            + "last_occurred_at = COALESCE(CASE WHEN ? > last_occurred_at THEN ? ELSE last_occurred_at END, ?) "
            + "WHERE fingerprint = ? AND " + ACTIVE + " RETURNING " + COLUMNS;
    // updated_at as in COUNT_REPEATS: a count may have moved it past the time this change was made.
    private static final String UPDATE = "UPDATE incidents SET updated_at = CASE WHEN updated_at > ? THEN "
            + "updated_at ELSE ? END, " + String.join(" = ?, ", LIFECYCLE) + " = ? WHERE id = ? AND version = ?";
    private static final String INSERT_TIMELINE = "INSERT INTO incident_timeline (incident_id, at, kind, actor, detail) "
            + "VALUES (?, ?, ?, ?, ?)";

    private final Sql sql;
    private final SqlDialect dialect;
    private final JdbcIncidentFigures figures;

    JdbcIncidentRepository(Sql sql, SqlDialect dialect) {
        this.sql = sql;
        this.dialect = dialect;
        this.figures = new JdbcIncidentFigures(sql);
    }

    @Override
    public void add(Incident incident) {
        IncidentSnapshot s = incident.snapshot();
        if (s.version() != 0) {
            throw new VersionConflictException(s.id(), s.version());
        }
        write(s, connection -> {
            sql.update(connection, QueryOperation.INSERT, INSERT, p -> bindNew(p, s));
            appendTimeline(connection, s.id(), incident.unsavedTimeline());
            return null;
        });
        incident.markStored();
    }

    @Override
    public boolean addUnlessActive(Incident incident) {
        IncidentSnapshot s = incident.snapshot();
        boolean added = write(s, connection -> {
            int inserted = sql.update(connection, QueryOperation.INSERT, INSERT_UNLESS_ACTIVE, p -> bindNew(p, s));
            if (inserted == 1) {
                appendTimeline(connection, s.id(), incident.unsavedTimeline());
            }
            return inserted == 1;
        });
        if (added) {
            incident.markStored();
        }
        return added;
    }

    @Override
    public Optional<Incident> countRepeats(Fingerprint fingerprint, Repeats repeats, Instant at) {
        return sql.write("counting repeats of " + fingerprint, connection -> sql.query(connection, COUNT_REPEATS, p -> p
                        .number(repeats.count())
                        .instant(at).instant(at).instant(at).instant(at)
                        .instant(repeats.earliestOccurredAt()).instant(repeats.earliestOccurredAt())
                        .instant(repeats.earliestOccurredAt())
                        .instant(repeats.latestOccurredAt()).instant(repeats.latestOccurredAt())
                        .instant(repeats.latestOccurredAt())
                        .text(fingerprint.value()), IncidentRows::snapshotOf))
                .stream().findFirst().map(Incident::restore);
    }

    @Override
    public void update(Incident incident) {
        IncidentSnapshot s = incident.snapshot();
        write(s, connection -> {
            int updated = sql.update(connection, QueryOperation.UPDATE, UPDATE, p -> lifecycle(p.instant(s.updatedAt()).instant(s.updatedAt()), s)
                    .text(s.id().value())
                    .number(s.version()));
            if (updated == 0) {
                throw new VersionConflictException(s.id(), s.version());
            }
            appendTimeline(connection, s.id(), incident.unsavedTimeline());
            return null;
        });
        incident.markStored();
    }

    @Override
    public Optional<Incident> findById(IncidentId id) {
        return select("SELECT " + COLUMNS + " FROM incidents WHERE id = ?", List.of(id.value())).stream().findFirst()
                .map(Incident::restore);
    }

    @Override
    public Optional<Incident> findActiveByFingerprint(Fingerprint fingerprint) {
        return select("SELECT " + COLUMNS + " FROM incidents WHERE fingerprint = ? AND " + ACTIVE,
                List.of(fingerprint.value())).stream().findFirst().map(Incident::restore);
    }

    @Override
    public IncidentPage list(IncidentFilter filter, int limit, PageCursor after) {
        StringBuilder query = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM incidents WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (filter.state() != null) {
            query.append(" AND state = ?");
            parameters.add(filter.state().name());
        }
        if (filter.severity() != null) {
            query.append(" AND severity = ?");
            parameters.add(filter.severity().name());
        }
        if (filter.source() != null) {
            query.append(" AND source = ?");
            parameters.add(filter.source());
        }
        if (filter.category() != null) {
            query.append(" AND category = ?");
            parameters.add(filter.category().label());
        }
        if (filter.titleContains() != null) {
            // lower() on both sides: SQLite lowers ASCII letters only, so the match is defined on those.
            query.append(" AND lower(title) LIKE lower(?) ESCAPE '\\'");
            parameters.add("%" + filter.titleContains().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (after != null) {
            long micros = Sql.toMicros(after.createdAt());
            query.append(" AND (created_at < ? OR (created_at = ? AND id < ?))");
            parameters.add(micros);
            parameters.add(micros);
            parameters.add(after.id().value());
        }
        query.append(" ORDER BY created_at DESC, id DESC LIMIT ?");
        parameters.add(limit + 1);
        return IncidentPage.fromRowsFetchedWithOneExtra(select(query.toString(), parameters), limit);
    }

    @Override
    public List<TimelineEntry> timeline(IncidentId id) {
        return sql.query("reading the timeline of incident " + id,
                "SELECT at, kind, actor, detail FROM incident_timeline WHERE incident_id = ? ORDER BY seq",
                p -> p.text(id.value()),
                row -> new TimelineEntry(Sql.fromMicros(row.getLong(1)), TimelineEntryKind.valueOf(row.getString(2)),
                        row.getString(3), row.getString(4)));
    }

    @Override
    public List<ActiveIncidentCount> countActive() {
        return sql.query("counting active incidents", "SELECT severity, source, category, COUNT(*) FROM incidents "
                        + "WHERE " + ACTIVE + " GROUP BY severity, source, category", Sql.NO_PARAMETERS,
                row -> new ActiveIncidentCount(Severity.valueOf(row.getString(1)), row.getString(2),
                        Category.parse(row.getString(3)), row.getLong(4)));
    }

    @Override
    public List<IncidentCount> countByStateAndSeverity() {
        return figures.countByStateAndSeverity();
    }

    @Override
    public ResponseTimes responseTimes(Instant since) {
        return figures.responseTimes(since);
    }

    private List<IncidentSnapshot> select(String query, List<?> parameters) {
        return sql.query("reading incidents", query, p -> p.values(parameters),
                IncidentRows::snapshotOf);
    }

    private void appendTimeline(Connection connection, IncidentId id, List<TimelineEntry> entries)
            throws SQLException {
        sql.batch(connection, QueryOperation.INSERT, INSERT_TIMELINE, entries, (p, entry) -> p
                .text(id.value())
                .instant(entry.at())
                .text(entry.kind().name())
                .text(entry.actor())
                .text(entry.detail()));
    }

    /** Runs an incident's statements together (in the caller's unit of work, if any) and names what a failure means. */
    private <T> T write(IncidentSnapshot snapshot, JdbcUnitOfWork.SqlWork<T> body) {
        return sql.write(body, e -> failure(snapshot, e));
    }

    private RuntimeException failure(IncidentSnapshot snapshot, SQLException e) {
        if (dialect.brokeUniqueIndex(e, ONE_ACTIVE_PER_FINGERPRINT)) {
            return new ActiveFingerprintConflictException(snapshot.fingerprint());
        }
        if (dialect.isUniqueViolation(e)) {
            return new VersionConflictException(snapshot.id(), snapshot.version());
        }
        return new StoreUnavailableException("storing incident " + snapshot.id(), e);
    }
}
