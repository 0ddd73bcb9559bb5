package io.llmim.adapter.persistence;

import java.sql.SQLException;
import java.util.Map;

/** What differs between the two stores we support; everything else is the same SQL. */
enum SqlDialect {

    /**
     * Embedded, one process. WAL lets readers run beside the single writer; synchronous=FULL makes
     * a committed write survive a power cut; transaction_mode=IMMEDIATE takes the write lock when a
     * write transaction begins instead of upgrading a read lock mid-way, which is what otherwise
     * fails concurrent writers with SQLITE_BUSY; busy_timeout makes them queue for the lock instead.
     */
    SQLITE("sqlite_main", "classpath:db/migration/sqlite", "", Map.of(
            "journal_mode", "WAL",
            "synchronous", "FULL",
            "busy_timeout", "30000",
            "transaction_mode", "IMMEDIATE",
            "foreign_keys", "true")),

    /** Shared by several instances; row versions and the unique index keep them consistent. */
    POSTGRESQL("postgres_main", "classpath:db/migration/postgresql", " FOR UPDATE SKIP LOCKED", Map.of());

    private final String poolName;
    private final String migrations;
    private final Map<String, String> connectionProperties;
    private final String lockSkippingLocked;

    SqlDialect(String poolName, String migrations, String lockSkippingLocked, Map<String, String> connectionProperties) {
        this.poolName = poolName;
        this.migrations = migrations;
        this.lockSkippingLocked = lockSkippingLocked;
        this.connectionProperties = connectionProperties;
    }

    /**
     * What a SELECT needs so that concurrent transactions each take a different row: PostgreSQL
     * skips rows others have locked; SQLite needs nothing, its write transactions run one at a time.
     */
    String lockSkippingLocked() {
        return lockSkippingLocked;
    }

    static SqlDialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("storage.url must start with jdbc:sqlite: or jdbc:postgresql:, got "
                + jdbcUrl);
    }

    String poolName() {
        return poolName;
    }

    String migrations() {
        return migrations;
    }

    Map<String, String> connectionProperties() {
        return connectionProperties;
    }

    /** Whether the statement broke a unique index or key (SQLite result code 19 / SQLSTATE 23505). */
    boolean isUniqueViolation(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                if ("23505".equals(sql.getSQLState())
                        || (this == SQLITE && sql.getMessage() != null && sql.getMessage().contains("UNIQUE constraint"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
