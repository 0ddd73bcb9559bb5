package io.llmim.adapter.persistence;

import io.llmim.application.port.out.AlertMemberRepository;
import io.llmim.application.port.out.QueryOperation;
import io.llmim.domain.IncidentId;

import java.util.List;

/**
 * Alert members in the same database as their incidents. The upsert is one statement both
 * databases understand ({@code INSERT ... ON CONFLICT DO UPDATE}), so a redelivery is harmless.
 */
record JdbcAlertMemberRepository(Sql sql) implements AlertMemberRepository {

    private static final String UPSERT = "INSERT INTO alert_members (incident_id, fingerprint, firing, starts_at, ends_at) "
            + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (incident_id, fingerprint) DO UPDATE SET firing = excluded.firing, "
            + "starts_at = excluded.starts_at, ends_at = excluded.ends_at";
    private static final String SELECT = "SELECT fingerprint, firing, starts_at, ends_at FROM alert_members "
            + "WHERE incident_id = ? ORDER BY fingerprint";

    @Override
    public void upsert(IncidentId incident, AlertMember member) {
        sql.update("recording alert " + member.fingerprint(), QueryOperation.INSERT, UPSERT, p -> p
                .text(incident.value())
                .text(member.fingerprint())
                .flag(member.firing())
                .instant(member.startsAt())
                .instant(member.endsAt()));
    }

    @Override
    public List<AlertMember> members(IncidentId incident) {
        return sql.query("reading the alerts of incident " + incident, SELECT, p -> p.text(incident.value()),
                row -> new AlertMember(row.getString("fingerprint"), row.getBoolean("firing"),
                        Sql.instant(row, "starts_at"), Sql.instant(row, "ends_at")));
    }
}
