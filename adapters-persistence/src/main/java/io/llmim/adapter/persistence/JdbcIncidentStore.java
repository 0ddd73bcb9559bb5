package io.llmim.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.llmim.application.port.out.AlertMemberRepository;
import io.llmim.application.port.out.CacheMetrics;
import io.llmim.application.port.out.DatabaseMetrics;
import io.llmim.application.port.out.HistoryPruning;
import io.llmim.application.port.in.StoreUnavailableException;
import io.llmim.application.port.out.CorrelationGroups;
import io.llmim.application.port.out.IncidentChangeLog;
import io.llmim.application.port.out.IncidentRepository;
import io.llmim.application.port.out.InstanceRegistry;
import io.llmim.application.port.out.JobStore;
import io.llmim.application.port.out.MaintenanceWindowRepository;
import io.llmim.application.port.out.SilenceRepository;
import io.llmim.application.port.out.UnitOfWork;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * The durable store: a pooled database, migrated on open, with the incident repository (behind a
 * read-through cache), alert members, job queues and correlation groups on top, all writing through one
 * {@link UnitOfWork}. One per process; {@link #close()} on shutdown.
 */
public final class JdbcIncidentStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcIncidentStore.class);
    private static final long CACHE_MAX_BYTES = 32L * 1024 * 1024;
    private static final Duration CACHE_TTL = Duration.ofSeconds(5);
    private static final int READINESS_TIMEOUT_SECONDS = 2;
    // Schema both databases read the same way; what differs (the timeline identity column) is per dialect.
    private static final String COMMON_MIGRATIONS = "classpath:db/migration/common";

    private final SqlDialect dialect;
    private final HikariDataSource dataSource;
    private final JdbcUnitOfWork unitOfWork;
    private final Sql sql;
    private final IncidentRepository incidents;
    private final AlertMemberRepository alertMembers;
    private final JobStore jobs;
    private final CorrelationGroups correlationGroups;
    private final HistoryPruning history;
    private final IncidentChangeLog changeLog;
    private final MaintenanceWindowRepository maintenanceWindows;
    private final InstanceRegistry instances;
    private final SilenceRepository silences;

    private JdbcIncidentStore(SqlDialect dialect, HikariDataSource dataSource, StoreSpace space,
                              DatabaseMetrics databaseMetrics, CacheMetrics cacheMetrics) {
        this.dialect = dialect;
        this.dataSource = dataSource;
        this.unitOfWork = JdbcUnitOfWork.over(dataSource, dialect);
        this.sql = new Sql(unitOfWork, databaseMetrics);
        this.incidents = new CachingIncidentRepository(new JdbcIncidentRepository(sql, dialect),
                CACHE_MAX_BYTES, CACHE_TTL, cacheMetrics, unitOfWork);
        this.alertMembers = new JdbcAlertMemberRepository(sql);
        this.jobs = new JdbcJobStore(sql, dialect);
        this.correlationGroups = new JdbcCorrelationGroups(sql);
        this.history = new JdbcHistoryPruning(sql, space);
        this.changeLog = new JdbcIncidentChangeLog(sql, dialect);
        this.maintenanceWindows = new JdbcMaintenanceWindowRepository(sql);
        this.instances = new JdbcInstanceRegistry(sql);
        this.silences = new JdbcSilenceRepository(sql);
    }

    /**
     * Opens the store described by {@code settings}, logging in with {@code password} (resolved by the
     * caller from the variable {@code password_env} names): creates the SQLite file's directory, starts
     * the pool, applies pending migrations, and registers pool and cache statistics.
     */
    public static JdbcIncidentStore open(StorageSettings settings, String password, DatabaseMetrics databaseMetrics,
                                         CacheMetrics cacheMetrics) {
        SqlDialect dialect = SqlDialect.of(settings.url());
        if (dialect == SqlDialect.SQLITE) {
            createParentDirectory(settings.url());
        }
        HikariDataSource dataSource = new HikariDataSource(poolConfig(settings, password, dialect));
        try {
            StoreSpace space = StoreSpace.of(dialect, dataSource);
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations(COMMON_MIGRATIONS, dialect.migrations())
                    .load()
                    .migrate();
            databaseMetrics.registerPool(dialect.poolName(), new DatabaseMetrics.PoolStatistics() {
                @Override
                public int activeConnections() {
                    var pool = dataSource.getHikariPoolMXBean();
                    return pool == null ? 0 : pool.getActiveConnections();
                }

                @Override
                public int idleConnections() {
                    var pool = dataSource.getHikariPoolMXBean();
                    return pool == null ? 0 : pool.getIdleConnections();
                }
            });
            JdbcIncidentStore store = new JdbcIncidentStore(dialect, dataSource, space, databaseMetrics, cacheMetrics);
            LOG.info("store ready: {} ({})", settings.redactedUrl(), dialect.name().toLowerCase());
            return store;
        } catch (SQLException e) {
            dataSource.close();
            throw new StoreUnavailableException("preparing the store file", e);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /** What keeps a new incident and its follow-up jobs together; see {@link UnitOfWork}. */
    public UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    public IncidentRepository incidents() {
        return incidents;
    }

    /** The alerts of Alertmanager group incidents. */
    public AlertMemberRepository alertMembers() {
        return alertMembers;
    }

    /** The durable job queues. */
    public JobStore jobs() {
        return jobs;
    }

    /** Which incidents correlation grouped. */
    public CorrelationGroups correlationGroups() {
        return correlationGroups;
    }

    /** Deletes history past its retention. */
    public HistoryPruning history() {
        return history;
    }

    /** The log of incident changes that stream subscribers read. */
    public IncidentChangeLog changeLog() {
        return changeLog;
    }

    /** The maintenance windows operators manage through the API. */
    public MaintenanceWindowRepository maintenanceWindows() {
        return maintenanceWindows;
    }

    /**
     * The registry of the instances sharing this store: only PostgreSQL is shared (a SQLite file
     * has one process), so empty on SQLite.
     */
    public Optional<InstanceRegistry> sharedInstances() {
        return dialect == SqlDialect.POSTGRESQL ? Optional.of(instances) : Optional.empty();
    }

    /** The registry whatever the database, for the contract tests. */
    InstanceRegistry instances() {
        return instances;
    }

    /** The Alertmanager silences. */
    public SilenceRepository silences() {
        return silences;
    }

    /** The pool itself, for tests that inspect the schema and query plans. */
    DataSource dataSource() {
        return dataSource;
    }

    /** Whether a trivial query answers within a short timeout: what {@code /ready} asks. */
    public boolean isReachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(READINESS_TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** {@code sqlite} or {@code postgresql}. */
    public String kind() {
        return dialect.name().toLowerCase();
    }

    @Override
    public void close() {
        unitOfWork.close();
        dataSource.close();
    }

    /** How the repositories of this store run their SQL, for tests of the bare JDBC repositories. */
    Sql sql() {
        return sql;
    }

    private static HikariConfig poolConfig(StorageSettings settings, String password, SqlDialect dialect) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.url());
        if (!settings.username().isEmpty()) {
            config.setUsername(settings.username());
        }
        if (!password.isEmpty()) {
            config.setPassword(password);
        }
        // SQLite's group-commit writer holds one connection for good; readers need at least one more.
        config.setMaximumPoolSize(dialect == SqlDialect.SQLITE ? Math.max(2, settings.poolSize()) : settings.poolSize());
        config.setPoolName(dialect.poolName());
        config.setConnectionTimeout(Duration.ofSeconds(10).toMillis());
        dialect.connectionProperties().forEach(config::addDataSourceProperty);
        return config;
    }

    private static void createParentDirectory(String url) {
        String file = url.substring("jdbc:sqlite:".length());
        int query = file.indexOf('?');
        if (query >= 0) {
            file = file.substring(0, query);
        }
        if (file.isEmpty() || file.equals(":memory:") || file.startsWith("file:")) {
            return;
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the store directory " + parent, e);
        }
    }
}
