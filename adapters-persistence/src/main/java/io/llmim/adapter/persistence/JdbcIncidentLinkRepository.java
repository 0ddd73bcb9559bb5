package io.llmim.adapter.persistence;

import io.llmim.application.port.in.IncidentLink;
import io.llmim.application.port.out.DatabaseMetrics;
import io.llmim.application.port.out.IncidentLinkRepository;
import io.llmim.application.port.out.QueryOperation;
import io.llmim.application.port.in.StoreUnavailableException;
import io.llmim.domain.IncidentId;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Links between incidents, stored in both directions so that either side reads them with one index. */
final class JdbcIncidentLinkRepository implements IncidentLinkRepository {

    private static final String INSERT = "INSERT INTO incident_links (incident_id, related_id, reason) VALUES (?, ?, ?) "
            + "ON CONFLICT (incident_id, related_id) DO NOTHING";

    private final JdbcUnitOfWork connections;
    private final TimedStatements statements;

    JdbcIncidentLinkRepository(JdbcUnitOfWork connections, DatabaseMetrics metrics) {
        this.connections = connections;
        this.statements = new TimedStatements(metrics);
    }

    @Override
    public void link(IncidentId incident, List<IncidentLink> related) {
        if (related.isEmpty()) {
            return;
        }
        try {
            connections.write(connection -> {
                try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                    for (IncidentLink link : related) {
                        addPair(insert, incident, link.related(), link.reason());
                        addPair(insert, link.related(), incident, link.reason());
                    }
                    statements.batch(QueryOperation.INSERT, insert);
                    return null;
                }
            });
        } catch (SQLException e) {
            throw new StoreUnavailableException("linking incident " + incident + " to " + related.size() + " others", e);
        }
    }

    private static void addPair(PreparedStatement insert, IncidentId from, IncidentId to, String reason)
            throws SQLException {
        insert.setString(1, from.value());
        insert.setString(2, to.value());
        insert.setString(3, reason);
        insert.addBatch();
    }

    @Override
    public List<IncidentLink> related(IncidentId incident) {
        try {
            return connections.read(connection -> {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT related_id, reason FROM incident_links WHERE incident_id = ? ORDER BY related_id")) {
                    select.setString(1, incident.value());
                    List<IncidentLink> links = new ArrayList<>();
                    try (ResultSet rows = statements.query(select)) {
                        while (rows.next()) {
                            links.add(new IncidentLink(new IncidentId(rows.getString(1)), rows.getString(2)));
                        }
                    }
                    return links;
                }
            });
        } catch (SQLException e) {
            throw new StoreUnavailableException("reading incidents related to " + incident, e);
        }
    }
}
