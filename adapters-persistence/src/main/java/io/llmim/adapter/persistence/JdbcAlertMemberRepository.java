package io.llmim.adapter.persistence;

import io.llmim.application.port.out.AlertMemberRepository;
import io.llmim.application.port.out.DatabaseMetrics;
import io.llmim.application.port.out.QueryOperation;
import io.llmim.application.port.in.StoreUnavailableException;
import io.llmim.domain.IncidentId;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Alert members in the same database as their incidents. The upsert is one statement both
 * databases understand ({@code INSERT ... ON CONFLICT DO UPDATE}), so a redelivery is harmless.
 */
final class JdbcAlertMemberRepository implements AlertMemberRepository {

    private static final String UPSERT = "INSERT INTO alert_members (incident_id, fingerprint, firing, starts_at, ends_at) "
            + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (incident_id, fingerprint) DO UPDATE SET firing = excluded.firing, "
            + "starts_at = excluded.starts_at, ends_at = excluded.ends_at";
    private static final String SELECT = "SELECT fingerprint, firing, starts_at, ends_at FROM alert_members "
            + "WHERE incident_id = ? ORDER BY fingerprint";

    private final JdbcUnitOfWork connections;
    private final TimedStatements statements;

    JdbcAlertMemberRepository(JdbcUnitOfWork connections, DatabaseMetrics metrics) {
        this.connections = connections;
        this.statements = new TimedStatements(metrics);
    }

    @Override
    public void upsert(IncidentId incident, AlertMember member) {
        try {
            connections.write(connection -> {
                try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                    upsert.setString(1, incident.value());
                    upsert.setString(2, member.fingerprint());
                    upsert.setBoolean(3, member.firing());
                    setMicros(upsert, 4, member.startsAt());
                    setMicros(upsert, 5, member.endsAt());
                    return statements.update(QueryOperation.INSERT, upsert);
                }
            });
        } catch (SQLException e) {
            throw new StoreUnavailableException("recording alert " + member.fingerprint(), e);
        }
    }

    @Override
    public List<AlertMember> members(IncidentId incident) {
        try {
            return connections.read(connection -> {
                try (PreparedStatement select = connection.prepareStatement(SELECT)) {
                    select.setString(1, incident.value());
                    List<AlertMember> members = new ArrayList<>();
                    try (ResultSet rows = statements.query(select)) {
                        while (rows.next()) {
                            members.add(new AlertMember(rows.getString(1), rows.getBoolean(2), micros(rows, 3),
                                    micros(rows, 4)));
                        }
                    }
                    return members;
                }
            });
        } catch (SQLException e) {
            throw new StoreUnavailableException("reading the alerts of incident " + incident, e);
        }
    }

    private static void setMicros(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, JdbcIncidentRepository.toMicros(instant));
        }
    }

    private static Instant micros(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : JdbcIncidentRepository.fromMicros(value);
    }
}
