package io.llmim.adapter.persistence;

import io.llmim.application.port.out.QueryOperation;
import io.llmim.application.port.out.SilenceRepository;
import io.llmim.domain.IncidentId;
import io.llmim.domain.LabelMatcher;
import io.llmim.domain.Silence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Silences as rows of V13__silences.sql. Matchers are one text column, a matcher a line in
 * Alertmanager's own syntax ({@link LabelMatcher#toString()} escapes newlines, so a line is one
 * matcher): silences are always read whole and matched in memory, never queried by matcher.
 */
record JdbcSilenceRepository(Sql sql) implements SilenceRepository {

    private static final String COLUMNS = "id, matchers, starts_at, ends_at, created_by, comment, updated_at, incident_id";
    private static final String UPSERT = "INSERT INTO silences (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (id) DO UPDATE SET matchers = excluded.matchers, starts_at = excluded.starts_at, "
            + "ends_at = excluded.ends_at, created_by = excluded.created_by, comment = excluded.comment, "
            + "updated_at = excluded.updated_at, incident_id = excluded.incident_id";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM silences ";

    @Override
    public void save(Silence silence) {
        sql.update("saving silence " + silence.id(), QueryOperation.INSERT, UPSERT, p -> p.text(silence.id())
                .text(encode(silence.matchers())).instant(silence.startsAt()).instant(silence.endsAt())
                .text(silence.createdBy()).text(silence.comment()).instant(silence.updatedAt())
                .text(silence.tiedTo() == null ? null : silence.tiedTo().value()));
    }

    @Override
    public Optional<Silence> findById(String id) {
        return sql.query("reading silence " + id, SELECT + "WHERE id = ?", p -> p.text(id),
                JdbcSilenceRepository::silence).stream().findFirst();
    }

    @Override
    public List<Silence> all(int limit) {
        return sql.query("reading the silences", SELECT + "ORDER BY ends_at DESC, id LIMIT ?", p -> p.number(limit),
                JdbcSilenceRepository::silence);
    }

    @Override
    public List<Silence> unexpiredAt(Instant at) {
        return sql.query("reading the unexpired silences", SELECT + "WHERE ends_at > ? ORDER BY ends_at, id",
                p -> p.instant(at), JdbcSilenceRepository::silence);
    }


    @Override
    public List<Silence> endedUnreported(Instant at, int limit) {
        return sql.query("reading the silences that ended", SELECT + "WHERE end_reported = FALSE AND ends_at <= ? "
                + "ORDER BY ends_at, id LIMIT ?", p -> p.instant(at).number(limit), JdbcSilenceRepository::silence);
    }

    @Override
    public boolean markEndReported(String id) {
        return sql.update("noting the end of silence " + id, QueryOperation.UPDATE,
                "UPDATE silences SET end_reported = TRUE WHERE id = ? AND end_reported = FALSE", p -> p.text(id)) == 1;
    }

    private static String encode(List<LabelMatcher> matchers) {
        return matchers.stream().map(LabelMatcher::toString).collect(Collectors.joining("\n"));
    }

    private static Silence silence(ResultSet row) throws SQLException {
        String incident = row.getString("incident_id");
        return new Silence(row.getString("id"),
                Arrays.stream(row.getString("matchers").split("\n")).map(LabelMatcher::parse).toList(),
                Sql.instant(row, "starts_at"), Sql.instant(row, "ends_at"), row.getString("created_by"),
                row.getString("comment"), Sql.instant(row, "updated_at"),
                incident == null ? null : new IncidentId(incident));
    }
}
