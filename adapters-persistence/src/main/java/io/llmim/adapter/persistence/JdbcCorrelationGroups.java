package io.llmim.adapter.persistence;

import io.llmim.application.port.in.IncidentLink;
import io.llmim.application.port.in.PageCursor;
import io.llmim.application.port.in.RelatedIncidents;
import io.llmim.application.port.out.CorrelationGroups;
import io.llmim.application.port.out.QueryOperation;
import io.llmim.domain.IncidentId;
import io.llmim.domain.IncidentSnapshot;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One row per grouped incident (V9__correlation_groups.sql). Joining is one transaction of two
 * idempotent inserts, the match's row then the incident's: a job run again changes nothing, and
 * since a match is always reported before the incident (see CorrelationJob), concurrent joins lock
 * rows in one order and cannot deadlock on PostgreSQL.
 */
record JdbcCorrelationGroups(Sql sql) implements CorrelationGroups {

    private static final String FOUND = "INSERT INTO incident_correlations (incident_id, group_id, reason, created_at) "
            + "VALUES (?, ?, ?, ?) ON CONFLICT (incident_id) DO NOTHING";
    // The match's group as it is now, whoever put the match in it.
    private static final String JOIN = "INSERT INTO incident_correlations (incident_id, group_id, reason, created_at) "
            + "SELECT ?, group_id, ?, ? FROM incident_correlations WHERE incident_id = ? "
            + "ON CONFLICT (incident_id) DO NOTHING";
    private static final String OTHER_MEMBERS = "FROM incident_correlations "
            + "WHERE group_id = (SELECT group_id FROM incident_correlations WHERE incident_id = ?) AND incident_id <> ?";

    @Override
    public Map<IncidentId, IncidentId> groupsOf(Collection<IncidentId> incidents) {
        if (incidents.isEmpty()) {
            return Map.of();
        }
        List<String> ids = incidents.stream().map(IncidentId::value).toList();
        return sql.query("reading the correlation groups of " + ids.size() + " incidents",
                "SELECT incident_id, group_id FROM incident_correlations WHERE incident_id IN ("
                        + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")",
                p -> p.values(ids),
                row -> Map.entry(new IncidentId(row.getString(1)), new IncidentId(row.getString(2))))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public void join(IncidentSnapshot incident, IncidentSnapshot match, String reason) {
        sql.write("putting " + incident.id() + " in the correlation group of " + match.id(), connection -> {
            sql.update(connection, QueryOperation.INSERT, FOUND, p -> p
                    .text(match.id().value()).text(match.id().value()).text(reason).instant(match.createdAt()));
            return sql.update(connection, QueryOperation.INSERT, JOIN, p -> p
                    .text(incident.id().value()).text(reason).instant(incident.createdAt()).text(match.id().value()));
        });
    }

    @Override
    public RelatedIncidents related(IncidentId incident, int limit, PageCursor after) {
        List<Member> rows = sql.query("reading the incidents related to " + incident, page(after != null),
                p -> {
                    p.text(incident.value()).text(incident.value());
                    if (after != null) {
                        p.instant(after.createdAt()).instant(after.createdAt()).text(after.id().value());
                    }
                    p.number(limit + 1L);
                },
                row -> new Member(new IncidentLink(new IncidentId(row.getString(1)), row.getString(2)),
                        Sql.instant(row, "created_at")));
        // A first page that holds the whole group is its own count: GET /v1/incidents/{id} reads the
        // first page for every incident, and most groups fit in it, so only larger groups pay for
        // the COUNT query.
        boolean wholeGroup = after == null && rows.size() <= limit;
        long total = wholeGroup ? rows.size()
                : sql.query("counting the incidents related to " + incident, "SELECT COUNT(*) " + OTHER_MEMBERS,
                        p -> p.text(incident.value()).text(incident.value()), row -> row.getLong(1)).get(0);
        if (total == 0) {
            return RelatedIncidents.none();
        }
        List<Member> page = rows.subList(0, Math.min(limit, rows.size()));
        PageCursor next = rows.size() > limit
                ? new PageCursor(page.get(limit - 1).createdAt(), page.get(limit - 1).link().related()) : null;
        return new RelatedIncidents(page.stream().map(Member::link).toList(), total, next);
    }

    /** One page of the other members of a group, newest first, after a cursor or from the start. */
    static String page(boolean afterCursor) {
        return "SELECT incident_id, reason, created_at " + OTHER_MEMBERS
                + (afterCursor ? " AND (created_at < ? OR (created_at = ? AND incident_id < ?))" : "")
                + " ORDER BY created_at DESC, incident_id DESC LIMIT ?";
    }

    /** A row of the group: the member as the API shows it, and where it stands in newest-first order. */
    private record Member(IncidentLink link, Instant createdAt) {
    }
}
