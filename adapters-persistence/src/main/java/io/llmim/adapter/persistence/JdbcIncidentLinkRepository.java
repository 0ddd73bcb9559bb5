package io.llmim.adapter.persistence;

import io.llmim.application.port.in.IncidentLink;
import io.llmim.application.port.out.IncidentLinkRepository;
import io.llmim.application.port.out.QueryOperation;
import io.llmim.domain.IncidentId;

import java.util.ArrayList;
import java.util.List;

/** Links between incidents, stored in both directions so that either side reads them with one index. */
final class JdbcIncidentLinkRepository implements IncidentLinkRepository {

    private static final String INSERT = "INSERT INTO incident_links (incident_id, related_id, reason) VALUES (?, ?, ?) "
            + "ON CONFLICT (incident_id, related_id) DO NOTHING";

    private final Sql sql;

    JdbcIncidentLinkRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void link(IncidentId incident, List<IncidentLink> related) {
        if (related.isEmpty()) {
            return;
        }
        List<Pair> pairs = new ArrayList<>(related.size() * 2);
        for (IncidentLink link : related) {
            pairs.add(new Pair(incident, link.related(), link.reason()));
            pairs.add(new Pair(link.related(), incident, link.reason()));
        }
        sql.write("linking incident " + incident + " to " + related.size() + " others", connection -> {
            sql.batch(connection, QueryOperation.INSERT, INSERT, pairs, (p, pair) -> p
                    .text(pair.from().value())
                    .text(pair.to().value())
                    .text(pair.reason()));
            return null;
        });
    }

    @Override
    public List<IncidentLink> related(IncidentId incident) {
        return sql.query("reading incidents related to " + incident,
                "SELECT related_id, reason FROM incident_links WHERE incident_id = ? ORDER BY related_id",
                p -> p.text(incident.value()),
                row -> new IncidentLink(new IncidentId(row.getString(1)), row.getString(2)));
    }

    /** One direction of a link: one row. */
    private record Pair(IncidentId from, IncidentId to, String reason) {
    }
}
