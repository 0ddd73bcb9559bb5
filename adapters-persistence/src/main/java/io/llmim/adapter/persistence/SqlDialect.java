package io.llmim.adapter.persistence;

import org.postgresql.util.PSQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** What differs between the two stores we support; everything else is the same SQL. */
enum SqlDialect {

    /**
     * Embedded, one process. WAL lets readers run beside the single writer; synchronous=FULL makes
     * a committed write survive a power cut; transaction_mode=IMMEDIATE takes the write lock when a
     * write transaction begins instead of upgrading a read lock mid-way, which is what otherwise
     * fails concurrent writers with SQLITE_BUSY; busy_timeout makes them queue for the lock instead.
     * temp_store=MEMORY keeps the journals of the group commit's savepoints in memory: on disk they
     * cost the writer about six page writes per request, more than the WAL itself (issue 18).
     * The driver would otherwise query last_insert_rowid() after every INSERT; nothing reads it.
     */
    SQLITE("sqlite_main", "classpath:db/migration/sqlite", "", Map.of(
            "journal_mode", "WAL",
            "synchronous", "FULL",
            "busy_timeout", "30000",
            "transaction_mode", "IMMEDIATE",
            "foreign_keys", "true",
            "temp_store", "MEMORY",
            "jdbc.get_generated_keys", "false")) {

        @Override
        boolean brokeUniqueKey(SQLException e) {
            return resultCode(e) == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY
                    || resultCode(e) == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE;
        }

        @Override
        boolean brokeIndex(SQLException e, String index) {
            return resultCode(e) == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE;
        }

        private SQLiteErrorCode resultCode(SQLException e) {
            return e instanceof SQLiteException sqlite ? sqlite.getResultCode() : null;
        }
    },

    /** Shared by several instances; row versions and the unique index keep them consistent. */
    POSTGRESQL("postgres_main", "classpath:db/migration/postgresql", " FOR UPDATE SKIP LOCKED", Map.of()) {

        private static final String UNIQUE_VIOLATION = "23505";

        @Override
        boolean brokeUniqueKey(SQLException e) {
            return UNIQUE_VIOLATION.equals(e.getSQLState());
        }

        @Override
        boolean brokeIndex(SQLException e, String index) {
            return brokeUniqueKey(e) && e instanceof PSQLException postgres
                    && postgres.getServerErrorMessage() != null
                    && index.equals(postgres.getServerErrorMessage().getConstraint());
        }
    };

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

    /** Whether the statement broke a primary key or a unique index. */
    boolean isUniqueViolation(SQLException e) {
        return causes(e).anyMatch(this::brokeUniqueKey);
    }

    /**
     * Whether the statement broke the unique index {@code index} of the schema. PostgreSQL names the
     * index (SQLState 23505 and the server message's constraint). SQLite names only the columns in
     * its message, but its extended result code tells a primary key (SQLITE_CONSTRAINT_PRIMARYKEY)
     * from any other unique index (SQLITE_CONSTRAINT_UNIQUE): so name only an index that is the one
     * unique index, besides the primary key, of the tables the statements write.
     */
    boolean brokeUniqueIndex(SQLException e, String index) {
        return causes(e).anyMatch(sql -> brokeIndex(sql, index));
    }

    abstract boolean brokeUniqueKey(SQLException e);

    abstract boolean brokeIndex(SQLException e, String index);

    private static Stream<SQLException> causes(SQLException e) {
        return Stream.<Throwable>iterate(e, Objects::nonNull, Throwable::getCause)
                .filter(SQLException.class::isInstance)
                .map(SQLException.class::cast);
    }
}
