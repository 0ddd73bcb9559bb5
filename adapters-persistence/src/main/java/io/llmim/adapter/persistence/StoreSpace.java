package io.llmim.adapter.persistence;

import io.llmim.application.port.in.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Giving the space of deleted rows back. A SQLite file never shrinks by itself: its freed pages
 * wait for reuse unless the file is in incremental auto-vacuum mode, where {@code PRAGMA
 * incremental_vacuum} cuts them off the end. PostgreSQL's autovacuum makes dead rows' space
 * reusable on its own, so there is nothing to do there.
 */
final class StoreSpace {

    private static final Logger LOG = LoggerFactory.getLogger(StoreSpace.class);
    private static final int INCREMENTAL = 2;

    private final DataSource dataSource;
    private final boolean sqlite;

    private StoreSpace(DataSource dataSource, boolean sqlite) {
        this.dataSource = dataSource;
        this.sqlite = sqlite;
    }

    /**
     * The space of the store at {@code dataSource}. On SQLite, puts the file in incremental
     * auto-vacuum mode first: set before the first table is created, it costs nothing; a file made
     * before is rewritten once with VACUUM (the mode cannot change otherwise), which takes a while
     * on a large file and is logged.
     */
    static StoreSpace of(SqlDialect dialect, DataSource dataSource) throws SQLException {
        if (dialect == SqlDialect.SQLITE) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                if (autoVacuum(statement) != INCREMENTAL) {
                    boolean hasTables = hasTables(statement);
                    if (hasTables) {
                        LOG.info("rewriting the store file once (VACUUM) so that pruned history gives its space back");
                    }
                    statement.execute("PRAGMA auto_vacuum = INCREMENTAL");
                    statement.execute("VACUUM");
                }
            }
        }
        return new StoreSpace(dataSource, dialect == SqlDialect.SQLITE);
    }

    /** Cuts the freed pages off the end of a SQLite file, and checkpoints so that the file itself shrinks. */
    void reclaim() {
        if (!sqlite) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // The vacuum returns an empty row per page it frees: the driver's execute() would step
            // once (one page), executeUpdate() steps to the end.
            statement.executeUpdate("PRAGMA incremental_vacuum");
            statement.executeQuery("PRAGMA wal_checkpoint(PASSIVE)").close();
        } catch (SQLException e) {
            throw new StoreUnavailableException("reclaiming the space of pruned history", e);
        }
    }

    private static int autoVacuum(Statement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery("PRAGMA auto_vacuum")) {
            return row.next() ? row.getInt(1) : 0;
        }
    }

    private static boolean hasTables(Statement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'")) {
            return row.next() && row.getInt(1) > 0;
        }
    }
}
