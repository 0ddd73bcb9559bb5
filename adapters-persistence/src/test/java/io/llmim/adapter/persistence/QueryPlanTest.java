package io.llmim.adapter.persistence;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filtered, newest-first listing and the job claim are served by an index on both databases,
 * never a full scan: their cost must not grow with the history kept in the tables.
 */
class QueryPlanTest {

    private static final String NEWEST_FIRST = " ORDER BY created_at DESC, id DESC LIMIT 21";
    private static final List<String> FILTERED_LISTINGS = List.of(
            "SELECT * FROM incidents WHERE 1 = 1" + NEWEST_FIRST,
            "SELECT * FROM incidents WHERE 1 = 1 AND state = 'NEW'" + NEWEST_FIRST,
            "SELECT * FROM incidents WHERE 1 = 1 AND severity = 'P1'" + NEWEST_FIRST,
            "SELECT * FROM incidents WHERE 1 = 1 AND source = 'llm-shield'" + NEWEST_FIRST,
            "SELECT * FROM incidents WHERE 1 = 1 AND category = 'cost'" + NEWEST_FIRST,
            "SELECT * FROM incidents WHERE 1 = 1 AND state = 'NEW' AND (created_at < 5 OR (created_at = 5 AND id < 'x'))"
                    + NEWEST_FIRST);
    private static final List<String> JOB_CLAIMS = List.of(
            withValues(JdbcJobStore.LEASE_EXPIRED), withValues(JdbcJobStore.LONGEST_DUE));

    private static String withValues(String claim) {
        return claim.replaceFirst("\\?", "'STANDARD'").replaceFirst("\\?", "5");
    }

    private static List<String> plan(JdbcIncidentStore store, String explain) throws Exception {
        List<String> lines = new ArrayList<>();
        try (Connection connection = store.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            if (store.kind().equals("postgresql")) {
                statement.execute("SET enable_seqscan = off");
            }
            try (ResultSet rows = statement.executeQuery(explain)) {
                while (rows.next()) {
                    lines.add(rows.getString(store.kind().equals("sqlite") ? 4 : 1));
                }
            }
        }
        return lines;
    }

    @Test
    void sqlite_lists_through_an_index() throws Exception {
        try (JdbcIncidentStore store = Stores.open(Stores.newSqliteUrl())) {
            for (String listing : FILTERED_LISTINGS) {
                List<String> plan = plan(store, "EXPLAIN QUERY PLAN " + listing);

                // A filter must be a SEARCH (an index lookup on the filtered column), not a SCAN in index order.
                boolean filtered = listing.contains(" AND ");
                assertThat(plan).as(listing).anyMatch(step -> filtered
                        ? step.startsWith("SEARCH incidents USING INDEX incidents_by_")
                        : step.contains("INDEX incidents_newest_first"));
                assertThat(plan).as(listing).noneMatch(step -> step.equals("SCAN incidents"));
                assertThat(plan).as(listing).noneMatch(step -> step.contains("USE TEMP B-TREE FOR ORDER BY"));
            }
        }
    }

    @Test
    void sqlite_claims_a_job_through_one_index_range() throws Exception {
        try (JdbcIncidentStore store = Stores.open(Stores.newSqliteUrl())) {
            for (String claim : JOB_CLAIMS) {
                List<String> plan = plan(store, "EXPLAIN QUERY PLAN " + claim);

                assertThat(plan).as(claim).anyMatch(step -> step.startsWith("SEARCH jobs USING INDEX jobs_due (queue=? AND status=?"));
                assertThat(plan).as(claim).noneMatch(step -> step.startsWith("SCAN jobs"));
                assertThat(plan).as(claim).noneMatch(step -> step.contains("TEMP B-TREE"));
            }
        }
    }

    @Test
    void postgresql_claims_a_job_through_an_index() throws Exception {
        try (JdbcIncidentStore store = Stores.open(Stores.newPostgresUrl())) {
            for (String claim : JOB_CLAIMS) {
                List<String> plan = plan(store, "EXPLAIN " + claim + " FOR UPDATE SKIP LOCKED");

                assertThat(plan).as(claim).anyMatch(step -> step.contains("Index Scan using jobs_due"));
                assertThat(plan).as(claim).noneMatch(step -> step.contains("Seq Scan") || step.contains("Sort"));
            }
        }
    }

    @Test
    void postgresql_lists_through_an_index() throws Exception {
        try (JdbcIncidentStore store = Stores.open(Stores.newPostgresUrl())) {
            for (String listing : FILTERED_LISTINGS) {
                List<String> plan = plan(store, "EXPLAIN " + listing);

                assertThat(plan).as(listing).anyMatch(step -> step.contains("Index Scan") || step.contains("Index Only Scan"));
                assertThat(plan).as(listing).noneMatch(step -> step.contains("Seq Scan"));
            }
        }
    }

    @Test
    void sqlite_pages_a_correlation_group_through_its_index() throws Exception {
        try (JdbcIncidentStore store = Stores.open(Stores.newSqliteUrl())) {
            for (boolean afterCursor : List.of(false, true)) {
                List<String> plan = plan(store, "EXPLAIN QUERY PLAN " + JdbcCorrelationGroups.page(afterCursor)
                        .replace("?", "'x'"));

                assertThat(plan).as(plan.toString()).anyMatch(step -> step.startsWith(
                        "SEARCH incident_correlations USING INDEX incident_correlations_by_group (group_id=?"));
                assertThat(plan).as(plan.toString()).noneMatch(step -> step.startsWith("SCAN"));
                assertThat(plan).as(plan.toString()).noneMatch(step -> step.contains("TEMP B-TREE"));
            }
        }
    }

    @Test
    void sqlite_prunes_finished_jobs_through_one_index_range_per_queue() throws Exception {
        try (JdbcIncidentStore store = Stores.open(Stores.newSqliteUrl())) {
            for (var history : List.of(io.llmim.application.port.in.PrunableHistory.DONE_JOBS,
                    io.llmim.application.port.in.PrunableHistory.DEAD_JOBS)) {
                List<String> plan = plan(store, "EXPLAIN QUERY PLAN " + JdbcHistoryPruning.deleteBatch(history)
                        .replace("?", "5"));

                assertThat(plan).as(plan.toString()).anyMatch(step -> step.startsWith(
                        "SEARCH jobs USING INDEX jobs_due (queue=? AND status=? AND run_at<?)"));
                assertThat(plan).as(plan.toString()).noneMatch(step -> step.startsWith("SCAN jobs"));
            }
        }
    }

    @Test
    void sqlite_prunes_alert_members_looking_up_each_incident_by_its_key() throws Exception {
        try (JdbcIncidentStore store = Stores.open(Stores.newSqliteUrl())) {
            List<String> plan = plan(store, "EXPLAIN QUERY PLAN " + JdbcHistoryPruning.deleteBatch(
                    io.llmim.application.port.in.PrunableHistory.ALERT_MEMBERS).replace("?", "5"));

            // Pruning keeps alert_members small, so reading it whole is fine; incidents never are.
            assertThat(plan).as(plan.toString()).noneMatch(step -> step.startsWith("SCAN i"));
        }
    }
}
