package io.llmim.adapter.persistence;

import io.llmim.application.port.out.ActiveFingerprintConflictException;
import io.llmim.application.port.out.ActiveIncidentCount;
import io.llmim.application.port.out.DatabaseMetrics;
import io.llmim.application.port.in.IncidentFilter;
import io.llmim.application.port.in.IncidentPage;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.application.port.in.PageCursor;
import io.llmim.application.port.out.QueryOperation;
import io.llmim.application.port.in.StoreUnavailableException;
import io.llmim.application.port.out.VersionConflictException;
import io.llmim.domain.Category;
import io.llmim.domain.Fingerprint;
import io.llmim.domain.Incident;
import io.llmim.domain.IncidentId;
import io.llmim.domain.IncidentSnapshot;
import io.llmim.domain.IncidentState;
import io.llmim.domain.Severity;
import io.llmim.domain.TimelineEntry;
import io.llmim.domain.TimelineEntryKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link IncidentRepository} over JDBC, the same SQL for SQLite and PostgreSQL. Optimistic
 * concurrency is the {@code WHERE version = ?} of every update; the one-active-incident rule is the
 * partial unique index of the schema, so both hold across processes sharing the database.
 */
final class JdbcIncidentRepository implements IncidentRepository {

    private static final String COLUMNS = "id, fingerprint, title, description, severity, source, category, state, "
            + "labels, created_at, updated_at, acknowledged_at, resolved_at, closed_at, last_seen_at, "
            + "occurrence_count, resolution_note, root_cause, classified_by, severity_reported, category_reported, version";
    private static final String ACTIVE = "state IN ('NEW', 'ACKNOWLEDGED', 'IN_PROGRESS')";

    private static final String INSERT = "INSERT INTO incidents (" + COLUMNS + ") VALUES "
            + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE incidents SET severity = ?, category = ?, state = ?, "
            + "updated_at = ?, acknowledged_at = ?, resolved_at = ?, closed_at = ?, last_seen_at = ?, "
            + "occurrence_count = ?, resolution_note = ?, root_cause = ?, classified_by = ?, severity_reported = ?, "
            + "version = ? "
            + "WHERE id = ? AND version = ?";
    private static final String INSERT_TIMELINE = "INSERT INTO incident_timeline (incident_id, at, kind, actor, detail) "
            + "VALUES (?, ?, ?, ?, ?)";

    private final JdbcUnitOfWork connections;
    private final SqlDialect dialect;
    private final TimedStatements statements;

    JdbcIncidentRepository(JdbcUnitOfWork connections, SqlDialect dialect, DatabaseMetrics metrics) {
        this.connections = connections;
        this.dialect = dialect;
        this.statements = new TimedStatements(metrics);
    }

    @Override
    public void add(Incident incident) {
        IncidentSnapshot s = incident.snapshot();
        if (s.version() != 0) {
            throw new VersionConflictException(s.id(), s.version());
        }
        write(s, connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                int i = 0;
                insert.setString(++i, s.id().value());
                insert.setString(++i, s.fingerprint().value());
                insert.setString(++i, s.title());
                insert.setString(++i, s.description());
                insert.setString(++i, s.severity().name());
                insert.setString(++i, s.source());
                insert.setString(++i, s.category().label());
                insert.setString(++i, s.state().name());
                insert.setString(++i, LabelCodec.encode(s.labels()));
                setMicros(insert, ++i, s.createdAt());
                setMicros(insert, ++i, s.updatedAt());
                setMicros(insert, ++i, s.acknowledgedAt());
                setMicros(insert, ++i, s.resolvedAt());
                setMicros(insert, ++i, s.closedAt());
                setMicros(insert, ++i, s.lastSeenAt());
                insert.setInt(++i, s.occurrenceCount());
                insert.setString(++i, s.resolutionNote());
                insert.setString(++i, s.rootCause());
                insert.setString(++i, s.classifiedBy());
                insert.setBoolean(++i, s.severityReported());
                insert.setBoolean(++i, s.categoryReported());
                insert.setLong(++i, s.version() + 1);
                statements.update(QueryOperation.INSERT, insert);
            }
            appendTimeline(connection, s.id(), incident.unsavedTimeline());
        });
        incident.markStored();
    }

    @Override
    public void update(Incident incident) {
        IncidentSnapshot s = incident.snapshot();
        write(s, connection -> {
            try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
                int i = 0;
                update.setString(++i, s.severity().name());
                update.setString(++i, s.category().label());
                update.setString(++i, s.state().name());
                setMicros(update, ++i, s.updatedAt());
                setMicros(update, ++i, s.acknowledgedAt());
                setMicros(update, ++i, s.resolvedAt());
                setMicros(update, ++i, s.closedAt());
                setMicros(update, ++i, s.lastSeenAt());
                update.setInt(++i, s.occurrenceCount());
                update.setString(++i, s.resolutionNote());
                update.setString(++i, s.rootCause());
                update.setString(++i, s.classifiedBy());
                update.setBoolean(++i, s.severityReported());
                update.setLong(++i, s.version() + 1);
                update.setString(++i, s.id().value());
                update.setLong(++i, s.version());
                if (statements.update(QueryOperation.UPDATE, update) == 0) {
                    throw new VersionConflictException(s.id(), s.version());
                }
            }
            appendTimeline(connection, s.id(), incident.unsavedTimeline());
        });
        incident.markStored();
    }

    @Override
    public Optional<Incident> findById(IncidentId id) {
        List<IncidentSnapshot> found = select("SELECT " + COLUMNS + " FROM incidents WHERE id = ?", List.of(id.value()));
        return found.stream().findFirst().map(Incident::restore);
    }

    @Override
    public Optional<Incident> findActiveByFingerprint(Fingerprint fingerprint) {
        List<IncidentSnapshot> found = select("SELECT " + COLUMNS + " FROM incidents WHERE fingerprint = ? AND " + ACTIVE,
                List.of(fingerprint.value()));
        return found.stream().findFirst().map(Incident::restore);
    }

    @Override
    public IncidentPage list(IncidentFilter filter, int limit, PageCursor after) {
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM incidents WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (filter.state() != null) {
            sql.append(" AND state = ?");
            parameters.add(filter.state().name());
        }
        if (filter.severity() != null) {
            sql.append(" AND severity = ?");
            parameters.add(filter.severity().name());
        }
        if (filter.source() != null) {
            sql.append(" AND source = ?");
            parameters.add(filter.source());
        }
        if (filter.category() != null) {
            sql.append(" AND category = ?");
            parameters.add(filter.category().label());
        }
        if (after != null) {
            long micros = toMicros(after.createdAt());
            sql.append(" AND (created_at < ? OR (created_at = ? AND id < ?))");
            parameters.add(micros);
            parameters.add(micros);
            parameters.add(after.id().value());
        }
        sql.append(" ORDER BY created_at DESC, id DESC LIMIT ?");
        parameters.add(limit + 1);
        return IncidentPage.fromRowsFetchedWithOneExtra(select(sql.toString(), parameters), limit);
    }

    @Override
    public List<TimelineEntry> timeline(IncidentId id) {
        String sql = "SELECT at, kind, actor, detail FROM incident_timeline WHERE incident_id = ? ORDER BY seq";
        try {
            return connections.read(connection -> {
                try (PreparedStatement select = connection.prepareStatement(sql)) {
                    select.setString(1, id.value());
                    List<TimelineEntry> entries = new ArrayList<>();
                    try (ResultSet rows = statements.query(select)) {
                        while (rows.next()) {
                            entries.add(new TimelineEntry(fromMicros(rows.getLong(1)),
                                    TimelineEntryKind.valueOf(rows.getString(2)), rows.getString(3), rows.getString(4)));
                        }
                    }
                    return entries;
                }
            });
        } catch (SQLException e) {
            throw new StoreUnavailableException("reading the timeline of incident " + id, e);
        }
    }

    @Override
    public List<ActiveIncidentCount> countActive() {
        String sql = "SELECT severity, source, category, COUNT(*) FROM incidents WHERE " + ACTIVE
                + " GROUP BY severity, source, category";
        try {
            return connections.read(connection -> {
                try (PreparedStatement select = connection.prepareStatement(sql);
                     ResultSet rows = statements.query(select)) {
                    List<ActiveIncidentCount> counts = new ArrayList<>();
                    while (rows.next()) {
                        counts.add(new ActiveIncidentCount(Severity.valueOf(rows.getString(1)), rows.getString(2),
                                Category.parse(rows.getString(3)), rows.getLong(4)));
                    }
                    return counts;
                }
            });
        } catch (SQLException e) {
            throw new StoreUnavailableException("counting active incidents", e);
        }
    }

    private List<IncidentSnapshot> select(String sql, List<?> parameters) {
        try {
            return connections.read(connection -> {
                try (PreparedStatement select = connection.prepareStatement(sql)) {
                    for (int i = 0; i < parameters.size(); i++) {
                        select.setObject(i + 1, parameters.get(i));
                    }
                    List<IncidentSnapshot> incidents = new ArrayList<>();
                    try (ResultSet rows = statements.query(select)) {
                        while (rows.next()) {
                            incidents.add(snapshotOf(rows));
                        }
                    }
                    return incidents;
                }
            });
        } catch (SQLException e) {
            throw new StoreUnavailableException("reading incidents", e);
        }
    }

    private static IncidentSnapshot snapshotOf(ResultSet row) throws SQLException {
        return new IncidentSnapshot(
                new IncidentId(row.getString("id")),
                new Fingerprint(row.getString("fingerprint")),
                row.getString("title"),
                row.getString("description"),
                Severity.valueOf(row.getString("severity")),
                row.getString("source"),
                Category.parse(row.getString("category")),
                IncidentState.valueOf(row.getString("state")),
                LabelCodec.decode(row.getString("labels")),
                getMicros(row, "created_at"),
                getMicros(row, "updated_at"),
                getMicros(row, "acknowledged_at"),
                getMicros(row, "resolved_at"),
                getMicros(row, "closed_at"),
                getMicros(row, "last_seen_at"),
                row.getInt("occurrence_count"),
                row.getString("resolution_note"),
                row.getString("root_cause"),
                row.getString("classified_by"),
                row.getBoolean("severity_reported"),
                row.getBoolean("category_reported"),
                row.getLong("version"));
    }

    private void appendTimeline(Connection connection, IncidentId id, List<TimelineEntry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_TIMELINE)) {
            for (TimelineEntry entry : entries) {
                insert.setString(1, id.value());
                insert.setLong(2, toMicros(entry.at()));
                insert.setString(3, entry.kind().name());
                insert.setString(4, entry.actor());
                insert.setString(5, entry.detail());
                insert.addBatch();
            }
            statements.batch(QueryOperation.INSERT, insert);
        }
    }

    private interface Statements {
        void run(Connection connection) throws SQLException;
    }

    /** Runs an incident's statements together (in the caller's unit of work, if any) and names what a failure means. */
    private void write(IncidentSnapshot snapshot, Statements body) {
        try {
            connections.write(connection -> {
                body.run(connection);
                return null;
            });
        } catch (SQLException e) {
            if (dialect.isUniqueViolation(e)) {
                if (String.valueOf(e.getMessage()).contains("fingerprint")) {
                    throw new ActiveFingerprintConflictException(snapshot.fingerprint());
                }
                throw new VersionConflictException(snapshot.id(), snapshot.version());
            }
            throw new StoreUnavailableException("storing incident " + snapshot.id(), e);
        }
    }

    private static void setMicros(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, toMicros(instant));
        }
    }

    private static Instant getMicros(ResultSet row, String column) throws SQLException {
        long micros = row.getLong(column);
        return row.wasNull() ? null : fromMicros(micros);
    }

    static long toMicros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    static Instant fromMicros(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
