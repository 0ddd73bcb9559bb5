package io.llmim.adapter.persistence;

import io.llmim.application.port.in.IncidentCount;
import io.llmim.application.port.in.ResponseTimes;
import io.llmim.domain.IncidentState;
import io.llmim.domain.Severity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The figures the console shows about all incidents: counts per state and severity, and response
 * times. Aggregates only, so nothing here goes through the incident cache.
 */
final class JdbcIncidentFigures {

    private static final String COUNT_BY_STATE_AND_SEVERITY = "SELECT state, severity, COUNT(*) FROM incidents "
            + "GROUP BY state, severity";
    // created_at >= ? is a range of incidents_newest_first: the window bounds the rows read. AVG ignores
    // the NULLs of incidents not (yet) acknowledged or resolved; instants are epoch microseconds.
    private static final String RESPONSE_TIMES = "SELECT AVG(acknowledged_at - created_at), "
            + "AVG(resolved_at - created_at) FROM incidents WHERE created_at >= ?";

    private final Sql sql;

    JdbcIncidentFigures(Sql sql) {
        this.sql = sql;
    }

    List<IncidentCount> countByStateAndSeverity() {
        return sql.query("counting incidents per state and severity", COUNT_BY_STATE_AND_SEVERITY, Sql.NO_PARAMETERS,
                row -> new IncidentCount(IncidentState.valueOf(row.getString(1)), Severity.valueOf(row.getString(2)),
                        row.getLong(3)));
    }

    ResponseTimes responseTimes(Instant since) {
        return sql.query("averaging response times", RESPONSE_TIMES, p -> p.instant(since),
                row -> new ResponseTimes(mean(row, 1), mean(row, 2))).stream().findFirst().orElse(ResponseTimes.NONE);
    }

    // AVG is a double on SQLite and a numeric on PostgreSQL; both read as a double, NULL when none counted.
    private static Optional<Duration> mean(ResultSet row, int column) throws SQLException {
        double micros = row.getDouble(column);
        return row.wasNull() ? Optional.empty() : Optional.of(Duration.of(Math.round(micros), ChronoUnit.MICROS));
    }
}
