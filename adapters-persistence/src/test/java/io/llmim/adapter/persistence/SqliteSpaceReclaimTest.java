package io.llmim.adapter.persistence;

import io.llmim.application.port.in.Job;
import io.llmim.application.port.in.JobQueue;
import io.llmim.application.port.in.JobType;
import io.llmim.application.port.in.PrunableHistory;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Pruned history gives its space back: the SQLite file shrinks instead of only keeping free pages. */
class SqliteSpaceReclaimTest {

    private static final Instant LONG_AGO = Instant.parse("2026-01-01T00:00:00Z");
    private static final String PADDING = "x".repeat(2_000);

    @Test
    void a_new_store_file_is_in_incremental_auto_vacuum_mode() throws Exception {
        try (JdbcIncidentStore store = Stores.open(Stores.newSqliteUrl())) {
            assertThat(pragma(store, "auto_vacuum")).isEqualTo(2);
        }
    }

    @Test
    void pruning_finished_jobs_shrinks_the_file() throws Exception {
        String url = Stores.newSqliteUrl();
        try (JdbcIncidentStore store = Stores.open(url)) {
            for (int i = 0; i < 3_000; i++) {
                store.jobs().enqueue(new Job.NewJob(JobType.CORRELATION, JobQueue.LOW_PRIORITY,
                        Map.of("padding", PADDING), LONG_AGO, null));
                store.jobs().complete(store.jobs().claimNext(JobQueue.LOW_PRIORITY, LONG_AGO, Duration.ofMinutes(1))
                        .orElseThrow());
            }
            pragma(store, "wal_checkpoint(TRUNCATE)");
            long full = Files.size(Stores.sqliteFile(url));

            store.history().prune(PrunableHistory.DONE_JOBS, LONG_AGO.plusSeconds(1));
            store.history().reclaimSpace();
            pragma(store, "wal_checkpoint(TRUNCATE)");

            assertThat(Files.size(Stores.sqliteFile(url))).isLessThan(full / 4);
        }
    }

    @Test
    void a_file_made_before_auto_vacuum_is_converted_once_on_open() throws Exception {
        String url = Stores.newSqliteUrl();
        OldSchema.migrateTo(url, "6");

        try (JdbcIncidentStore store = Stores.open(url)) {
            assertThat(pragma(store, "auto_vacuum")).isEqualTo(2);
        }
    }

    private static long pragma(JdbcIncidentStore store, String pragma) throws Exception {
        try (Connection connection = store.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("PRAGMA " + pragma)) {
            return row.next() ? row.getLong(1) : 0;
        }
    }
}
