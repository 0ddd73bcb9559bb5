package io.llmim.adapter.persistence;

import io.llmim.domain.Category;
import io.llmim.domain.Fingerprint;
import io.llmim.domain.IncidentId;
import io.llmim.domain.IncidentSnapshot;
import io.llmim.domain.IncidentState;
import io.llmim.domain.Severity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** An incident as a row of {@code incidents}: its columns, how to bind them and how to read them back. */
final class IncidentRows {

    // Written once, when the incident is added.
    static final List<String> FIXED = List.of("id", "fingerprint", "title", "description", "source",
            "labels", "created_at", "category_reported");
    // Changed in place by counting repeats only (JdbcIncidentRepository.COUNT_REPEATS).
    static final List<String> OCCURRENCES = List.of("last_seen_at", "first_occurred_at", "last_occurred_at",
            "occurrence_count");
    // What an update writes besides updated_at, in binding order; version last.
    static final List<String> LIFECYCLE = List.of("severity", "category", "state", "acknowledged_at",
            "resolved_at", "closed_at", "resolution_note", "root_cause", "classified_by", "severity_reported",
            "version");
    static final List<String> ALL = List.of(FIXED, List.of("updated_at"), OCCURRENCES, LIFECYCLE).stream()
            .flatMap(List::stream).toList();
    static final String COLUMNS = String.join(", ", ALL);

    /** Binds {@link #ALL} columns of a new incident, in order. */
    static void bindNew(Sql.Parameters p, IncidentSnapshot s) throws SQLException {
        bindAll(p, s, s.version() + 1);
    }

    /** Binds {@link #ALL} columns of an incident as it was just stored, at its version: a copy of its row. */
    static void bindStored(Sql.Parameters p, IncidentSnapshot s) throws SQLException {
        bindAll(p, s, s.version());
    }

    private static void bindAll(Sql.Parameters p, IncidentSnapshot s, long version) throws SQLException {
        p.text(s.id().value())
                .text(s.fingerprint().value())
                .text(s.title())
                .text(s.description())
                .text(s.source())
                .text(LabelCodec.encode(s.labels()))
                .instant(s.createdAt())
                .flag(s.categoryReported())
                .instant(s.updatedAt())
                .instant(s.lastSeenAt())
                .instant(s.firstOccurredAt())
                .instant(s.lastOccurredAt())
                .number(s.occurrenceCount());
        lifecycle(p, s, version);
    }

    /** Binds the {@link #LIFECYCLE} columns, in order; the version stored is the next one. */
    static Sql.Parameters lifecycle(Sql.Parameters p, IncidentSnapshot s) throws SQLException {
        return lifecycle(p, s, s.version() + 1);
    }

    private static Sql.Parameters lifecycle(Sql.Parameters p, IncidentSnapshot s, long version) throws SQLException {
        return p.text(s.severity().name())
                .text(s.category().label())
                .text(s.state().name())
                .instant(s.acknowledgedAt())
                .instant(s.resolvedAt())
                .instant(s.closedAt())
                .text(s.resolutionNote())
                .text(s.rootCause())
                .text(s.classifiedBy())
                .flag(s.severityReported())
                .number(version);
    }

    static IncidentSnapshot snapshotOf(ResultSet row) throws SQLException {
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

    private IncidentRows() {
    }
}
