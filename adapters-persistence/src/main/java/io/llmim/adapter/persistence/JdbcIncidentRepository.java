package io.llmim.adapter.persistence;

import io.llmim.application.port.out.ActiveFingerprintConflictException;
import io.llmim.application.port.out.ActiveIncidentCount;
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
import java.sql.ResultSet;
import java.sql.SQLException;
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

    // Written once, when the incident is added; then the columns an update writes, in binding order.
    private static final List<String> FIXED = List.of("id", "fingerprint", "title", "description", "source",
            "labels", "created_at", "category_reported");
    private static final List<String> CHANGING = List.of("severity", "category", "state", "updated_at",
            "acknowledged_at", "resolved_at", "closed_at", "last_seen_at", "first_occurred_at", "last_occurred_at",
            "occurrence_count", "resolution_note", "root_cause", "classified_by", "severity_reported", "version");
    private static final String COLUMNS = String.join(", ", FIXED) + ", " + String.join(", ", CHANGING);
    // V1__incidents.sql; besides the primary keys the only unique index of the tables an incident's write
    // touches, which SQLite needs to tell it apart (see SqlDialect.brokeUniqueIndex).
    private static final String ONE_ACTIVE_PER_FINGERPRINT = "incidents_one_active_per_fingerprint";
    private static final String ACTIVE = "state IN ('NEW', 'ACKNOWLEDGED', 'IN_PROGRESS')";

    private static final String INSERT = "INSERT INTO incidents (" + COLUMNS + ") VALUES ("
            + String.join(", ", Collections.nCopies(FIXED.size() + CHANGING.size(), "?")) + ")";
    private static final String UPDATE = "UPDATE incidents SET " + String.join(" = ?, ", CHANGING) + " = ? "
            + "WHERE id = ? AND version = ?";
    private static final String INSERT_TIMELINE = "INSERT INTO incident_timeline (incident_id, at, kind, actor, detail) "
            + "VALUES (?, ?, ?, ?, ?)";

    private final Sql sql;
    private final SqlDialect dialect;

    JdbcIncidentRepository(Sql sql, SqlDialect dialect) {
        this.sql = sql;
        this.dialect = dialect;
    }

    @Override
    public void add(Incident incident) {
        IncidentSnapshot s = incident.snapshot();
        if (s.version() != 0) {
            throw new VersionConflictException(s.id(), s.version());
        }
        write(s, connection -> {
            sql.update(connection, QueryOperation.INSERT, INSERT, p -> {
                p.text(s.id().value())
                        .text(s.fingerprint().value())
                        .text(s.title())
                        .text(s.description())
                        .text(s.source())
                        .text(LabelCodec.encode(s.labels()))
                        .instant(s.createdAt())
                        .flag(s.categoryReported());
                changing(p, s);
            });
            appendTimeline(connection, s.id(), incident.unsavedTimeline());
        });
        incident.markStored();
    }

    @Override
    public void update(Incident incident) {
        IncidentSnapshot s = incident.snapshot();
        write(s, connection -> {
            int updated = sql.update(connection, QueryOperation.UPDATE, UPDATE, p -> changing(p, s)
                    .text(s.id().value())
                    .number(s.version()));
            if (updated == 0) {
                throw new VersionConflictException(s.id(), s.version());
            }
            appendTimeline(connection, s.id(), incident.unsavedTimeline());
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

    /** Binds the {@link #CHANGING} columns, in order; the version stored is the next one. */
    private static Sql.Parameters changing(Sql.Parameters p, IncidentSnapshot s) throws SQLException {
        return p.text(s.severity().name())
                .text(s.category().label())
                .text(s.state().name())
                .instant(s.updatedAt())
                .instant(s.acknowledgedAt())
                .instant(s.resolvedAt())
                .instant(s.closedAt())
                .instant(s.lastSeenAt())
                .instant(s.firstOccurredAt())
                .instant(s.lastOccurredAt())
                .number(s.occurrenceCount())
                .text(s.resolutionNote())
                .text(s.rootCause())
                .text(s.classifiedBy())
                .flag(s.severityReported())
                .number(s.version() + 1);
    }

    private List<IncidentSnapshot> select(String query, List<?> parameters) {
        return sql.query("reading incidents", query, p -> p.values(parameters),
                JdbcIncidentRepository::snapshotOf);
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
                Sql.instant(row, "created_at"),
                Sql.instant(row, "updated_at"),
                Sql.instant(row, "acknowledged_at"),
                Sql.instant(row, "resolved_at"),
                Sql.instant(row, "closed_at"),
                Sql.instant(row, "last_seen_at"),
                Sql.instant(row, "first_occurred_at"),
                Sql.instant(row, "last_occurred_at"),
                row.getInt("occurrence_count"),
                row.getString("resolution_note"),
                row.getString("root_cause"),
                row.getString("classified_by"),
                row.getBoolean("severity_reported"),
                row.getBoolean("category_reported"),
                row.getLong("version"));
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

    private interface Statements {
        void run(Connection connection) throws SQLException;
    }

    /** Runs an incident's statements together (in the caller's unit of work, if any) and names what a failure means. */
    private void write(IncidentSnapshot snapshot, Statements body) {
        sql.write(connection -> {
            body.run(connection);
            return null;
        }, e -> failure(snapshot, e));
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
