package io.llmim.adapter.persistence;

import io.llmim.application.port.out.AlertMemberRepository;
import io.llmim.application.port.out.QueryOperation;
import io.llmim.domain.IncidentId;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * Alert members in the same database as their incidents. The upsert is one statement both
 * databases understand ({@code INSERT ... ON CONFLICT DO UPDATE}), so a redelivery is harmless;
 * the members of one notification go as one batch in one transaction.
 */
record JdbcAlertMemberRepository(Sql sql) implements AlertMemberRepository {

    private static final String COLUMNS = "fingerprint, firing, starts_at, ends_at, labels, annotations, "
            + "generator_url, updated_at";
    private static final String UPSERT = "INSERT INTO alert_members (incident_id, " + COLUMNS + ") "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (incident_id, fingerprint) DO UPDATE SET "
            + "firing = excluded.firing, starts_at = excluded.starts_at, ends_at = excluded.ends_at, "
            + "labels = excluded.labels, annotations = excluded.annotations, generator_url = excluded.generator_url, "
            + "updated_at = excluded.updated_at";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM alert_members "
            + "WHERE incident_id = ? ORDER BY fingerprint";
    private static final String FIRING = "SELECT incident_id, " + COLUMNS + " FROM alert_members "
            + "WHERE firing = TRUE ORDER BY ends_at LIMIT ?";
    private static final String ENDED = "SELECT DISTINCT incident_id FROM alert_members "
            + "WHERE firing = TRUE AND ends_at <= ? LIMIT ?";
    private static final String RESOLVE_ENDED = "UPDATE alert_members SET firing = FALSE "
            + "WHERE incident_id = ? AND firing = TRUE AND ends_at <= ?";

    @Override
    public void upsertAll(IncidentId incident, List<AlertMember> members) {
        sql.write("recording the alerts of incident " + incident, connection -> {
            sql.batch(connection, QueryOperation.INSERT, UPSERT, members, (p, member) -> p
                    .text(incident.value())
                    .text(member.fingerprint())
                    .flag(member.firing())
                    .instant(member.startsAt())
                    .instant(member.endsAt())
                    .text(LabelCodec.encode(member.labels()))
                    .text(LabelCodec.encode(member.annotations()))
                    .text(member.generatorUrl())
                    .instant(member.updatedAt()));
            return null;
        });
    }

    @Override
    public List<AlertMember> members(IncidentId incident) {
        return sql.query("reading the alerts of incident " + incident, SELECT, p -> p.text(incident.value()),
                JdbcAlertMemberRepository::member);
    }

    @Override
    public List<FiringMember> firing(int limit) {
        return sql.query("reading the firing alerts", FIRING, p -> p.number(limit),
                row -> new FiringMember(new IncidentId(row.getString("incident_id")), member(row)));
    }

    private static AlertMember member(ResultSet row) throws SQLException {
        return new AlertMember(row.getString("fingerprint"), row.getBoolean("firing"), Sql.instant(row, "starts_at"),
                Sql.instant(row, "ends_at"), LabelCodec.decode(row.getString("labels")),
                LabelCodec.decode(row.getString("annotations")), row.getString("generator_url"),
                Sql.instant(row, "updated_at"));
    }

    @Override
    public List<IncidentId> resolveEndedMembers(Instant now, int limit) {
        List<IncidentId> ended = sql.query("finding alerts past their end", ENDED, p -> p.instant(now).number(limit),
                row -> new IncidentId(row.getString("incident_id")));
        if (ended.isEmpty()) {
            return ended;
        }
        // One write for the whole sweep: on SQLite each write is a commit of the one writer. Each
        // statement checks ends_at again, so a member refreshed meanwhile keeps firing.
        sql.write("resolving the alerts past their end", connection -> {
            for (IncidentId incident : ended) {
                sql.update(connection, QueryOperation.UPDATE, RESOLVE_ENDED, p -> p.text(incident.value()).instant(now));
            }
            return null;
        });
        return ended;
    }
}
